import type { Diagnostic } from '../../core/model/diagnostic.ts';
import type { Position } from '../../core/model/position.ts';
import type { RegisteredMeta } from '../../core/rules/types.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifTool {
  name: string;
  version: string;
  informationUri?: string;
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const;

const isWebUrl = (url: string): boolean => /^https?:\/\/[^/\s]/i.test(url);

/**
 * A file path as an `artifactLocation`. Relative paths stay relative to `%SRCROOT%` (what code
 * scanning resolves against the checkout); absolute ones become `file:` URIs. Each segment is
 * percent-encoded because a path with a space, `#` or `%` is not a valid URI reference.
 */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const path = file.replace(/\\/g, '/');
  const encode = (p: string): string => p.split('/').map(encodeURIComponent).join('/');
  const drive = /^[A-Za-z]:\//.exec(path);
  if (drive) return { uri: `file:///${path.slice(0, 2)}${encode(path.slice(2))}` };
  if (path.startsWith('//')) return { uri: `file:${encode(path)}` };
  if (path.startsWith('/')) return { uri: `file://${encode(path)}` };
  return { uri: encode(path), uriBaseId: '%SRCROOT%' };
}

// Unist and SARIF agree: lines and columns are 1-based and the end column is exclusive.
function region(place: Position): Record<string, number> {
  return { startLine: place.start.line, startColumn: place.start.column, endLine: place.end.line, endColumn: place.end.column };
}

function physicalLocation(file: string, place: Position): Record<string, unknown> {
  return { artifactLocation: artifactLocation(file), region: region(place) };
}

/**
 * A SARIF 2.1.0 log with one run, the format code-scanning dashboards ingest. Every rule the tool
 * knows is listed (results point into that list by index), and keys are written in a fixed order
 * so the same findings always give the same bytes.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], rules: readonly RegisteredMeta[], tool: SarifTool): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  // RuleMeta carries no URL; diagnostics do. Code scanning links helpUri, so only a web URL goes in.
  const helpUri = new Map<string, string>();
  for (const d of diagnostics) if (!helpUri.has(d.ruleId) && isWebUrl(d.url)) helpUri.set(d.ruleId, d.url);

  const driver = {
    name: tool.name,
    version: tool.version,
    ...(tool.informationUri === undefined ? {} : { informationUri: tool.informationUri }),
    rules: rules.map((rule) => {
      const uri = helpUri.get(rule.id);
      return {
        id: rule.id,
        shortDescription: { text: rule.description },
        fullDescription: { text: rule.docs },
        defaultConfiguration: { level: LEVEL[rule.severity] },
        ...(uri === undefined ? {} : { helpUri: uri }),
        properties: { fixable: rule.fixable },
      };
    }),
  };

  const results = diagnostics.map((d) => {
    const index = ruleIndex.get(d.ruleId);
    return {
      ruleId: d.ruleId,
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: physicalLocation(d.file, d.place) }],
      ...(d.cause === undefined
        ? {}
        : { relatedLocations: [{ id: 1, physicalLocation: physicalLocation(d.file, d.cause.place), message: { text: d.cause.message } }] }),
    };
  });

  // Columns are counted in UTF-16 code units (unist offsets); saying so stops consumers guessing.
  const log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results }] };
  return `${JSON.stringify(log, null, 2)}\n`;
}
