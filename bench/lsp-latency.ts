/**
 * `hardmap lsp` latency, measured from outside as an editor sees it: a real server over stdio, the
 * largest guide of content/ opened, then five edits, each timed from didChange to the
 * publishDiagnostics of that version, and a hover (the main thread's parse of the new version).
 * `PAUSE_MS` (default 3000) is the reader's pause after opening, while the threads warm up;
 * `HARDMAP_LSP_DEBOUNCE_MS` (default here 0) adds the editor's quiet time. Prints figures only.
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, HoverRequest } from 'vscode-languageserver/node';
import { startClient } from '../tests/lsp/client.ts';

const root = fileURLToPath(new URL('../', import.meta.url)).replace(/\/$/, '');
const path = 'content/guides/qualys.md';
const client = await startClient(root, { HARDMAP_LSP_DEBOUNCE_MS: process.env['HARDMAP_LSP_DEBOUNCE_MS'] ?? '0', ...(process.env['HARDMAP_THREADS'] ? { HARDMAP_THREADS: process.env['HARDMAP_THREADS'] } : {}) });
const uri = client.uri(path);
const text = readFileSync(`${root}/${path}`, 'utf8');
const since = (start: number): string => `${(performance.now() - start).toFixed(0)} ms`;

let start = performance.now();
await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
await client.diagnostics((params) => params.uri === uri && params.version === 1);
console.log(`${path} (${text.length} characters) opened -> diagnostics: ${since(start)}`);
await sleep(Number(process.env['PAUSE_MS'] ?? 3000));
const edits: string[] = [];
for (let version = 2; version <= 6; version++) {
  const from = client.published.length;
  start = performance.now();
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text: `${text}\nEdit ${version}\n` }] });
  await client.diagnostics((params) => params.uri === uri && params.version === version, from);
  edits.push(since(start));
}
console.log(`edit -> diagnostics: ${edits.join(', ')}`);
start = performance.now();
await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 40, character: 5 } });
console.log(`hover after the last edit: ${since(start)}`);
await client.stop();
