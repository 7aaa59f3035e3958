import type { Guide } from '../model/guide.ts';
import type { TextEdit } from './edits.ts';

/**
 * Edits for `#anchor` links that match no heading but name a control by number: the link text
 * (`[1.1](#11-old-title)`) or the anchor's number prefix (`#11-`) points at exactly one control,
 * which was renamed, so the link is pointed at its current anchor.
 */
export function anchorEdits(guide: Guide, text: string): TextEdit[] {
  const anchors = new Set(guide.headings.map((heading) => heading.anchor));
  const edits: TextEdit[] = [];
  for (const link of guide.links) {
    if (link.context === 'quick-reference' || !link.url.startsWith('#') || link.anchor === null || anchors.has(link.anchor)) continue;
    const byText = /^\s*§?\s*((?:\d+|[A-Z])(?:\.\d+)+)\b/.exec(link.text)?.[1];
    const prefix = /^([0-9a-z]+)-/.exec(link.anchor)?.[1];
    const candidates = guide.controls.filter((control) => (byText ? control.number === byText : prefix !== undefined && control.anchor.startsWith(`${prefix}-`)));
    const target = candidates.length === 1 ? candidates[0] : undefined;
    if (!target || (prefix !== undefined && !target.anchor.startsWith(`${prefix}-`))) continue;
    const source = text.slice(link.position.start.offset, link.position.end.offset);
    const at = source.lastIndexOf(`#${link.url.slice(1)}`);
    if (at === -1) continue;
    const start = link.position.start.offset + at + 1;
    edits.push({ start, end: start + link.url.length - 1, text: target.anchor, source: 'anchor-repair' });
  }
  return edits;
}
