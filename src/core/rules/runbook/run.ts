import type { Diagnostic } from '../../model/diagnostic.ts';
import type { GuideSummary } from '../../summary.ts';
import type { ParsedRunbook } from '../../parse/parse-runbook.ts';
import { compareDiagnostics, runRules } from '../engine.ts';
import type { CheckOptions } from '../run-rules.ts';
import { INPUT_RULES } from '../input-rules.ts';
import { RUNBOOK_RULES } from './registry.ts';
import type { RunbookRule } from './types.ts';

/**
 * Pure: check one runbook against the guides of the same run. Input problems are reported by the
 * guide rules with the same ids (`input-binary`, ...); the runbook rules see the others.
 */
export function checkRunbook(parsed: ParsedRunbook, guides: readonly GuideSummary[], options: CheckOptions, rules: readonly RunbookRule[] = RUNBOOK_RULES): Diagnostic[] {
  const { runbook } = parsed;
  const home = { path: runbook.path, directives: runbook.directives };
  const input = runRules(INPUT_RULES, options.rules, home, (report) => ({ problems: parsed.problems, report: (found) => report(found) }));
  const problems = parsed.problems.filter((problem) => !problem.ruleId.startsWith('input-'));
  const found = runRules(rules, options.rules, home, (report) => ({ runbook, guides, problems, report: (finding) => report(finding) }));
  return [...input, ...found].sort(compareDiagnostics);
}
