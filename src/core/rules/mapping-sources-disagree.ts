import { frameworkInfo, frameworkName } from '../frameworks/registry.ts';
import type { FrameworkMapping, MappingSource } from '../model/mapping.ts';
import type { Rule } from './types.ts';

const SOURCE_NAMES: Record<MappingSource, string> = {
  'framework-table': 'Framework table',
  'compliance-mappings': 'Compliance Mappings table',
  inline: 'inline line',
};

export const rule: Rule = {
  meta: {
    id: 'mapping-sources-disagree',
    description: 'A control that states one framework in several places gives the same IDs in each.',
    severity: 'warning',
    docs: 'Guides may map a control in a `| Framework | Control |` table, a `#### Compliance Mappings` table and inline `**NIST 800-53:**` lines. When two of these list different IDs for one framework, readers cannot tell which is meant; about 3 in 10 real controls with two sources disagree. Catalogued frameworks are compared on normalized IDs (`AC-02` equals `AC-2`); an uncatalogued framework is compared only when every entry is one ID-like token (`1.1.3`, `MS.AAD.3.1v1`, abbreviations completed), since free text such as SLSA levels with notes has no form to compare.',
    reads: ['Per control and framework (catalogued, or uncatalogued with single-token IDs), the normalized IDs of its `| Framework | Control |` table, its `#### Compliance Mappings` table or bullets, and its inline lines, compared as sets'],
    ignores: ['Uncatalogued frameworks whose entries are free text (`Build L2 (Build as Code)` vs `Build L2+`)', 'Order and repetition of IDs', 'Names after IDs', 'Text that is not an ID (`mapping-text-unparsed`)', 'Quick-reference tables'],
  },
  check(context) {
    for (const control of context.guide.controls) {
      const byFramework = new Map<string, Map<MappingSource, FrameworkMapping[]>>();
      for (const mapping of control.mappings) {
        const sources = byFramework.get(mapping.framework) ?? new Map<MappingSource, FrameworkMapping[]>();
        sources.set(mapping.source, [...(sources.get(mapping.source) ?? []), mapping]);
        byFramework.set(mapping.framework, sources);
      }
      for (const [framework, sources] of byFramework) {
        // Uncatalogued entries are compared only when every one is a single ID-like token (`1.1.3`,
        // `MS.AAD.3.1v1`): free text (`Build L2 (Build as Code)` vs `Build L2+`) has no form to compare.
        if (!frameworkInfo(framework)?.catalogued && ![...sources.values()].flat().every((m) => /^[\w.()-]+$/.test(m.id))) continue;
        const entries = [...sources.entries()];
        const [firstSource, firstMappings] = entries[0] ?? [];
        if (!firstSource || !firstMappings) continue;
        const reference = new Set(firstMappings.map((m) => m.id));
        for (const [source, mappings] of entries.slice(1)) {
          const ids = new Set(mappings.map((m) => m.id));
          const missing = [...reference].filter((id) => !ids.has(id));
          const extra = [...ids].filter((id) => !reference.has(id));
          if (missing.length === 0 && extra.length === 0) continue;
          const first = mappings[0];
          if (!first) continue;
          context.report({
            message: `Unexpected ${frameworkName(framework)} IDs in the ${SOURCE_NAMES[source]} of control ${control.number}: ${[...ids].join(', ')}, expected the same as its ${SOURCE_NAMES[firstSource]}: ${[...reference].join(', ')}`,
            place: { start: first.labelPosition.start, end: (mappings.at(-1) ?? first).position.end },
            actual: [...ids].join(', '),
            expected: [...reference],
            cause: { message: `${SOURCE_NAMES[firstSource]} lists ${[...reference].join(', ')}`, place: firstMappings[0]?.labelPosition ?? first.labelPosition },
          });
        }
      }
    }
  },
};
