import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'quickref-section-unresolved',
    description: 'Every quick-reference Guide Section points at a control of the guide.',
    severity: 'error',
    fixable: true,
    docs: 'A Guide Section cell is a link to a control\'s anchor (`[1.1](#11-configure-sso)`) or a bare control number (`1.1`). When the control was renamed, the anchor goes stale; when it was moved or deleted, the number points nowhere. `hardmap fix` regenerates the quick reference from the controls.',
    reads: ['Guide Section cells of every quick-reference table: links to `#anchor` and bare control numbers'],
    ignores: ['References that resolve to a control'],
  },
  check(context) {
    const { guide } = context;
    const byNumber = new Map(guide.controls.map((control) => [control.number, control]));
    for (const table of guide.quickReference?.tables ?? []) {
      for (const row of table.rows) {
        for (const ref of row.sections) {
          if (ref.resolvedControl !== null) continue;
          const sameNumber = ref.number ? byNumber.get(ref.number) : undefined;
          const expected = sameNumber ? `#${sameNumber.anchor}` : null;
          const what = ref.anchor !== null ? `link to \`#${ref.anchor}\`` : `section \`${ref.text.trim()}\``;
          context.report({
            message: `Unexpected ${what} in the ${table.heading || 'quick reference'} row for \`${row.frameworkId.text.trim()}\`: it resolves to no control${sameNumber ? `, expected \`${expected}\` (control ${sameNumber.number} is now titled "${sameNumber.title}")` : ', expected a control number or anchor that exists'}`,
            place: ref.position,
            actual: ref.anchor ?? ref.text,
            ...(expected ? { expected: [expected] } : {}),
          });
        }
      }
    }
  },
};
