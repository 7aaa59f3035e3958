import type { Diagnostic } from '../../core/model/diagnostic.ts';
import type { Point, Position } from '../../core/model/position.ts';
import type { RunSummary } from './summary.ts';

/** Bumped whenever a field is renamed or removed, so consumers can refuse what they do not know. */
export const JSON_FORMAT_VERSION = 1;

// Objects are rebuilt field by field: key order is then fixed by this file, not by whichever rule
// or cache produced the diagnostic, and the output diffs cleanly between runs.
const point = (p: Point): Point => ({ line: p.line, column: p.column, offset: p.offset });
const position = (p: Position): Position => ({ start: point(p.start), end: point(p.end) });

function diagnostic(d: Diagnostic): Diagnostic {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    file: d.file,
    place: position(d.place),
    url: d.url,
    ...(d.actual === undefined ? {} : { actual: d.actual }),
    ...(d.expected === undefined ? {} : { expected: [...d.expected] }),
    ...(d.cause === undefined ? {} : { cause: { message: d.cause.message, place: position(d.cause.place) } }),
    fixable: d.fixable,
  };
}

function summaryOf(s: RunSummary): RunSummary {
  const byRule: RunSummary['byRule'] = {};
  for (const id of Object.keys(s.byRule).sort()) {
    const by = s.byRule[id];
    if (by) byRule[id] = { error: by.error, warning: by.warning, info: by.info };
  }
  return { guides: s.guides, controls: s.controls, errors: s.errors, warnings: s.warnings, infos: s.infos, byRule };
}

/** Machine-readable output: `{version, summary, diagnostics}`, two-space indented, newline-terminated. */
export function formatJson(diagnostics: readonly Diagnostic[], summary: RunSummary): string {
  const document = { version: JSON_FORMAT_VERSION, summary: summaryOf(summary), diagnostics: diagnostics.map(diagnostic) };
  return `${JSON.stringify(document, null, 2)}\n`;
}
