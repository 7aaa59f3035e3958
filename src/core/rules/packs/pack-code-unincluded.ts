import type { Position } from '../../model/position.ts';
import { guidesOf, type PackRule } from './types.ts';

const START: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

export const rule: PackRule = {
  meta: {
    id: 'pack-code-unincluded',
    description: 'Every section of marked pack code is included by the guide that uses the pack.',
    severity: 'warning',
    docs: 'A pack file with excerpt markers is written to be shown in the guide. When no include of the guide names its section, the code exists but no reader of the guide sees it (nor does an auditor reading the control). Reported once per section, at the guide\'s first include of the pack: which control the code serves is for the author to say (numbers drift, see `pack-include-drift`).',
    reads: ['The sections of marked files in each pack', 'The `pack-code` includes of the guides that include that pack'],
    ignores: ['Packs no guide of the run includes (their guide may be elsewhere)', 'Files without excerpt markers (helpers, providers, control YAML)'],
  },
  check(context) {
    for (const pack of context.tree.packs) {
      for (const guide of guidesOf(context, pack)) {
        const includes = (guide.includes ?? []).filter((include) => include.pack?.vendor === pack.vendor);
        const included = new Set(includes.map((include) => include.pack?.section));
        for (const section of pack.sections) {
          if (included.has(section.key) || section.entries.length === 0) continue;
          const files = section.entries.map((entry) => entry.fileName).join(', ');
          context.report(context.guideTarget(guide), {
            message: `Unexpected pack code without an include: section \`${section.key}\` of pack \`${pack.vendor}\` (${files}) is not included by this guide, expected \`{% include pack-code.html vendor="${pack.vendor}" section="${section.key}" %}\` in the control it serves`,
            place: includes[0]?.position ?? START,
            actual: section.key,
          });
        }
      }
    }
  },
};
