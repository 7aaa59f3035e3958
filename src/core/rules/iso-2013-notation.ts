import { isIso2013Notation } from '../frameworks/ids.ts';
import { ISO } from '../frameworks/registry.ts';
import { citedIds } from './framework-ids.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'iso-2013-notation',
    description: 'ISO 27001:2022 mappings use 2022 Annex A numbering.',
    severity: 'warning',
    fixable: false,
    docs: 'ISO/IEC 27001:2022 renumbered Annex A into four themes (A.5-A.8, e.g. `A.8.15 Logging`). IDs such as `A.12.4.1` or `A.9.4.2` are 2013 numbering; label them `ISO 27001:2013` or map them to the 2022 control.',
    reads: ['ISO 27001 IDs under a 2022 (or unversioned) label, in control mappings and in quick-reference ISO tables'],
    ignores: ['IDs under an `ISO 27001:2013` label (an uncatalogued framework, kept as written)', 'Text in ISO cells that has no ID shape'],
  },
  check(context) {
    for (const cited of citedIds(context.guide, ISO)) {
      if (!isIso2013Notation(cited.id)) continue;
      context.report({
        message: `Unexpected ISO 27001:2013 ID \`${cited.written}\` in ${cited.where} under a 2022 label, expected 2022 Annex A numbering (A.5.x-A.8.x) or the label \`ISO 27001:2013\``,
        place: cited.place,
        actual: cited.written,
      });
    }
  },
};
