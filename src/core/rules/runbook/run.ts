import type { Diagnostic } from '../../model/diagnostic.ts';
import type { GuideSummary } from '../../summary.ts';
import type { ParsedRunbook } from '../../parse/parse-runbook.ts';
import { compareDiagnostics, type CheckOptions } from '../run-rules.ts';
import { ruleUrl } from '../types.ts';
import { RUNBOOK_RULES } from './registry.ts';

/** Pure: check one runbook against the guides of the same run. Input problems reuse the guide rules' ids. */
export function checkRunbook(parsed: ParsedRunbook, guides: readonly GuideSummary[], options: CheckOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const file = parsed.runbook.path;
  for (const problem of parsed.problems) {
    if (problem.ruleId.startsWith('input-')) diagnostics.push({ ruleId: problem.ruleId, severity: 'error', file, url: ruleUrl(problem.ruleId), fixable: false, message: problem.message, place: problem.position });
  }
  for (const rule of RUNBOOK_RULES) {
    const setting = options.rules[rule.meta.id] ?? rule.meta.severity;
    if (setting === 'off') continue;
    rule.check({
      runbook: parsed.runbook,
      guides,
      problems: parsed.problems.filter((problem) => !problem.ruleId.startsWith('input-')),
      report: (report) => diagnostics.push({ ruleId: rule.meta.id, severity: setting, file, url: ruleUrl(rule.meta.id), fixable: rule.meta.fixable, ...report }),
    });
  }
  return diagnostics.sort(compareDiagnostics);
}
