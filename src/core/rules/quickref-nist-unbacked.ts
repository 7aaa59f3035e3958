import { NIST } from '../frameworks/registry.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'quickref-nist-unbacked',
    description: 'Every NIST ID in the quick reference is one the referenced control lists.',
    severity: 'error',
    fixable: true,
    docs: 'The quick reference summarizes the controls; it must not claim more than they do. A NIST row whose Guide Section points at a control that does not list that ID is reported with the control\'s own IDs. `hardmap fix` regenerates the quick reference from the controls.',
    reads: ['Rows of quick-reference NIST tables whose Guide Section resolves to a control, and that control\'s NIST mappings'],
    ignores: ['Rows whose Guide Section resolves to no control (`quickref-section-unresolved`)', 'Other frameworks\' tables'],
  },
  check(context) {
    const { guide } = context;
    const byNumber = new Map(guide.controls.map((control) => [control.number, control]));
    for (const table of guide.quickReference?.tables ?? []) {
      if (table.framework !== NIST) continue;
      for (const row of table.rows) {
        for (const ref of row.sections) {
          const control = ref.resolvedControl ? byNumber.get(ref.resolvedControl) : undefined;
          if (!control) continue;
          const own = [...new Set(control.mappings.filter((m) => m.framework === NIST).map((m) => m.id))];
          if (own.includes(row.id)) continue;
          context.report({
            message: `Unexpected NIST ID \`${row.id}\` in the quick-reference row for control ${control.number}: ${own.length > 0 ? `the control lists ${own.map((id) => `\`${id}\``).join(', ')}, expected one of those` : 'the control lists no NIST IDs, expected the control to declare it or the row to go'}`,
            place: row.frameworkId.position,
            actual: row.id,
            expected: own,
            cause: { message: `control ${control.number} "${control.title}"`, place: control.headingPosition },
          });
        }
      }
    }
  },
};
