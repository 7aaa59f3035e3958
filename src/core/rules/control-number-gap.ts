import { numberedEntries } from './numbered-entries.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'control-number-gap',
    description: 'Control numbers within a section run 1, 2, 3 without gaps.',
    severity: 'warning',
    docs: 'A gap (1.1, 1.2, 1.4) usually means a control was deleted or moved and links to it now point nowhere. Nested numbers (2.1.1) are counted under their parent.',
    reads: ['Numbers of controls and numbered notes, per parent (`2.1.1` under `2.1`); a letter suffix (`1.2a`) counts as its number'],
    ignores: ['Repeated numbers (`control-number-duplicate`)', 'Numbers that are not dotted integers (`1-3`, reported by `control-number-invalid`)', 'Numbers lower than one already seen'],
  },
  check(context) {
    const last = new Map<string, number>();
    const seen = new Set<string>();
    for (const entry of numberedEntries(context.guide)) {
      if (seen.has(entry.number)) continue;
      seen.add(entry.number);
      const parts = entry.number.split('.');
      const parent = parts.slice(0, -1).join('.');
      // `1.2a` is counted as 2: it sits between 1.2 and 1.3.
      const current = Number(/^(\d+)[a-z]?$/i.exec(parts.at(-1) ?? '')?.[1] ?? NaN);
      if (!Number.isInteger(current)) continue;
      const previous = last.get(parent) ?? 0;
      if (current !== previous + 1 && current > previous) {
        const expected = `${parent}.${previous + 1}`;
        context.report({ message: `Unexpected control number \`${entry.number}\` after ${previous === 0 ? `the start of ${parent}` : `\`${parent}.${previous}\``}, expected \`${expected}\``, place: entry.place, actual: entry.number, expected: [expected] });
      }
      last.set(parent, Math.max(previous, current));
    }
  },
};
