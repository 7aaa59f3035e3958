import { edgesToward } from '../crosswalk/derive.ts';
import { CIS, NIST } from '../frameworks/registry.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'cis-nist-unlinked',
    description: 'A control\'s CIS safeguards and NIST IDs share at least one crosswalk link.',
    severity: 'info',
    docs: 'CIS publishes a mapping from CIS Controls v8 safeguards to NIST 800-53 Rev 5. When none of a control\'s CIS safeguards maps to any of its NIST IDs (or their base controls), one of the two mappings may be off. This is information, not an error: the CIS mapping covers only the Low and Moderate baselines.',
    reads: ['Each control\'s catalogued CIS Controls v8 and NIST 800-53 Rev 5 mappings, and NIST base controls of enhancements', 'CIS\'s published CIS-to-NIST mapping in mappings/'],
    ignores: ['Controls with no catalogued CIS safeguard or no catalogued NIST ID', 'Quick-reference tables', 'IDs absent from the catalogs (the `*-id-unknown` rules report them)'],
  },
  check(context) {
    const nistCatalog = context.catalogs.get(NIST);
    for (const control of context.guide.controls) {
      const cis = [...new Set(control.mappings.filter((m) => m.framework === CIS && context.catalogs.get(CIS)?.entries.has(m.id)).map((m) => m.id))];
      const nistMappings = control.mappings.filter((m) => m.framework === NIST && nistCatalog?.entries.has(m.id));
      if (cis.length === 0 || nistMappings.length === 0) continue;
      const nist = new Set(nistMappings.flatMap((m) => [m.id, nistCatalog?.entries.get(m.id)?.parent ?? m.id]));
      const linked = cis.flatMap((id) => edgesToward(context.crosswalks, context.catalogs, CIS, id, NIST)).flatMap((edge) => [edge.id, nistCatalog?.entries.get(edge.id)?.parent ?? edge.id]);
      if (linked.some((id) => nist.has(id))) continue;
      const first = control.mappings.find((m) => m.framework === CIS);
      context.report({
        message: `Unexpected pairing in control ${control.number}: CIS ${cis.join(', ')} and NIST ${[...new Set(nistMappings.map((m) => m.id))].join(', ')} share no link in CIS's NIST mapping, expected at least one shared link${linked.length ? ` (the CIS safeguards map to ${[...new Set(linked)].slice(0, 6).join(', ')})` : ''}`,
        place: first?.labelPosition ?? control.headingPosition,
      });
    }
  },
};
