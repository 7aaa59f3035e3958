import { RunbookFrontmatterSchema } from '../../model/runbook.ts';
import type { RunbookRule } from './types.ts';

export const rule: RunbookRule = {
  meta: {
    id: 'runbook-frontmatter',
    description: 'Runbook frontmatter has title, slug, applies_to and last_updated, well-formed.',
    severity: 'error',
    fixable: false,
    docs: 'A runbook starts with YAML frontmatter: `title`, `slug`, `applies_to` (a list of `guide-slug#control-number`) and `last_updated` (YYYY-MM-DD). Messages point at the offending key.',
  },
  check(context) {
    const { frontmatter } = context.runbook;
    for (const problem of context.problems) {
      if (problem.ruleId === 'frontmatter-schema' || problem.ruleId === 'frontmatter-yaml') context.report({ message: problem.message, place: problem.position });
    }
    if (!frontmatter) {
      if (context.problems.length > 0) return;
      const start = { line: 1, column: 1, offset: 0 };
      context.report({ message: 'Missing frontmatter, expected a `---` YAML block with title, slug, applies_to and last_updated', place: { start, end: start } });
      return;
    }
    const result = RunbookFrontmatterSchema.safeParse(frontmatter.data);
    if (result.success) return;
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (seen.has(key)) continue;
      seen.add(key);
      const missing = frontmatter.data[key] === undefined;
      context.report({
        message: missing ? `Missing frontmatter key \`${key}\`, expected a value (${(RunbookFrontmatterSchema.shape[key as keyof typeof RunbookFrontmatterSchema.shape]?.description ?? key).replace(/\.$/, '')})` : `Unexpected ${key} \`${JSON.stringify(frontmatter.data[key])}\`, ${issue.message}`,
        place: missing ? { start: frontmatter.position.start, end: frontmatter.position.start } : (frontmatter.valuePositions[key] ?? frontmatter.position),
      });
    }
  },
};
