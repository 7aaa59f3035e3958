/**
 * `hardmap lsp` over a real collection (default ../shared/corpus/how-to-harden), against
 * `hardmap check --format json` run in the same workspace: every guide opened in a real server
 * over stdio must get exactly the check's findings (rule, message, severity), each at the LSP
 * position computed two ways (hardmap's line and column, and its UTF-16 offset through the
 * document), so real guides' non-ASCII text exercises the conversion; and every catalogued ID of
 * every control must answer a hover with its own range. Exit 0 when all hold.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, HoverRequest, type Diagnostic as LspDiagnostic, type Hover } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../src/index.ts';
import { parseGuide } from '../src/index.ts';
import { loadReferenceData } from '../src/node.ts';
import { startClient } from '../tests/lsp/client.ts';
import { checks } from './action/fixture-repo.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const dir = resolve(process.argv[2] ?? '../shared/corpus/how-to-harden');
if (!existsSync(dir)) {
  console.error(`lsp-conformance: ${dir} not found`);
  process.exit(2);
}
const { expect, finish } = checks('lsp-conformance');
const workspace = mkdtempSync(join(tmpdir(), 'hardmap-lsp-corpus-'));
writeFileSync(join(workspace, 'hardmap.config.json'), JSON.stringify({ content: [dir] }));
// A budget no guide of a loaded CI machine comes near: a stopped file is machine speed, not a finding.
const BUDGET = { HARDMAP_FILE_BUDGET_MS: '120000' };
const check = spawnSync(process.execPath, [join(ROOT, 'bin/hardmap.js'), 'check', '--format', 'json', '--no-cache'], { cwd: workspace, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...BUDGET } });
const expected = (JSON.parse(check.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
const files = [...new Set(expected.map((d) => d.file))];
const reference = loadReferenceData();
const client = await startClient(workspace, { HARDMAP_LSP_DEBOUNCE_MS: '50', ...BUDGET });
const SEVERITY = { error: 1, warning: 2, info: 3 } as const;
const guides = readdirSync(dir).filter((name) => name.endsWith('.md')).map((name) => join(dir, name));
const documents = new Map<string, TextDocument>();
for (const file of guides) {
  const uri = pathToFileURL(file).href;
  const document = TextDocument.create(uri, 'markdown', 1, readFileSync(file, 'utf8'));
  documents.set(file, document);
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: document.getText() } });
}
let hovers = 0;
for (const file of guides) {
  const document = documents.get(file)!;
  const published = await client.diagnostics((params) => params.uri === document.uri && params.version === 1);
  const path = files.find((candidate) => resolve(workspace, candidate) === file) ?? file;
  const bom = document.getText().charCodeAt(0) === 0xfeff ? 1 : 0;
  const want = expected.filter((d) => d.file === path).map((d) => {
    const byLine = { start: { line: d.place.start.line - 1, character: d.place.start.column - 1 + (d.place.start.line === 1 ? bom : 0) }, end: { line: d.place.end.line - 1, character: d.place.end.column - 1 + (d.place.end.line === 1 ? bom : 0) } };
    const byOffset = { start: document.positionAt(d.place.start.offset + bom), end: document.positionAt(d.place.end.offset + bom) };
    if (JSON.stringify(byLine) !== JSON.stringify(byOffset)) expect(false, `${path}: ${d.ruleId} at ${d.place.start.line}:${d.place.start.column}: line/column and offset give one LSP position`, `${JSON.stringify(byLine)} vs ${JSON.stringify(byOffset)}`);
    return [d.ruleId, SEVERITY[d.severity], d.message, byLine];
  });
  const got = published.diagnostics.map((d: LspDiagnostic) => [d.code, d.severity, d.message, d.range]);
  expect(JSON.stringify(got) === JSON.stringify(want), `${file.split('/').pop()}: ${got.length} diagnostics, the same as hardmap check`, `got ${JSON.stringify(got, null, 1)}\nwant ${JSON.stringify(want, null, 1)}`);
  const { guide } = parseGuide(document.getText(), path);
  const ids = guide.controls.flatMap((control) => control.mappings).filter((mapping) => reference.catalogs.has(mapping.framework));
  let answered = 0;
  for (const mapping of ids) {
    const start = document.positionAt(mapping.position.start.offset + bom);
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: document.uri }, position: start })) as Hover | null;
    if (hover && JSON.stringify(hover.range) === JSON.stringify({ start, end: document.positionAt(mapping.position.start.offset + bom + mapping.idText.length) })) answered++;
  }
  hovers += answered;
  expect(answered === ids.length, `${file.split('/').pop()}: ${answered} of ${ids.length} catalogued mapping IDs answer a hover at their own range`);
}
console.log(`${guides.length} guides, ${expected.length} findings, ${hovers} hovers`);
await client.stop();
finish();
