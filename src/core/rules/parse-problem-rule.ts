import type { Rule, RuleMeta } from './types.ts';

/** A rule whose findings come from the parser (encoding, YAML, limits): it reports them as they are. */
export function parseProblemRule(meta: RuleMeta): Rule {
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
