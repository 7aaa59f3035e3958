import { parseProblemRule } from './parse-problem-rule.ts';

export const rule = parseProblemRule({
  id: 'input-encoding',
  description: 'The file is not valid UTF-8.',
  severity: 'error',
  docs: 'Guides must be UTF-8. The first invalid byte is reported; the rest of the file is decoded with U+FFFD replacement characters and still checked.',
  reads: ['The bytes of the file, as UTF-8 (a byte-order mark is allowed)'],
  ignores: ['Invalid bytes after the first: one finding per file, the rest is decoded with U+FFFD and still checked'],
});
