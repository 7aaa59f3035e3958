import type { Diagnostic } from '../../core/model/diagnostic.ts';
import type { RuleMeta } from '../../core/rules/types.ts';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function region(place: Diagnostic['place']): Record<string, number> {
  return { startLine: place.start.line, startColumn: place.start.column, endLine: place.end.line, endColumn: Math.max(place.end.column, place.end.line === place.start.line ? place.start.column : 1) };
}

function location(file: string, place: Diagnostic['place'], message?: string): Record<string, unknown> {
  const uri = file.replace(/\\/g, '/');
  const relative = !/^[a-z]+:|^\//i.test(uri);
  return {
    physicalLocation: { artifactLocation: { uri: relative ? encodeURI(uri) : `file://${encodeURI(uri)}`, ...(relative ? { uriBaseId: '%SRCROOT%' } : {}) }, region: region(place) },
    ...(message ? { message: { text: message } } : {}),
  };
}

/** SARIF 2.1.0, the format code-scanning dashboards ingest. */
export function formatSarif(diagnostics: readonly Diagnostic[], rules: readonly RuleMeta[], tool: { name: string; version: string; informationUri?: string }): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.docs },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { fixable: rule.fixable },
            })),
          },
        },
        results: diagnostics.map((d) => ({
          ruleId: d.ruleId,
          ...(ruleIndex.has(d.ruleId) ? { ruleIndex: ruleIndex.get(d.ruleId) } : {}),
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [location(d.file, d.place)],
          ...(d.cause ? { relatedLocations: [{ id: 1, ...location(d.file, d.cause.place, d.cause.message) }] } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
