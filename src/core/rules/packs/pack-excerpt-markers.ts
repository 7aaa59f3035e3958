import type { PackRule } from './types.ts';

export const rule: PackRule = {
  meta: {
    id: 'pack-excerpt-markers',
    description: 'Excerpt markers in pack files are balanced, unnested, uniquely named, and end their line.',
    severity: 'error',
    docs: 'A region `# HTH Guide Excerpt: begin <name>` ... `# HTH Guide Excerpt: end <name>` (`#`, `--` or `//` comments) is what a guide shows of a pack file. A begin without its end, an end without a begin, a region opened inside another, a name used twice, or a name followed by blanks (the extractor anchors the name at the end of the line, so the region silently vanishes) each lose or garble code on the page.',
    reads: ['Every line of every pack file that contains `HTH Guide Excerpt: begin` or `end`'],
    ignores: ['Files with no marker at all (shown by file name only)'],
  },
  check(context) {
    for (const pack of context.tree.packs) {
      for (const file of pack.files) {
        for (const problem of file.markerProblems) context.report(context.fileTarget(file), { message: problem.message, place: problem.position, actual: problem.actual });
      }
    }
  },
};
