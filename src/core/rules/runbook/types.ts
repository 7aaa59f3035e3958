import type { GuideSummary } from '../../summary.ts';
import type { Runbook } from '../../model/runbook.ts';
import type { ParseProblem } from '../../parse/problems.ts';
import type { Report, RuleOf } from '../types.ts';

export interface RunbookRuleContext {
  runbook: Runbook;
  /** Guides of the same run, to resolve `applies_to`; empty when only runbooks were given. */
  guides: readonly GuideSummary[];
  problems: readonly ParseProblem[];
  report(report: Report): void;
}

export type RunbookRule = RuleOf<RunbookRuleContext>;
