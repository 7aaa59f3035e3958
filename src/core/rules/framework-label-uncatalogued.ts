import { UNCATALOGUED } from '../frameworks/known-labels.ts';
import { unknownLabels } from './framework-labels.ts';
import type { Rule } from './types.ts';

const KNOWN = UNCATALOGUED.flatMap((framework) => framework.spellings);

export const rule: Rule = {
  meta: {
    id: 'framework-label-uncatalogued',
    description: 'A framework label hardmap does not know, kept as written.',
    severity: 'info',
    docs: `Frameworks without a catalog in mappings/ are kept as uncatalogued frameworks: their IDs are exported as written and not checked. Real frameworks hardmap recognises give no finding (${KNOWN.map((s) => `\`${s}\``).join(', ')}, a CIS Benchmark such as \`CIS Windows 11\`, CISA SCuBA with a product such as \`CISA SCuBA (Gmail)\`, ...). Any other label is named here, with no suggestion: hardmap cannot tell a framework it has not heard of from a slip, and a slip for a catalogued label is reported by \`framework-label-unknown\`.`,
    reads: ['Framework labels of mapping tables and inline lines that are neither catalogued, nor a known uncatalogued framework, nor a slip for a catalogued label'],
    ignores: ['Known uncatalogued frameworks (no finding)', 'Slips for catalogued labels (`framework-label-unknown`)', 'Quick-reference table headings'],
  },
  check(context) {
    for (const { control, label, mappings, meant } of unknownLabels(context.guide)) {
      const first = mappings[0];
      if (meant || !first) continue;
      context.report({
        message: `Uncatalogued framework label \`${label}\` in control ${control.number}: kept as written, its IDs are exported unchecked`,
        place: first.labelPosition,
        actual: label,
      });
    }
  },
};
