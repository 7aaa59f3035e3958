import type { Diagnostic, RuleMeta } from '../../src/index.ts';

/**
 * A small fixed run shared by the reporter tests: two guides; an error, a warning and an info;
 * one finding with a cause, one on a line that starts with a tab, one spanning three lines.
 */
export const ALPHA = ['# Alpha', '', '## 1.1 Enable MFA', '\t- NIST: ac-02\tCIS: 1.1', '<div>', 'raw', '</div>', '## 1.1 Duplicate', ''].join('\n');
export const BETA = ['# Beta', '', 'Uses ISO 27001:2013 A.9.2.1 notation.', '', 'NIST: XX-99', ''].join('\n');
export const SOURCES: ReadonlyMap<string, string> = new Map([
  ['content/alpha.md', ALPHA],
  ['content/beta.md', BETA],
]);

function place(startLine: number, startColumn: number, endLine: number, endColumn: number, source: string): Diagnostic['place'] {
  const lines = source.split('\n');
  const offset = (line: number, column: number): number => lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
  return {
    start: { line: startLine, column: startColumn, offset: offset(startLine, startColumn) },
    end: { line: endLine, column: endColumn, offset: offset(endLine, endColumn) },
  };
}

export const DIAGNOSTICS: readonly Diagnostic[] = [
  {
    ruleId: 'nist-id-unknown',
    severity: 'error',
    message: 'Unexpected NIST ID `ac-02`, expected `AC-2`',
    file: 'content/alpha.md',
    place: place(4, 10, 4, 15, ALPHA),
    url: 'docs/rules.md#nist-id-unknown',
    actual: 'ac-02',
    expected: ['AC-2'],
    fixable: true,
  },
  {
    ruleId: 'raw-html',
    severity: 'warning',
    message: 'Unexpected raw HTML',
    file: 'content/alpha.md',
    place: place(5, 1, 7, 7, ALPHA),
    url: 'https://hardmap.example/rules#raw-html',
    fixable: false,
  },
  {
    ruleId: 'control-number-duplicate',
    severity: 'error',
    message: 'Unexpected duplicate control number `1.1`',
    file: 'content/alpha.md',
    place: place(8, 1, 8, 17, ALPHA),
    url: 'docs/rules.md#control-number-duplicate',
    cause: { message: 'first defined here', place: place(3, 1, 3, 18, ALPHA) },
    fixable: false,
  },
  {
    ruleId: 'iso-2013-notation',
    severity: 'info',
    message: 'Unexpected ISO 27001:2013 notation `A.9.2.1`, expected `5.18`',
    file: 'content/beta.md',
    place: place(3, 21, 3, 28, BETA),
    url: 'docs/rules.md#iso-2013-notation',
    actual: 'A.9.2.1',
    expected: ['5.18'],
    fixable: true,
  },
  {
    ruleId: 'nist-id-unknown',
    severity: 'error',
    message: 'Unexpected NIST ID `XX-99`',
    file: 'content/beta.md',
    place: place(5, 7, 5, 12, BETA),
    url: 'docs/rules.md#nist-id-unknown',
    fixable: false,
  },
];

/** Fixed rule metadata, so expected output does not move when the real rules' wording does. */
export const RULE_METAS: ReadonlyArray<RuleMeta & { fixable: boolean }> = [
  { id: 'control-number-duplicate', description: 'Control numbers are unique', severity: 'error', fixable: false, docs: 'Two controls share a number.', reads: [], ignores: [] },
  { id: 'iso-2013-notation', description: 'ISO IDs use 2022 numbering', severity: 'info', fixable: true, docs: 'ISO 27001:2013 Annex A IDs were renumbered.', reads: [], ignores: [] },
  { id: 'nist-id-unknown', description: 'NIST IDs exist in SP 800-53', severity: 'error', fixable: true, docs: 'Each NIST ID must name a control.', reads: [], ignores: [] },
  { id: 'raw-html', description: 'No raw HTML', severity: 'warning', fixable: false, docs: 'Raw HTML is not rendered by every viewer.', reads: [], ignores: [] },
];
