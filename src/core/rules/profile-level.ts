import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'profile-level',
    description: 'Every control declares a known profile level (L1-L4).',
    severity: 'warning',
    docs: 'Write `**Profile Level:** L1 (Crawl)`, `L2 (Walk)`, `L3 (Run)`, `L4 (Fly)` or the older `L1 (Baseline)`, `L2 (Hardened)`, `L3 (Maximum Security)`; a qualifier such as `- CRITICAL` may follow. Numbered entries with neither a level nor framework mappings are reference material and are not controls.',
    reads: ['The first `**Profile Level:**` line of each control'],
    ignores: ['Numbered entries without level and mapping table (reference notes)', 'Level lists of the overview (`- **L1 (Baseline):** ...`)'],
  },
  check(context) {
    for (const problem of context.problems) {
      if (problem.ruleId === 'profile-level') context.report({ message: problem.message, place: problem.position, ...(problem.actual ? { actual: problem.actual } : {}) });
    }
    for (const control of context.guide.controls) {
      if (!control.level) {
        context.report({ message: `Missing profile level in control ${control.number}, expected a \`**Profile Level:** L1 (Crawl)\` line under its heading`, place: control.headingPosition });
      }
    }
  },
};
