import type { PackRule } from './types.ts';

export const rule: PackRule = {
  meta: {
    id: 'pack-include-unresolved',
    description: 'A `pack-code` include names a vendor and section that the packs have.',
    severity: 'error',
    docs: 'An include such as `{% include pack-code.html vendor="okta" section="1.1" %}` renders the marked code of `packs/okta/` whose file names carry section 1.1 (`hth-okta-1.01-...`). When the pack or the section is not there the published page shows nothing where the code should be. Runs only when the collection has a packs folder (`packs` in hardmap.config, `--packs`, or `packs/` beside the content folder).',
    reads: ['`{% include pack-code.html vendor="..." section="..." %}` tags', 'The pack tree: vendor folders, and the sections of marked files'],
    ignores: ['Collections without a packs folder', 'Tags in inline code or code blocks (examples, not includes)'],
  },
  check(context) {
    for (const guide of context.guides) {
      for (const include of guide.includes ?? []) {
        if (!include.pack) continue;
        const { vendor, section } = include.pack;
        const pack = context.tree.packs.find((candidate) => candidate.vendor === vendor);
        if (!pack) {
          context.report(context.guideTarget(guide), { message: `Unexpected pack-code include of vendor \`${vendor}\`: ${context.tree.root} has no folder \`${vendor}/\`, expected the name of a pack folder`, place: include.position, actual: vendor });
        } else if (!pack.sections.some((candidate) => candidate.key === section)) {
          context.report(context.guideTarget(guide), { message: `Unexpected pack-code include of section \`${section}\`: pack \`${vendor}\` has no marked file named \`hth-${vendor}-${section}-...\` (any zero padding), expected one of its ${pack.sections.length} sections`, place: include.position, actual: section });
        }
      }
    }
  },
};
