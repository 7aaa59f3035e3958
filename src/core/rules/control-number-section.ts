import { numberedEntries } from './numbered-entries.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'control-number-section',
    description: 'A control number starts with the number of the section it sits under.',
    severity: 'warning',
    docs: 'Control `3.2` belongs under `## 3. ...`. A mismatch usually means a control was moved without being renumbered.',
    reads: ['Each control\'s and numbered note\'s number, and the number of the `##` section it sits under'],
    ignores: ['Unnumbered sections (Overview, References)', 'Numbers that are not dotted (`1-3`, reported by `control-number-invalid`)'],
  },
  check(context) {
    for (const entry of numberedEntries(context.guide)) {
      // A number that is not dotted (`1-3`) is reported by control-number-invalid.
      if (entry.sectionNumber === null || !entry.number.includes('.')) continue;
      const prefix = entry.number.split('.')[0];
      if (prefix !== entry.sectionNumber) {
        context.report({ message: `Unexpected control number \`${entry.number}\` under section ${entry.sectionNumber}, expected \`${entry.sectionNumber}.N\``, place: entry.place, actual: entry.number, expected: [`${entry.sectionNumber}.N`] });
      }
    }
  },
};
