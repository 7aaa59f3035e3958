import { anchorTarget, isBrokenInPageLink } from '../anchor-target.ts';
import type { Guide } from '../model/guide.ts';
import type { TextEdit } from './edits.ts';

/**
 * Edits for the `anchor-broken` findings: each broken in-page link is pointed at the anchor the
 * rule's "did you mean" names (see anchorTarget), and links without one are left as they are.
 */
export function anchorEdits(guide: Guide, text: string): TextEdit[] {
  const anchors = new Set(guide.headings.map((heading) => heading.anchor));
  const edits: TextEdit[] = [];
  for (const link of guide.links) {
    if (!isBrokenInPageLink(link, anchors)) continue;
    const target = anchorTarget(guide, link);
    if (target === null) continue;
    const source = text.slice(link.position.start.offset, link.position.end.offset);
    const at = source.lastIndexOf(`#${link.url.slice(1)}`);
    if (at === -1) continue;
    const start = link.position.start.offset + at + 1;
    edits.push({ start, end: start + link.url.length - 1, text: target, source: 'anchor-repair' });
  }
  return edits;
}
