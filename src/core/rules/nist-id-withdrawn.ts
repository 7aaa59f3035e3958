import { NIST } from '../frameworks/registry.ts';
import { citedIds } from './framework-ids.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'nist-id-withdrawn',
    description: 'NIST SP 800-53 Rev 5 IDs are not withdrawn.',
    severity: 'error',
    docs: 'Rev 5 withdrew 182 controls and enhancements and folded them into others (SA-12 Supply Chain Protection went to the SR family). A withdrawn ID maps to nothing an assessor can test; the message names where it was incorporated.',
    reads: ['NIST 800-53 Rev 5 IDs in control mappings and in ID-shaped entries of quick-reference NIST tables, looked up in the catalog'],
    ignores: ['IDs under a `NIST 800-53 Rev 4` label', 'IDs absent from the catalog (`nist-id-unknown`)', 'Text that has no NIST ID shape'],
  },
  check(context) {
    const catalog = context.catalogs.get(NIST);
    if (!catalog) return;
    for (const cited of citedIds(context.guide, NIST)) {
      const entry = catalog.entries.get(cited.id);
      if (!entry?.withdrawn) continue;
      const into = entry.incorporatedInto;
      // Some redirects name a whole family (SA-12 went to SR), not a control.
      const describe = (id: string): string => (/^[A-Z]{2}$/.test(id) ? `the ${id} family (${catalog.groups.get(id) ?? id})` : `\`${id}\``);
      context.report({
        message: `Unexpected withdrawn NIST SP 800-53 Rev 5 control \`${cited.id}\` (${entry.title}) in ${cited.where}, expected ${into.length > 0 ? `what it was incorporated into: ${into.map(describe).join(', ')}` : 'a current control'}`,
        place: cited.place,
        actual: cited.id,
        ...(into.length > 0 ? { expected: into } : {}),
      });
    }
  },
};
