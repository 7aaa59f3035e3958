import { editDistance } from '../frameworks/catalog.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'anchor-broken',
    description: 'In-page `#anchor` links point at a heading of the guide.',
    severity: 'error',
    docs: 'Anchors follow GitHub\'s rules: lowercase, punctuation other than `-` and `_` dropped, spaces become `-` (so `&` between spaces gives `--`), repeats get `-1`, `-2`. Checked in the table of contents and body text; quick-reference Guide Section links are checked by `quickref-section-unresolved`, which says which control they should point at.',
    reads: ['Links whose URL starts with `#` in the table of contents and body text', 'The anchor of every heading, made as GitHub makes it (a Liquid tag on the heading line does not count, a space before it does)'],
    ignores: ['Links in the Compliance Quick Reference (`quickref-section-unresolved` checks them)', 'Links to other guides (`cross-guide-anchor`) and to external pages', 'Empty fragments (`#`)'],
  },
  check(context) {
    const anchors = new Set(context.guide.headings.map((heading) => heading.anchor));
    for (const link of context.guide.links) {
      if (!link.url.startsWith('#') || link.context === 'quick-reference' || link.anchor === null || link.anchor === '' || anchors.has(link.anchor)) continue;
      const nearest = [...anchors].map((anchor) => [editDistance(link.anchor ?? '', anchor, 12), anchor] as const).filter(([distance]) => distance < 12).sort((a, b) => a[0] - b[0])[0];
      const where = link.context === 'toc' ? 'table of contents' : 'text';
      context.report({
        message: `Unexpected link to \`#${link.anchor}\` in the ${where}: no heading has that anchor${nearest ? `, did you mean \`#${nearest[1]}\`?` : ''}`,
        place: link.position,
        actual: link.anchor,
        ...(nearest ? { expected: [nearest[1]] } : {}),
      });
    }
  },
};
