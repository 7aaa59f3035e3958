import { NIST } from '../frameworks/registry.ts';
import { ownIds, rowControls, tablesOf } from './quickref-rows.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'quickref-section-unrelated',
    description: 'Each control a NIST quick-reference row points at lists at least one of the row\'s IDs.',
    severity: 'warning',
    fix: 'quickref-regenerate',
    docs: 'A row with several Guide Sections (`| AC-11, AC-12 | Sessions | [2.6](#26-...), [3.5](#35-...) |`) claims its IDs for those controls together, so an ID only one of them lists is fine. A control of the row that lists none of the row\'s IDs, nor an enhancement or base of one, is reported: the link is probably meant for another row. Rows with one section are left to `quickref-nist-unbacked`, which already says what that control lists.',
    reads: ['NIST quick-reference rows whose sections resolve to two or more controls', 'Each of those controls\' NIST IDs, with the base and enhancements of each'],
    ignores: ['Rows with one section', 'Family-summary entries that claim the whole guide', 'Sections resolving to a heading that is not a control, to another guide, or to nothing', 'Other frameworks\' tables'],
  },
  check(context) {
    const { guide } = context;
    for (const table of tablesOf(guide, NIST)) {
      for (const row of table.rows) {
        if (row.scope !== 'sections') continue;
        const controls = rowControls(row, guide);
        const ids = [...new Set(row.ids.filter((id) => id.shaped).map((id) => id.id))];
        if (controls.length < 2 || ids.length === 0) continue;
        for (const control of controls) {
          const own = ownIds(control, NIST);
          // A control that lists an enhancement of a row's ID (or the base of one) is about it too.
          if (ids.some((id) => own.some((mine) => baseOf(mine) === baseOf(id)))) continue;
          const ref = row.sections.find((section) => section.resolvedControl === control.number);
          if (!ref) continue;
          context.report({
            message: `Unexpected section ${control.number} in the quick-reference row for ${ids.map((id) => `\`${id}\``).join(', ')}: control ${control.number} lists ${own.length > 0 ? own.map((id) => `\`${id}\``).join(', ') : 'no NIST IDs'}, expected a control that lists one of the row's IDs`,
            place: ref.position,
            actual: control.number,
            cause: { message: `control ${control.number} "${control.title}"`, place: control.headingPosition },
          });
        }
      }
    }
  },
};

function baseOf(id: string): string {
  return id.replace(/\(\d+\)$/, '');
}
