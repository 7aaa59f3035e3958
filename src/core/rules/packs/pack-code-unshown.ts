import type { PackRule } from './types.ts';
import { FILE_START } from '../../model/position.ts';
import { includeTag, unincludedSections } from './unincluded.ts';

export const rule: PackRule = {
  meta: {
    id: 'pack-code-unshown',
    description: 'Marked code of a shared pack, or of one named for another guide, that no guide of the run includes.',
    severity: 'info',
    docs: "The unsure half of `pack-code-unincluded`. When a pack is included by a guide it is not named for (`vendor=\"acme-cloud\"` in `acme-api.md`), or by several guides, a section none of them includes may be meant for a guide outside the run, so no guide is told it is wrong. The finding sits on the pack file, as a note: check that some guide shows this code, or drop its markers.",
    reads: ['The sections of marked files in each pack', 'The `pack-code` includes of the guides that include that pack'],
    ignores: ['Packs no guide of the run includes', "A guide's own pack (`pack-code-unincluded`)", 'Files without excerpt markers'],
  },
  check(context) {
    for (const pack of context.tree.packs) {
      const found = unincludedSections(context, pack);
      if (!found || found.owner) continue;
      const names = found.guides.map((guide) => `\`${guide.slug}\``).join(', ');
      const by = found.guides.length === 1 ? `${names}, the one guide of this run that includes the pack (which is not named for it)` : `any of ${names}, the guides of this run that share the pack`;
      for (const section of found.sections) {
        const entry = section.entries[0];
        if (!entry) continue;
        context.report(context.fileTarget(entry), {
          message: `Pack code that no guide of this run shows: section \`${section.key}\` of pack \`${pack.vendor}\` is not included by ${by}; the guide it serves may be outside this run, expected \`${includeTag(pack.vendor, section.key)}\` in the guide that uses it`,
          place: entry.excerpts[0]?.position ?? FILE_START,
          actual: section.key,
        });
      }
    }
  },
};
