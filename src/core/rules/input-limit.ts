import { parseProblemRule } from './parse-problem-rule.ts';

export const rule = parseProblemRule({
  id: 'input-limit',
  description: 'The file exceeds a parser safety limit.',
  severity: 'error',
  docs: 'Files beyond the size, table width, nesting depth, heading or definition limits are not parsed, because the time and memory of the Markdown parser grow badly on such input. The limits are far above any real guide. A file whose analysis is still running after the per-file time budget (4 s, `HARDMAP_FILE_BUDGET_MS`) or needs more than 1,536 MB of heap is stopped, reported here at 1:1, and the run goes on.',
  reads: ['File size, table width, nesting depth, heading and definition counts before parsing; the per-file time and heap budget while analysing'],
  ignores: ['Anything inside a file that is within the limits'],
});
