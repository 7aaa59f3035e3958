import type { PackRule } from './types.ts';
import { FILE_START } from '../../model/position.ts';
import { includeTag, unincludedSections } from './unincluded.ts';

export const rule: PackRule = {
  meta: {
    id: 'pack-code-unincluded',
    description: "Every section of marked code in a guide's own pack is included by that guide.",
    severity: 'warning',
    docs: "A pack file with excerpt markers is written to be shown in the guide. When the pack is the guide's own (its vendor key is the guide's slug, and no other guide of the run includes it) and no include of the guide names a section, the code exists but no reader of the guide sees it (nor does an auditor reading the control). Reported once per section, at the guide's first include of the pack: which control the code serves is for the author to say (numbers drift, see `pack-include-drift`). Code of a shared pack, or of one named for another guide, that no guide of the run includes is `pack-code-unshown` (info): its guide may be elsewhere.",
    reads: ['The sections of marked files in each pack', 'The `pack-code` includes of the guides that include that pack'],
    ignores: ['Packs no guide of the run includes (their guide may be elsewhere)', 'Packs whose vendor key is not the including guide\'s slug, or that several guides include (`pack-code-unshown`)', 'Files without excerpt markers (helpers, providers, control YAML)'],
  },
  check(context) {
    for (const pack of context.tree.packs) {
      const found = unincludedSections(context, pack);
      if (!found?.owner) continue;
      const guide = found.owner;
      const first = (guide.includes ?? []).find((include) => include.pack?.vendor === pack.vendor);
      for (const section of found.sections) {
        const files = section.entries.map((entry) => entry.fileName).join(', ');
        context.report(context.guideTarget(guide), {
          message: `Unexpected pack code without an include: section \`${section.key}\` of the guide's own pack \`${pack.vendor}\` (${files}) is not included by this guide, expected \`${includeTag(pack.vendor, section.key)}\` in the control it serves`,
          place: first?.position ?? FILE_START,
          actual: section.key,
        });
      }
    }
  },
};
