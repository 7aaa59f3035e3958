import { describe, expect, it } from 'vitest';
import { type Diagnostic } from '../../src/index.ts';
import { formatJson, summarize } from '../../src/node.ts';
import { DIAGNOSTICS } from './fixture.ts';

const one = DIAGNOSTICS[2] as Diagnostic;

describe('formatJson', () => {
  it('prints a versioned envelope with a fixed key order', () => {
    expect(formatJson([one], summarize([one], 1, 2))).toBe(`{
  "version": 1,
  "summary": {
    "guides": 1,
    "controls": 2,
    "errors": 1,
    "warnings": 0,
    "infos": 0,
    "byRule": {
      "control-number-duplicate": {
        "error": 1,
        "warning": 0,
        "info": 0
      }
    }
  },
  "diagnostics": [
    {
      "ruleId": "control-number-duplicate",
      "severity": "error",
      "message": "Unexpected duplicate control number \`1.1\`",
      "file": "content/alpha.md",
      "place": {
        "start": {
          "line": 8,
          "column": 1,
          "offset": 68
        },
        "end": {
          "line": 8,
          "column": 17,
          "offset": 84
        }
      },
      "url": "docs/rules.md#control-number-duplicate",
      "cause": {
        "message": "first defined here",
        "place": {
          "start": {
            "line": 3,
            "column": 1,
            "offset": 9
          },
          "end": {
            "line": 3,
            "column": 18,
            "offset": 26
          }
        }
      },
      "fixable": false
    }
  ]
}
`);
  });

  it('round-trips every finding and does not depend on the input key order', () => {
    const summary = summarize(DIAGNOSTICS, 2, 5);
    const out = formatJson(DIAGNOSTICS, summary);
    expect(JSON.parse(out)).toEqual({ version: 1, summary, diagnostics: DIAGNOSTICS });
    const reversed = DIAGNOSTICS.map((d) => Object.fromEntries(Object.entries(d).reverse()) as Diagnostic);
    const shuffledSummary = { ...summary, byRule: Object.fromEntries(Object.entries(summary.byRule).reverse()) };
    expect(formatJson(reversed, shuffledSummary)).toBe(out);
    expect(Object.keys(JSON.parse(out).diagnostics[0])).toEqual(['ruleId', 'severity', 'message', 'file', 'place', 'url', 'actual', 'expected', 'fixable']);
  });
});
