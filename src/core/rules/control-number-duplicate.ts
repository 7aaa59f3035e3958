import { numberedEntries } from './numbered-entries.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'control-number-duplicate',
    description: 'Each control number is used once.',
    severity: 'error',
    docs: 'Two headings with the same number make quick-reference rows, permalinks (`/guides/<slug>/<number>/`) and exports ambiguous.',
    reads: ['Numbers of controls and of numbered reference notes, in document order'],
    ignores: ['Unnumbered `###` entries', 'Headings in the Compliance Quick Reference'],
  },
  check(context) {
    const first = new Map<string, ReturnType<typeof numberedEntries>[number]>();
    for (const entry of numberedEntries(context.guide)) {
      const earlier = first.get(entry.number);
      if (earlier) {
        context.report({
          message: `Unexpected duplicate control number \`${entry.number}\`, expected each number once`,
          place: entry.place,
          actual: entry.number,
          cause: { message: `\`${entry.number}\` first used here`, place: earlier.place },
        });
      } else first.set(entry.number, entry);
    }
  },
};
