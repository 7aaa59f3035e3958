import { NIST } from '../frameworks/registry.ts';
import { rowControls, tablesOf } from './quickref-rows.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'quickref-nist-missing',
    description: 'A complete quick reference (one `hardmap fix` generated, or any with `quickref: complete`) lists every NIST ID of every control.',
    severity: 'warning',
    fix: 'quickref-regenerate',
    docs: 'Across 130 real guides, hand-written quick references keep a hand-picked subset of the NIST mappings their controls declare, and that is a choice, not a defect. So a quick reference is *curated* unless `hardmap fix` generated it (it carries the marker comment `<!-- hardmap: generated ... -->`) or hardmap.config sets `"quickref": "complete"`; only a complete one must have a row for each (NIST ID, control) pair, and only then is a missing pair reported. `"quickref": "curated"` turns the check off even for generated ones. `hardmap fix` regenerates a complete quick reference.',
    reads: ['Complete quick references only: generated ones (marker comment) in `auto` mode, or all with `quickref: complete`', 'NIST tables (ID-first, matrix columns, family summaries): every ID of a row against every control its sections resolve to', 'Each control\'s current, catalogued NIST 800-53 IDs'],
    ignores: ['Hand-written (curated) quick references in `auto` mode, and everything with `quickref: curated`', 'Withdrawn and unknown NIST IDs', 'Other frameworks\' tables'],
  },
  check(context) {
    const { guide } = context;
    const mode = context.options.quickref;
    if (!guide.quickReference || mode === 'curated' || (mode === 'auto' && !guide.quickReference.generated)) return;
    const listed = new Set<string>();
    for (const table of tablesOf(guide, NIST)) {
      for (const row of table.rows) for (const control of rowControls(row, guide)) for (const id of row.ids) listed.add(`${id.id}\u0000${control.number}`);
    }
    for (const control of guide.controls) {
      const seen = new Set<string>();
      for (const mapping of control.mappings) {
        // Unknown and withdrawn IDs have their own rules and never belong in a generated quick reference.
        if (mapping.framework !== NIST || seen.has(mapping.id) || context.catalogs.get(NIST)?.entries.get(mapping.id)?.withdrawn !== false) continue;
        seen.add(mapping.id);
        if (listed.has(`${mapping.id}\u0000${control.number}`)) continue;
        context.report({
          message: `Missing quick-reference row for NIST \`${mapping.id}\` of control ${control.number}, expected a row in the NIST 800-53 table of this ${guide.quickReference.generated ? 'generated' : 'complete'} quick reference (\`hardmap fix\` adds it)`,
          place: mapping.position,
          actual: mapping.id,
          cause: { message: 'quick reference', place: guide.quickReference.position },
        });
      }
    }
  },
};
