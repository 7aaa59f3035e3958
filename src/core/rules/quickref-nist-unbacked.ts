import { NIST } from '../frameworks/registry.ts';
import { ownIds, rowControls, tablesOf } from './quickref-rows.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'quickref-nist-unbacked',
    description: 'Every NIST ID in the quick reference is listed by one of the controls its row points at.',
    severity: 'error',
    fix: 'quickref-regenerate',
    docs: 'The quick reference summarizes the controls; it must not claim more than they do. A row claims that its IDs are implemented by its Guide Section controls together (`| AU-2 / AU-6 | Audit logging | 5.1, 5.2 |`): an ID that none of those controls lists is reported, with the IDs they do list. A family summary entry without a section (`Audit | AU-2, AU-6`) claims the ID for the guide: it is reported when no control of the guide lists it. `hardmap fix` regenerates the quick reference from the controls.',
    reads: ['NIST quick-reference tables read by header: ID-first, matrix columns (`| Control | SOC 2 | NIST 800-53 |`), family summaries', 'Every ID-shaped token of a row (`AU-2 / AU-6`, `AC-11, AC-12`), against the NIST IDs of all the controls its sections resolve to, together', 'Family-summary IDs without a section, against every control of the guide'],
    ignores: ['Titles, family names and other text in ID cells', 'Sections that resolve to a heading that is not a control, to another guide, or to nothing (`quickref-section-unresolved`)', 'Other frameworks\' tables'],
  },
  check(context) {
    const { guide } = context;
    for (const table of tablesOf(guide, NIST)) {
      for (const row of table.rows) {
        const controls = rowControls(row, guide);
        // A row that points only at headings that are not controls, or at other guides, claims nothing checkable here.
        if (controls.length === 0) continue;
        const listed = new Set(controls.flatMap((control) => ownIds(control, NIST)));
        for (const id of row.ids) {
          if (!id.shaped || listed.has(id.id)) continue;
          const [first] = controls;
          if (!first) continue;
          const what = row.scope === 'guide' ? 'no control of the guide lists it' : controls.length === 1 ? listing(first.number, ownIds(first, NIST)) : `none of controls ${controls.map((c) => c.number).join(', ')} lists it (they list ${[...listed].map((i) => `\`${i}\``).join(', ') || 'no NIST IDs'})`;
          context.report({
            message: `Unexpected NIST ID \`${id.id}\` in the quick-reference row for ${row.scope === 'guide' ? `the ${row.label || 'family'} summary` : `control${controls.length > 1 ? 's' : ''} ${controls.map((c) => c.number).join(', ')}`}: ${what}, expected ${row.scope === 'guide' ? 'a control that lists it or the entry to go' : listed.size > 0 ? 'one of those' : 'a control to declare it or the row to go'}`,
            place: id.position,
            actual: id.id,
            expected: [...listed],
            ...(row.scope === 'sections' ? { cause: { message: `control ${first.number} "${first.title}"`, place: first.headingPosition } } : {}),
          });
        }
      }
    }
  },
};

function listing(number: string, ids: string[]): string {
  return ids.length > 0 ? `control ${number} lists ${ids.map((id) => `\`${id}\``).join(', ')}` : `control ${number} lists no NIST IDs`;
}
