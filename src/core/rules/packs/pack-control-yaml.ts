import type { PackRule } from './types.ts';

export const rule: PackRule = {
  meta: {
    id: 'pack-control-yaml',
    description: 'A control YAML parses, and its `profile_level` is a whole number.',
    severity: 'error',
    docs: 'Control definitions (`packs/<vendor>/controls/*.yaml`) are read with the same YAML reader as guide frontmatter (duplicate keys and unknown tags are errors). A file that does not parse is not compared with its guide at all, so its drift would go unseen.',
    reads: ['`controls/*.yaml` of every pack'],
    ignores: ['Keys the schema does not define (kept, not checked)'],
  },
  check(context) {
    for (const pack of context.tree.packs) {
      for (const yaml of pack.controls) {
        for (const problem of yaml.problems) context.report(context.fileTarget(yaml), { message: problem.message, place: problem.position, ...(problem.actual ? { actual: problem.actual } : {}) });
      }
    }
  },
};
