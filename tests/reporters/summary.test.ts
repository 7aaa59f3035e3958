import { describe, expect, it } from 'vitest';
import { formatSummary, summarize } from '../../src/node.ts';
import { DIAGNOSTICS } from './fixture.ts';

describe('summarize', () => {
  it('counts by severity and by rule, rules in id order', () => {
    const summary = summarize(DIAGNOSTICS, 2, 5);
    expect(summary).toEqual({
      guides: 2,
      controls: 5,
      errors: 3,
      warnings: 1,
      infos: 1,
      byRule: {
        'control-number-duplicate': { error: 1, warning: 0, info: 0 },
        'iso-2013-notation': { error: 0, warning: 0, info: 1 },
        'nist-id-unknown': { error: 2, warning: 0, info: 0 },
        'raw-html': { error: 0, warning: 1, info: 0 },
      },
    });
    expect(Object.keys(summary.byRule)).toEqual(['control-number-duplicate', 'iso-2013-notation', 'nist-id-unknown', 'raw-html']);
  });
});

describe('formatSummary', () => {
  it('prints totals, then rules by count with ties in id order', () => {
    expect(formatSummary(summarize(DIAGNOSTICS, 2, 5))).toBe(
      [
        '2 guides, 5 controls: 3 errors, 1 warning, 1 info',
        '  nist-id-unknown           2 errors',
        '  control-number-duplicate  1 error',
        '  iso-2013-notation         1 info',
        '  raw-html                  1 warning',
        '',
      ].join('\n'),
    );
  });

  it('aligns counts and lists every severity a rule reported', () => {
    const summary = {
      guides: 26,
      controls: 369,
      errors: 105,
      warnings: 40,
      infos: 0,
      byRule: {
        'iso-2013-notation': { error: 0, warning: 83, info: 0 },
        'nist-id-unknown': { error: 100, warning: 0, info: 0 },
        'raw-html': { error: 5, warning: 7, info: 0 },
      },
    };
    expect(formatSummary(summary)).toBe(
      [
        '26 guides, 369 controls: 105 errors, 40 warnings, 0 infos',
        '  nist-id-unknown    100 errors',
        '  iso-2013-notation   83 warnings',
        '  raw-html             5 errors, 7 warnings',
        '',
      ].join('\n'),
    );
  });

  it('is a single line for a clean run', () => {
    expect(formatSummary(summarize([], 1, 1))).toBe('1 guide, 1 control: 0 errors, 0 warnings, 0 infos\n');
  });
});
