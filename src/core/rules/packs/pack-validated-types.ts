import { packSection } from '../../packs/tree.ts';
import type { PackRule } from './types.ts';

export const rule: PackRule = {
  meta: {
    id: 'pack-validated-types',
    description: 'An include\'s `validated_types` names only pack types that its section has.',
    severity: 'error',
    docs: '`validated_types="terraform,api"` puts the validation mark on those accordions only. A type the section has no code for gets no accordion, so the claim "this was validated" attaches to nothing, and usually means a typo (`terrafrom`) or a file that moved.',
    reads: ['`validated_types` of `pack-code` includes', 'The types of the section the include renders'],
    ignores: ['Includes whose section does not resolve (`pack-include-unresolved`)'],
  },
  check(context) {
    for (const guide of context.guides) {
      for (const include of guide.includes ?? []) {
        if (!include.pack || include.pack.validatedTypes.length === 0) continue;
        const section = packSection(context.tree, include.pack.vendor, include.pack.section);
        if (!section) continue;
        const types = [...new Set(section.entries.map((entry) => entry.type))];
        for (const type of include.pack.validatedTypes) {
          if (types.includes(type as never)) continue;
          context.report(context.guideTarget(guide), {
            message: `Unexpected validated type \`${type}\` in the include of section \`${include.pack.section}\`: the section has ${types.map((t) => `\`${t}\``).join(', ') || 'no code'}, expected one of those`,
            place: include.position,
            actual: type,
            expected: types,
          });
        }
      }
    }
  },
};
