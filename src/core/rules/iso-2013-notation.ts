import { isIso2013Notation } from '../frameworks/ids.ts';
import { ISO } from '../frameworks/registry.ts';
import { citedIds } from './framework-ids.ts';
import type { Guide } from '../model/guide.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'iso-2013-notation',
    description: 'ISO 27001:2022 mappings use 2022 Annex A numbering.',
    severity: 'warning',
    docs: 'ISO/IEC 27001:2022 renumbered Annex A into four themes (A.5-A.8, e.g. `A.8.15 Logging`). IDs such as `A.12.4.1` or `A.9.4.2` are 2013 numbering; label them `ISO 27001:2013` or map them to the 2022 control.',
    reads: ['ISO 27001 IDs under a 2022 (or unversioned) label, in control mappings and in quick-reference ISO tables'],
    ignores: ['IDs under an `ISO 27001:2013` label (an uncatalogued framework, kept as written)', 'Text in ISO cells that has no ID shape'],
  },
  check(context) {
    const cited = citedIds(context.guide, ISO);
    const labels = isoLabels(context.guide);
    for (const item of cited) {
      if (!isIso2013Notation(item.id)) continue;
      const label = labels.get(item.place.start.offset) ?? 'ISO 27001';
      // An unversioned label is not a "2022 label": say what hardmap did with it instead.
      const under = /2022/.test(label) ? `under the 2022 label \`${label}\`` : `under \`${label}\`, which names no edition and is read as the current one (2022)`;
      context.report({
        message: `Unexpected ISO 27001:2013 ID \`${item.written}\` in ${item.where} ${under}, expected 2022 Annex A numbering (A.5.x-A.8.x) or the label \`ISO 27001:2013\``,
        place: item.place,
        actual: item.written,
      });
    }
  },
};

/** The label each ISO ID was written under, by the ID's start offset. */
function isoLabels(guide: Guide): Map<number, string> {
  const labels = new Map<number, string>();
  for (const control of guide.controls) for (const mapping of control.mappings) if (mapping.framework === ISO) labels.set(mapping.position.start.offset, mapping.frameworkLabel.replace(/[*_`]/g, '').replace(/:\s*$/, '').trim());
  for (const table of guide.quickReference?.tables ?? []) if (table.framework === ISO) for (const row of table.rows) for (const id of row.ids) labels.set(id.position.start.offset, table.frameworkLabel);
  return labels;
}
