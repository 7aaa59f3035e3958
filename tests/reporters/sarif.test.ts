import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { allRuleMetas, type Diagnostic } from '../../src/index.ts';
import { formatSarif } from '../../src/node.ts';
import { DIAGNOSTICS, RULE_METAS } from './fixture.ts';

// The OASIS schema (draft-07), kept in the repository: see tests/schemas/README.md.
const schema: unknown = JSON.parse(readFileSync(new URL('../schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema as object);
const TOOL = { name: 'hardmap', version: '0.1.0', informationUri: 'https://hardmap.example/' };

function errorsOf(log: string): string[] {
  return validate(JSON.parse(log)) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('formatSarif', () => {
  it('prints an exact, deterministic log', () => {
    const cause = DIAGNOSTICS[2] as Diagnostic;
    const out = formatSarif([cause], RULE_METAS.slice(0, 1), { name: 'hardmap', version: '0.1.0' });
    expect(out).toBe(`{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "hardmap",
          "version": "0.1.0",
          "rules": [
            {
              "id": "control-number-duplicate",
              "shortDescription": {
                "text": "Control numbers are unique"
              },
              "fullDescription": {
                "text": "Two controls share a number."
              },
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "fixable": false
              }
            }
          ]
        }
      },
      "columnKind": "utf16CodeUnits",
      "results": [
        {
          "ruleId": "control-number-duplicate",
          "ruleIndex": 0,
          "level": "error",
          "message": {
            "text": "Unexpected duplicate control number \`1.1\`"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "content/alpha.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 8,
                  "startColumn": 1,
                  "endLine": 8,
                  "endColumn": 17
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "id": 1,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "content/alpha.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 3,
                  "startColumn": 1,
                  "endLine": 3,
                  "endColumn": 18
                }
              },
              "message": {
                "text": "first defined here"
              }
            }
          ]
        }
      ]
    }
  ]
}
`);
    expect(formatSarif([cause], RULE_METAS.slice(0, 1), { name: 'hardmap', version: '0.1.0' })).toBe(out);
  });

  it('maps levels and rule indexes, and links help only for web URLs', () => {
    const log = JSON.parse(formatSarif(DIAGNOSTICS, RULE_METAS, TOOL));
    const run = log.runs[0];
    expect(run.tool.driver.informationUri).toBe('https://hardmap.example/');
    expect(run.results.map((r: { ruleId: string; ruleIndex: number; level: string }) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['nist-id-unknown', 2, 'error'],
      ['raw-html', 3, 'warning'],
      ['control-number-duplicate', 0, 'error'],
      ['iso-2013-notation', 1, 'note'],
      ['nist-id-unknown', 2, 'error'],
    ]);
    expect(run.tool.driver.rules.map((r: { helpUri?: string }) => r.helpUri ?? null)).toEqual([null, null, null, 'https://hardmap.example/rules#raw-html']);
    expect(run.tool.driver.rules[1].defaultConfiguration.level).toBe('note');
  });

  it('is valid against the SARIF 2.1.0 schema, with fixture and real rules', () => {
    expect(errorsOf(formatSarif(DIAGNOSTICS, RULE_METAS, TOOL))).toEqual([]);
    expect(errorsOf(formatSarif(DIAGNOSTICS, allRuleMetas(), { name: 'hardmap', version: '0.1.0' }))).toEqual([]);
    expect(errorsOf(formatSarif([], [], { name: 'hardmap', version: '0.1.0' }))).toEqual([]);
  });

  it('turns paths into valid URI references', () => {
    const at = (file: string): unknown => {
      const out = formatSarif([{ ...(DIAGNOSTICS[1] as Diagnostic), file }], [], TOOL);
      expect(errorsOf(out)).toEqual([]);
      return JSON.parse(out).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    };
    expect(at('content\\win dows\\a#1.md')).toEqual({ uri: 'content/win%20dows/a%231.md', uriBaseId: '%SRCROOT%' });
    expect(at('a:b/100%.md')).toEqual({ uri: 'a%3Ab/100%25.md', uriBaseId: '%SRCROOT%' });
    expect(at('/srv/guides/x y.md')).toEqual({ uri: 'file:///srv/guides/x%20y.md' });
    expect(at('C:\\guides\\x.md')).toEqual({ uri: 'file:///C:/guides/x.md' });
  });

  it('catches an invalid log, so the schema check is real', () => {
    const log = JSON.parse(formatSarif(DIAGNOSTICS, RULE_METAS, TOOL));
    log.runs[0].results[0].level = 'info';
    expect(errorsOf(JSON.stringify(log)).length).toBeGreaterThan(0);
  });
});
