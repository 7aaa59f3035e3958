import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  FileChangeType,
  HoverRequest,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { cli } from '../cli/run-cli.ts';
import { startClient, type LspClient } from './client.ts';

const FIXTURE = new URL('../fixtures/lsp/', import.meta.url).pathname;
const GUIDE = 'content/guides/acme-cloud.md';
const RUNBOOK = 'content/runbooks/acme-lockout.md';

let root: string;
let client: LspClient;
let original: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hardmap-lsp-'));
  cpSync(FIXTURE, root, { recursive: true });
  original = readFileSync(join(root, GUIDE), 'utf8');
  client = await startClient(root, { HARDMAP_LSP_DEBOUNCE_MS: '20', HARDMAP_THREADS: '1' });
});

afterAll(async () => {
  await client?.stop();
});

const range = (line: number, character: number, endLine: number, endCharacter: number): Diagnostic['range'] => ({ start: { line, character }, end: { line: endLine, character: endCharacter } });

/** The edits of a code action for the one document it changes. */
function editsOf(action: CodeAction): TextEdit[] {
  const change = action.edit?.documentChanges?.[0];
  if (!change || !('edits' in change)) throw new Error(`no text edits in ${action.title}`);
  return change.edits.filter((edit): edit is TextEdit => 'range' in edit);
}

async function change(uri: string, version: number, text: string): Promise<Diagnostic[]> {
  const from = client.published.length;
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  return (await client.diagnostics((params) => params.uri === uri && params.version === version, from)).diagnostics;
}

describe('hardmap lsp, driven by a JSON-RPC client over the stdio of a real child process', () => {
  let diagnostics: Diagnostic[];

  it('publishes the diagnostics `hardmap check` gives, on open, at exact UTF-16 positions', async () => {
    const uri = client.uri(GUIDE);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: original } });
    diagnostics = (await client.diagnostics((params) => params.uri === uri && params.version === 1)).diagnostics;
    expect(diagnostics.map((d) => [d.code, d.severity, d.range])).toEqual([
      // Line 16 is `Voir 🔐 [le contrôle](...)`: the emoji is two UTF-16 units, so `[` is character 8 (column 9).
      ['anchor-broken', 1, range(15, 8, 15, 38)],
      ['quickref-nist-missing', 2, range(35, 22, 35, 29)],
      ['quickref-nist-missing', 2, range(61, 22, 61, 26)],
      ['quickref-nist-missing', 2, range(61, 28, 61, 35)],
      ['quickref-nist-unbacked', 1, range(90, 2, 90, 6)],
    ]);
    expect(diagnostics[0]).toMatchObject({
      source: 'hardmap',
      message: 'Unexpected link to `#11-enforce-mfa` in the text: no heading has that anchor, did you mean `#11-enforce-multi-factor-authentication`?',
      data: { fixable: true },
    });
    expect(diagnostics[0]?.codeDescription?.href).toMatch(/^file:\/\/.*\/docs\/rules\.md#anchor-broken$/);
    expect(diagnostics[4]?.relatedInformation).toEqual([{ location: { uri, range: range(28, 0, 28, 43) }, message: 'control 1.1 "Enforce Multi-Factor Authentication"' }]);
    // The same findings, word for word, as `hardmap check` run in the workspace.
    const json = JSON.parse((await cli(['check', GUIDE, '--format', 'json'], root)).stdout) as { diagnostics: Array<{ ruleId: string; message: string; place: { start: { line: number; column: number } } }> };
    expect(diagnostics.map((d) => [d.code, d.message, d.range.start.line + 1])).toEqual(json.diagnostics.map((d) => [d.ruleId, d.message, d.place.start.line]));
  });

  it('answers hover on framework IDs in a mapping table and in the quick reference', async () => {
    const uri = client.uri(GUIDE);
    const table = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 61, character: 31 } })) as Hover;
    expect(table.range).toEqual(range(61, 28, 61, 35));
    expect(table.contents).toMatchObject({ kind: 'markdown' });
    const value = (table.contents as { value: string }).value;
    expect(value.split('\n\n').slice(0, 2)).toEqual(['**NIST SP 800-53 Rev 5 AC-6(5)**: Privileged Accounts', 'Baselines: moderate, high']);
    expect(value).toContain('Crosswalked requirements');
    const quickReference = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 90, character: 3 } })) as Hover;
    expect(quickReference.range).toEqual(range(90, 2, 90, 6));
    expect((quickReference.contents as { value: string }).value).toMatch(/^\*\*NIST SP 800-53 Rev 5 AU-2\*\*: Event Logging\n/);
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 14, character: 3 } })).toBeNull();
  });

  it('completes framework IDs from the catalog of the row being typed', async () => {
    const uri = client.uri(GUIDE);
    const nist = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 61, character: 31 } })) as CompletionItem[];
    expect(nist.find((item) => item.label === 'AC-6(5)')).toMatchObject({ detail: 'Privileged Accounts', textEdit: { range: range(61, 28, 61, 31), newText: 'AC-6(5)' } });
    expect(nist.every((item) => /^[A-Z]{2}-\d+(\(\d+\))?$/.test(item.label))).toBe(true);
    const cis = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 60, character: 21 } })) as CompletionItem[];
    expect(cis.find((item) => item.label === '5.4')).toMatchObject({ textEdit: { range: range(60, 20, 60, 21), newText: '5.4' } });
    expect(cis.every((item) => /^\d+(\.\d+)?$/.test(item.label))).toBe(true);
    expect(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 14, character: 5 } })).toEqual([]);
  });

  it('gives the outline: sections with their controls', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: client.uri(GUIDE) } })) as DocumentSymbol[];
    const outline = (list: DocumentSymbol[]): unknown[] => list.map((s) => (s.children && s.children.length > 0 ? [s.name, outline(s.children)] : s.name));
    expect(outline(symbols)).toEqual(['Overview', 'Table of Contents', ['1. Authentication', ['1.1 Enforce Multi-Factor Authentication', '1.2 Review Privileged Accounts']], '2. Compliance Quick Reference', 'Appendix A: References', 'Changelog']);
    const control = symbols[2]?.children?.[1];
    expect(control).toMatchObject({ detail: 'L2', selectionRange: range(54, 0, 54, 34) });
  });

  it('offers "fix all" as exactly the text `hardmap fix` writes', async () => {
    const uri = client.uri(GUIDE);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: range(0, 0, 0, 0), context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
    expect(actions.map((action) => action.kind)).toEqual(['source.fixAll.hardmap']);
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, original), editsOf(actions[0] as CodeAction));
    const copy = mkdtempSync(join(tmpdir(), 'hardmap-lsp-fix-'));
    cpSync(FIXTURE, copy, { recursive: true });
    expect((await cli(['fix', GUIDE], copy)).code).toBe(0);
    expect(fixed).toBe(readFileSync(join(copy, GUIDE), 'utf8'));
  });

  it('applies quick fixes one finding at a time, until `hardmap check` reports the file clean', async () => {
    const uri = client.uri(GUIDE);
    let document = TextDocument.create(uri, 'markdown', 1, original);
    const anchor = diagnostics.filter((d) => d.code === 'anchor-broken');
    const [repair] = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: anchor[0]!.range, context: { diagnostics: anchor } })) as CodeAction[];
    expect(repair).toMatchObject({ title: 'Point the link at the heading hardmap suggests (hardmap fix)', kind: 'quickfix', isPreferred: true });
    // The anchor's characters, after the emoji: the edit is in UTF-16 characters too.
    expect(editsOf(repair!)).toEqual([{ range: range(15, 23, 15, 37), newText: '11-enforce-multi-factor-authentication' }]);
    document = TextDocument.create(uri, 'markdown', 2, TextDocument.applyEdits(document, editsOf(repair!)));
    const afterRepair = await change(uri, 2, document.getText());
    expect(afterRepair.map((d) => d.code)).toEqual(['quickref-nist-missing', 'quickref-nist-missing', 'quickref-nist-missing', 'quickref-nist-unbacked']);
    const unbacked = afterRepair.filter((d) => d.code === 'quickref-nist-unbacked');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: unbacked[0]!.range, context: { diagnostics: unbacked } })) as CodeAction[];
    expect(actions.map((action) => [action.kind, action.title])).toEqual([
      ['quickfix', 'Regenerate the Compliance Quick Reference from the controls (hardmap fix)'],
      ['source.hardmap.regenerateQuickReference', 'Regenerate the quick reference (hardmap fix)'],
      ['source.fixAll.hardmap', 'Fix all hardmap findings (hardmap fix)'],
    ]);
    expect(actions[0]?.edit?.documentChanges?.[0]).toMatchObject({ textDocument: { uri, version: 2 } });
    document = TextDocument.create(uri, 'markdown', 3, TextDocument.applyEdits(document, editsOf(actions[0]!)));
    expect(await change(uri, 3, document.getText())).toEqual([]);
    writeFileSync(join(root, GUIDE), document.getText());
    const check = await cli(['check', GUIDE], root);
    expect(check.stdout).toContain('0 errors, 0 warnings, 0 infos');
    expect(check.code).toBe(0);
  });

  it('completes runbook targets and refreshes collection findings when another file changes on disk', async () => {
    const uri = client.uri(RUNBOOK);
    const text = readFileSync(join(root, RUNBOOK), 'utf8');
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const first = await client.diagnostics((params) => params.uri === uri && params.version === 1);
    expect(first.diagnostics.map((d) => [d.code, d.message, d.range])).toEqual([['runbook-applies-to', 'Unexpected guide `beta` in applies_to `beta#1.1`, expected one of `acme-cloud`', range(5, 5, 5, 13)]]);
    const targets = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 4, character: 9 } })) as CompletionItem[];
    expect(targets.map((item) => [item.label, item.detail])).toEqual([['acme-cloud#1.1', 'Enforce Multi-Factor Authentication'], ['acme-cloud#1.2', 'Review Privileged Accounts']]);
    expect(targets[0]?.textEdit).toEqual({ range: range(4, 5, 4, 9), newText: 'acme-cloud#1.1' });
    // hardmap.config changes on disk: its rule severities apply at once.
    const config = join(root, 'hardmap.config.json');
    let from = client.published.length;
    writeFileSync(config, JSON.stringify({ rules: { 'runbook-applies-to': 'warning' } }));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: client.uri('hardmap.config.json'), type: FileChangeType.Created }] });
    const relaxed = await client.diagnostics((params) => params.uri === uri, from);
    expect(relaxed.diagnostics.map((d) => [d.code, d.severity])).toEqual([['runbook-applies-to', 2]]);
    // A config hardmap cannot use is named to the user, and the defaults apply.
    from = client.published.length;
    writeFileSync(config, JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: client.uri('hardmap.config.json'), type: FileChangeType.Changed }] });
    const defaults = await client.diagnostics((params) => params.uri === uri, from);
    expect(defaults.diagnostics.map((d) => [d.code, d.severity])).toEqual([['runbook-applies-to', 1]]);
    expect(client.messages).toEqual([{ type: 1, message: `hardmap: ${config}: unknown rule id(s) no-such-rule; run \`hardmap rules\` to list them; checking with the default configuration` }]);
    rmSync(config);
    from = client.published.length;
    cpSync(join(FIXTURE, 'beta.md'), join(root, 'content/guides/beta.md'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: client.uri('content/guides/beta.md'), type: FileChangeType.Created }] });
    const refreshed = await client.diagnostics((params) => params.uri === uri, from);
    expect(refreshed.diagnostics).toEqual([]);
  });

  it('reports an open document over the size limit as `check` reports such a file, and parses it for nothing else', async () => {
    const uri = client.uri('content/guides/huge.md');
    const text = `# Huge\n\n${'x'.repeat(16 * 1024 * 1024)}\n`;
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const published = await client.diagnostics((params) => params.uri === uri && params.version === 1);
    expect(published.diagnostics.map((d) => [d.code, d.range])).toEqual([['input-limit', range(0, 0, 0, 0)]]);
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } })).toBeNull();
    expect(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })).toEqual([]);
    // Closed, its findings go: the editor shows those of open documents.
    const from = client.published.length;
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    expect(await client.diagnostics((params) => params.uri === uri, from)).toEqual({ uri, diagnostics: [] });
  });

  it('ends with exit code 0 after shutdown and exit', async () => {
    const code = await client.stop();
    client = undefined as unknown as LspClient;
    expect(code).toBe(0);
  });
});
