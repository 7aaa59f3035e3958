import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'quickref-section-unresolved',
    description: 'Every quick-reference Guide Section points at a heading of the guide (a control or a numbered reference entry).',
    severity: 'error',
    fix: 'quickref-regenerate',
    docs: 'A Guide Section cell is a link to a control\'s anchor (`[1.1](#11-configure-sso)`) or a bare control number (`1.1`); a numbered entry that is not a control (`### 8.5 Environment-Specific Requirements`) is a valid target too, and links to other guides are checked by `cross-guide-anchor`. When the control was renamed, the anchor goes stale; when it was moved or deleted, the number points nowhere. `hardmap fix` regenerates the quick reference from the controls.',
    reads: ['Section columns (`Guide Section`, `Section`, a matrix\'s control column) of every quick-reference table: links to `#anchor`, links into this guide by URL, bare control numbers (`1.1`, `§2.3`)', 'Parenthesised sections of family summaries (`CM-7 (2.3)`)'],
    ignores: ['References that resolve to a control or to another heading of the guide', 'Links to other guides (`cross-guide-anchor` checks them)', 'Numbers inside other tokens: `GOVERN-1.4`, `v5.1.0`, `18.1v1`', 'Links to pages that are not guides', 'Free text (`Build info capture`)'],
  },
  check(context) {
    const { guide } = context;
    const byNumber = new Map(guide.controls.map((control) => [control.number, control]));
    // A matrix is one model table per framework column, all sharing the section cells: report each cell once.
    const seen = new Set<number>();
    for (const table of guide.quickReference?.tables ?? []) {
      for (const row of table.rows) {
        for (const ref of row.sections) {
          if (ref.target !== 'unresolved' || seen.has(ref.position.start.offset)) continue;
          seen.add(ref.position.start.offset);
          const sameNumber = ref.number ? byNumber.get(ref.number) : undefined;
          const expected = sameNumber ? `#${sameNumber.anchor}` : null;
          const what = ref.anchor !== null ? `link to \`#${ref.anchor}\`` : `section \`${ref.text.trim()}\``;
          context.report({
            message: `Unexpected ${what} in the ${table.heading || 'quick reference'} row for \`${row.frameworkId.text.trim()}\`: it resolves to no heading of this guide${sameNumber ? `, expected \`${expected}\` (control ${sameNumber.number} is now titled "${sameNumber.title}")` : ', expected a control number or anchor that exists'}`,
            place: ref.position,
            actual: ref.anchor ?? ref.text,
            ...(expected ? { expected: [expected] } : {}),
          });
        }
      }
    }
  },
};
