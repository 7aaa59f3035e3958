import { anchorTarget, isBrokenInPageLink } from '../anchor-target.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'anchor-broken',
    description: 'In-page `#anchor` links point at a heading of the guide.',
    severity: 'error',
    fix: 'anchor-repair',
    docs: 'Anchors follow GitHub\'s rules: lowercase, punctuation other than `-` and `_` dropped, spaces become `-` (so `&` between spaces gives `--`), repeats get `-1`, `-2`. Checked in the table of contents and body text; quick-reference Guide Section links are checked by `quickref-section-unresolved`, which says which control they should point at. The "did you mean" names a renamed control when the link names one by number (its text `1.1`, or the anchor\'s prefix `#11-`), else the nearest heading anchor at most half the anchor\'s length away; `hardmap fix` writes exactly that anchor, and leaves links without a suggestion alone.',
    reads: ['Links whose URL starts with `#` in the table of contents and body text', 'The anchor of every heading, made as GitHub makes it (a Liquid tag on the heading line does not count, a space before it does)'],
    ignores: ['Links in the Compliance Quick Reference (`quickref-section-unresolved` checks them)', 'Links to other guides (`cross-guide-anchor`) and to external pages', 'Empty fragments (`#`)'],
  },
  check(context) {
    const anchors = new Set(context.guide.headings.map((heading) => heading.anchor));
    for (const link of context.guide.links) {
      if (!isBrokenInPageLink(link, anchors)) continue;
      const target = anchorTarget(context.guide, link);
      const where = link.context === 'toc' ? 'table of contents' : 'text';
      context.report({
        message: `Unexpected link to \`#${link.anchor}\` in the ${where}: no heading has that anchor${target ? `, did you mean \`#${target}\`?` : ''}`,
        place: link.position,
        actual: link.anchor,
        ...(target ? { expected: [target] } : {}),
        fixable: target !== null,
      });
    }
  },
};
