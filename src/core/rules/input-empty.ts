import { parseProblemRule } from './parse-problem-rule.ts';

export const rule = parseProblemRule({
  id: 'input-empty',
  description: 'The file is empty.',
  severity: 'error',
  docs: 'An empty guide has nothing to check; this usually means a file was truncated or created by mistake.',
  reads: ['The decoded text: empty or whitespace only'],
  ignores: ['A file with frontmatter only: it is not empty (`required-sections` says what is missing)'],
});
