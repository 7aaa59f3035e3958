import type { ParseProblem } from '../parse/problems.ts';
import type { Report, RuleMeta, RuleOf } from './types.ts';

/** What a parse-problem rule reads: guides and runbooks both give it. */
export interface ProblemContext {
  problems: readonly ParseProblem[];
  report(report: Report): void;
}

/** A rule whose findings come from the parser (encoding, YAML, limits): it reports them as they are. */
export function parseProblemRule(meta: RuleMeta): RuleOf<ProblemContext> {
  return {
    meta,
    check(context) {
      for (const problem of context.problems) {
        if (problem.ruleId !== meta.id) continue;
        context.report({
          message: problem.message,
          place: problem.position,
          ...(problem.actual !== undefined ? { actual: problem.actual } : {}),
          ...(problem.expected !== undefined ? { expected: problem.expected } : {}),
        });
      }
    },
  };
}
