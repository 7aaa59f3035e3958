import { parseProblemRule } from './parse-problem-rule.ts';

export const rule = parseProblemRule({
  id: 'frontmatter-yaml',
  description: 'The YAML frontmatter cannot be parsed.',
  severity: 'error',
  docs: 'Reports YAML syntax errors, parser warnings (such as an unknown tag), duplicate keys, non-mapping frontmatter and alias expansion beyond 50 aliases (a guard against alias bombs), at the position the YAML parser gives.',
  reads: ['The YAML between the leading `---` lines'],
  ignores: ['Whether keys and values are the expected ones (`frontmatter-schema`)'],
});
