import { GuideFrontmatterSchema } from '../model/frontmatter.ts';
import { reportFrontmatterIssues } from './frontmatter-issues.ts';
import type { Rule } from './types.ts';

const REQUIRED = Object.keys(GuideFrontmatterSchema.shape);

export const rule: Rule = {
  meta: {
    id: 'frontmatter-schema',
    description: 'Frontmatter keys are present and well-formed.',
    severity: 'error',
    docs: `Every guide starts with YAML frontmatter holding ${REQUIRED.map((key) => `\`${key}\``).join(', ')}. Messages point at the offending key or value; unknown keys are kept and not reported.`,
    reads: ['The YAML frontmatter block at the top of the guide: each required key and its value'],
    ignores: ['Unknown keys (kept, not reported)', 'Frontmatter that does not parse, and unreadable files (`frontmatter-yaml`, `input-*`)'],
  },
  check(context) {
    const { frontmatter } = context.guide;
    for (const problem of context.problems) {
      if (problem.ruleId === 'frontmatter-schema') context.report({ message: problem.message, place: problem.position });
    }
    if (!frontmatter) {
      if (context.problems.some((problem) => problem.ruleId.startsWith('frontmatter-') || problem.ruleId.startsWith('input-'))) return;
      const start = { line: 1, column: 1, offset: 0 };
      context.report({ message: `Missing frontmatter, expected a \`---\` YAML block first with ${REQUIRED.join(', ')}`, place: { start, end: start } });
      return;
    }
    reportFrontmatterIssues(frontmatter, GuideFrontmatterSchema, (report) => context.report(report));
  },
};
