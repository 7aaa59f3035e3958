import type { Diagnostic, Severity } from '../../core/model/diagnostic.ts';

export interface RunSummary {
  guides: number;
  controls: number;
  errors: number;
  warnings: number;
  infos: number;
  byRule: Record<string, { error: number; warning: number; info: number }>;
}

/** Counts findings overall and per rule; `byRule` keys are sorted so JSON output is stable. */
export function summarize(diagnostics: readonly Diagnostic[], guides: number, controls: number): RunSummary {
  const counts = new Map<string, Record<Severity, number>>();
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) {
    let rule = counts.get(diagnostic.ruleId);
    if (!rule) counts.set(diagnostic.ruleId, (rule = { error: 0, warning: 0, info: 0 }));
    rule[diagnostic.severity] += 1;
    totals[diagnostic.severity] += 1;
  }
  const byRule: RunSummary['byRule'] = {};
  for (const id of [...counts.keys()].sort()) {
    const rule = counts.get(id);
    if (rule) byRule[id] = { error: rule.error, warning: rule.warning, info: rule.info };
  }
  return { guides, controls, errors: totals.error, warnings: totals.warning, infos: totals.info, byRule };
}

const NOUNS: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'infos'],
};
const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

function count(n: number, [one, many]: [string, string], width = 0): string {
  return `${String(n).padStart(width)} ${n === 1 ? one : many}`;
}

/**
 * The block printed after stylish (or github) output: one totals line, then the noisiest rules
 * first, so a reader of a long run sees where the findings come from without scrolling back.
 */
export function formatSummary(summary: RunSummary): string {
  const head =
    `${count(summary.guides, ['guide', 'guides'])}, ${count(summary.controls, ['control', 'controls'])}: ` +
    [count(summary.errors, NOUNS.error), count(summary.warnings, NOUNS.warning), count(summary.infos, NOUNS.info)].join(', ');
  const rules = Object.entries(summary.byRule)
    .map(([id, by]) => ({ id, by, total: by.error + by.warning + by.info }))
    .filter((rule) => rule.total > 0)
    // Ties fall back to the id so the order never depends on insertion order.
    .sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const idWidth = Math.max(0, ...rules.map((rule) => rule.id.length));
  const firstCount = (by: Record<Severity, number>): number => ORDER.map((s) => by[s]).find((n) => n > 0) ?? 0;
  const numberWidth = Math.max(0, ...rules.map((rule) => String(firstCount(rule.by)).length));
  const lines = rules.map(({ id, by }) => {
    const parts = ORDER.filter((severity) => by[severity] > 0).map((severity, index) =>
      count(by[severity], NOUNS[severity], index === 0 ? numberWidth : 0),
    );
    return `  ${id.padEnd(idWidth)}  ${parts.join(', ')}`;
  });
  return [head, ...lines].join('\n') + '\n';
}
