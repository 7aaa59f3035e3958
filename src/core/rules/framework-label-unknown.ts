import { editDistance } from '../frameworks/catalog.ts';
import { FRAMEWORKS, normalizeLabel } from '../frameworks/registry.ts';
import type { Rule } from './types.ts';

const SPELLINGS = FRAMEWORKS.flatMap((framework) => framework.spellings);

export const rule: Rule = {
  meta: {
    id: 'framework-label-unknown',
    description: 'Framework labels in mapping tables and inline lines are ones hardmap knows.',
    severity: 'warning',
    fixable: false,
    docs: `Known labels include ${SPELLINGS.map((s) => `\`${s}\``).join(', ')}, in any case, with or without emphasis. An unknown label is kept as an uncatalogued framework (its IDs are exported as written), and the nearest known label is suggested.`,
  },
  check(context) {
    for (const control of context.guide.controls) {
      const reported = new Set<number>();
      for (const mapping of control.mappings) {
        if (!mapping.framework.startsWith('uncatalogued:') || reported.has(mapping.labelPosition.start.offset)) continue;
        reported.add(mapping.labelPosition.start.offset);
        const normalized = normalizeLabel(mapping.frameworkLabel);
        const nearest = SPELLINGS.map((spelling) => [editDistance(normalized, normalizeLabel(spelling)), spelling] as const).sort((a, b) => a[0] - b[0])[0];
        const label = mapping.frameworkLabel.replace(/[*_`]/g, '').trim();
        context.report({
          message: `Unexpected framework label \`${label}\` in control ${control.number}, expected a known label${nearest ? ` such as \`${nearest[1]}\`` : ''}`,
          place: mapping.labelPosition,
          actual: label,
          ...(nearest ? { expected: [nearest[1]] } : {}),
        });
      }
    }
  },
};
