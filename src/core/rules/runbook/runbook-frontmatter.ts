import { RunbookFrontmatterSchema } from '../../model/runbook.ts';
import { reportFrontmatterIssues } from '../frontmatter-issues.ts';
import type { RunbookRule } from './types.ts';

export const rule: RunbookRule = {
  meta: {
    id: 'runbook-frontmatter',
    description: 'Runbook frontmatter has title, slug, applies_to and last_updated, well-formed.',
    severity: 'error',
    docs: 'A runbook starts with YAML frontmatter: `title`, `slug`, `applies_to` (a list of `guide-slug#control-number`) and `last_updated` (YYYY-MM-DD). Messages point at the offending key.',
    reads: ['Runbook frontmatter: `title`, `slug`, `applies_to`, `last_updated`'],
    ignores: ['Unknown keys'],
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
    reportFrontmatterIssues(frontmatter, RunbookFrontmatterSchema, (report) => context.report(report));
  },
};
