import { GuideFrontmatterSchema } from '../model/frontmatter.ts';
import type { Rule } from './types.ts';

const REQUIRED = Object.keys(GuideFrontmatterSchema.shape);

export const rule: Rule = {
  meta: {
    id: 'frontmatter-schema',
    description: 'Frontmatter keys are present and well-formed.',
    severity: 'error',
    fixable: false,
    docs: `Every guide starts with YAML frontmatter holding ${REQUIRED.map((key) => `\`${key}\``).join(', ')}. Messages point at the offending key or value; unknown keys are kept and not reported.`,
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
    const result = GuideFrontmatterSchema.safeParse(frontmatter.data);
    if (result.success) return;
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (seen.has(key)) continue;
      seen.add(key);
      const value = frontmatter.data[key];
      if (value === undefined || value === null) {
        context.report({ message: `Missing frontmatter key \`${key}\`, expected ${describe(key)}`, place: { start: frontmatter.position.start, end: frontmatter.position.start }, expected: [key] });
      } else {
        context.report({
          message: `Unexpected ${key} \`${JSON.stringify(value)}\`, ${issue.message.startsWith('expected') ? issue.message : `expected ${describe(key)}`}`,
          place: frontmatter.valuePositions[key] ?? frontmatter.keyPositions[key] ?? frontmatter.position,
          actual: JSON.stringify(value),
        });
      }
    }
  },
};

function describe(key: string): string {
  const field = GuideFrontmatterSchema.shape[key as keyof typeof GuideFrontmatterSchema.shape];
  return field?.description ? `a value (${field.description.replace(/\.$/, '')})` : 'a value';
}
