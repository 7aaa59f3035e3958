import type { GuideSummary } from '../../summary.ts';
import type { Runbook } from '../../model/runbook.ts';
import type { ParseProblem } from '../../parse/problems.ts';
import type { Report, RuleMeta } from '../types.ts';

export interface RunbookRuleContext {
  runbook: Runbook;
  /** Guides of the same run, to resolve `applies_to`; empty when only runbooks were given. */
  guides: readonly GuideSummary[];
  problems: readonly ParseProblem[];
  report(report: Report): void;
}

export interface RunbookRule {
  meta: RuleMeta;
  check(context: RunbookRuleContext): void;
}
