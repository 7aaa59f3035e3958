import { parseProblemRule } from './parse-problem-rule.ts';

export const rule = parseProblemRule({
  id: 'input-binary',
  description: 'The file contains NUL bytes and is treated as binary.',
  severity: 'error',
  docs: 'A NUL byte never appears in a Markdown guide; such files are reported and not parsed, so a stray image or archive in the content folder cannot stall a run.',
  reads: ['The bytes of the file: a NUL byte marks it as binary'],
  ignores: ['The content of a binary file: it is not parsed'],
});
