import { describe, expect, it } from 'vitest';
import { type Diagnostic } from '../../src/index.ts';
import { formatMessageLine, formatStylish } from '../../src/node.ts';
import { DIAGNOSTICS, SOURCES } from './fixture.ts';

const base = DIAGNOSTICS[0] as Diagnostic;

describe('formatMessageLine', () => {
  it('prints vfile-style one-liners', () => {
    expect(DIAGNOSTICS.map(formatMessageLine)).toEqual([
      'content/alpha.md:4:10-4:15: Unexpected NIST ID `ac-02`, expected `AC-2` [nist-id-unknown]',
      'content/alpha.md:5:1-7:7: Unexpected raw HTML [raw-html]',
      'content/alpha.md:8:1-8:17: Unexpected duplicate control number `1.1` [control-number-duplicate]',
      'content/beta.md:3:21-3:28: Unexpected ISO 27001:2013 notation `A.9.2.1`, expected `5.18` [iso-2013-notation]',
      'content/beta.md:5:7-5:12: Unexpected NIST ID `XX-99` [nist-id-unknown]',
    ]);
  });
});

describe('formatStylish', () => {
  it('groups by file with code frames, tabs kept in the marker, and causes', () => {
    expect(formatStylish(DIAGNOSTICS, SOURCES, { color: false })).toBe(
      [
        'content/alpha.md',
        '  4:10-4:15  error    Unexpected NIST ID `ac-02`, expected `AC-2`  nist-id-unknown',
        '    4 | \t- NIST: ac-02\tCIS: 1.1',
        '      | \t        ^^^^^',
        '  5:1-7:7    warning  Unexpected raw HTML  raw-html',
        '    5 | <div>',
        '      | ^^^^^',
        '    6 | raw',
        '    7 | </div>',
        '  8:1-8:17   error    Unexpected duplicate control number `1.1`  control-number-duplicate',
        '    8 | ## 1.1 Duplicate',
        '      | ^^^^^^^^^^^^^^^^',
        '    ↳ 3:1 first defined here',
        '',
        'content/beta.md',
        '  3:21-3:28  info     Unexpected ISO 27001:2013 notation `A.9.2.1`, expected `5.18`  iso-2013-notation',
        '    3 | Uses ISO 27001:2013 A.9.2.1 notation.',
        '      |                     ^^^^^^^',
        '  5:7-5:12   error    Unexpected NIST ID `XX-99`  nist-id-unknown',
        '    5 | NIST: XX-99',
        '      |       ^^^^^',
        '',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for a clean run', () => {
    expect(formatStylish([], SOURCES, { color: false })).toBe('');
  });

  it('colours severity, marker and rule id only when asked', () => {
    const out = formatStylish([base], SOURCES, { color: true });
    expect(out).toBe(
      [
        '\x1b[4mcontent/alpha.md\x1b[24m',
        '  4:10-4:15  \x1b[31merror  \x1b[39m  Unexpected NIST ID `ac-02`, expected `AC-2`  \x1b[2mnist-id-unknown\x1b[22m',
        '    4 | \t- NIST: ac-02\tCIS: 1.1',
        '      | \t        \x1b[31m^^^^^\x1b[39m',
        '',
        '',
      ].join('\n'),
    );
    const warning = formatStylish([{ ...base, severity: 'warning' }], SOURCES, { color: true });
    const info = formatStylish([{ ...base, severity: 'info' }], SOURCES, { color: true });
    expect(warning).toContain('\x1b[33mwarning\x1b[39m');
    expect(info).toContain('\x1b[34minfo   \x1b[39m');
    expect(formatStylish(DIAGNOSTICS, SOURCES, { color: false })).not.toContain('\x1b');
  });

  it('cuts long lines around the column and keeps the marker under it', () => {
    const line = `${'a'.repeat(300)}BAD${'b'.repeat(300)}`;
    const d: Diagnostic = { ...base, place: { start: { line: 1, column: 301, offset: 300 }, end: { line: 1, column: 304, offset: 303 } } };
    const [, , text, marker] = formatStylish([d], new Map([[d.file, line]]), { color: false }).split('\n');
    expect(text).toBe(`    1 | …${'a'.repeat(40)}BAD${'b'.repeat(117)}…`);
    expect(marker).toBe(`      | ${' '.repeat(41)}^^^`);
  });

  it('lines up the line-number column across a file', () => {
    const source = Array.from({ length: 10 }, (_, i) => `line ${i + 1}`).join('\n');
    const at = (line: number): Diagnostic => ({ ...base, place: { start: { line, column: 1, offset: 0 }, end: { line, column: 5, offset: 4 } } });
    expect(formatStylish([at(9), at(10)], new Map([[base.file, source]]), { color: false }).split('\n').filter((l) => l.includes('|'))).toEqual([
      '     9 | line 9',
      '       | ^^^^',
      '    10 | line 10',
      '       | ^^^^',
    ]);
  });

  it('shows at most three lines of a long span', () => {
    const source = ['one', 'two', 'three', 'four', 'five'].join('\n');
    const d: Diagnostic = { ...base, place: { start: { line: 1, column: 2, offset: 1 }, end: { line: 5, column: 5, offset: 26 } } };
    expect(formatStylish([d], new Map([[d.file, source]]), { color: false }).split('\n').slice(2, -2)).toEqual([
      '    1 | one',
      '      |  ^^',
      '    2 | two',
      '    3 | three',
      '      | … 2 more lines',
    ]);
  });

  it('neutralises terminal escapes from the guide and skips frames it cannot draw', () => {
    const d: Diagnostic = { ...base, message: 'bad \x1b[2J here', place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } } };
    const out = formatStylish([d], new Map([[d.file, 'x\x1b[31my\u202e']]), { color: false });
    expect(out).not.toContain('\x1b');
    expect(out).toContain('bad ␛[2J here');
    expect(out).toContain('    1 | x␛[31my\ufffd');
    const missing = formatStylish([d], new Map(), { color: false });
    expect(missing.split('\n')).toEqual(['content/alpha.md', '  1:1-1:2  error    bad ␛[2J here  nist-id-unknown', '', '']);
  });
});

describe('formatStylish splits each file once', () => {
  it('calls the splitter once per file with findings, however many findings it has', () => {
    const source = Array.from({ length: 2000 }, (_, index) => `line ${index + 1}`).join('\n');
    const at = (file: string, line: number): Diagnostic => ({ file, ruleId: 'r', severity: 'warning', message: 'm', url: 'u', fixable: false, place: { start: { line, column: 1, offset: 0 }, end: { line, column: 5, offset: 4 } } });
    const diagnostics = [...Array.from({ length: 1000 }, (_, index) => at('a.md', index + 1)), ...Array.from({ length: 500 }, (_, index) => at('b.md', index + 1))];
    let calls = 0;
    const split = (text: string): string[] => {
      calls++;
      return text.split('\n');
    };
    const out = formatStylish(diagnostics, new Map([['a.md', source], ['b.md', source]]), { color: false, split });
    expect(calls).toBe(2);
    expect(out).toContain('1000 | line 1000');
  });
});
