import { editDistance } from './frameworks/catalog.ts';
import type { Link } from './model/document.ts';
import type { Guide } from './model/guide.ts';

/** The in-page links whose anchor no heading of the guide has (`anchor-broken` reports them). */
export function isBrokenInPageLink(link: Link, anchors: ReadonlySet<string>): link is Link & { anchor: string } {
  return link.url.startsWith('#') && link.context !== 'quick-reference' && link.anchor !== null && link.anchor !== '' && !anchors.has(link.anchor);
}

/**
 * The anchor a broken in-page link most likely meant, or null. One answer for both the
 * `anchor-broken` "did you mean" and the `hardmap fix` anchor repair, so what the message proposes
 * is what the fix writes. First a control named by number, which was renamed: the link text
 * (`[1.1](#11-old-title)`) or the anchor's number prefix (`#11-`) names exactly one control. Else
 * the nearest heading anchor, when it is at most half the link's anchor away (fewer than 12 edits):
 * `#3-data-security-privacy` -> `#3-data-security--privacy`, not `#faq` -> `#overview`.
 */
export function anchorTarget(guide: Pick<Guide, 'controls' | 'headings'>, link: Link & { anchor: string }): string | null {
  const byText = /^\s*§?\s*((?:\d+|[A-Z])(?:\.\d+)+)\b/.exec(link.text)?.[1];
  const prefix = /^([0-9a-z]+)-/.exec(link.anchor)?.[1];
  const candidates = guide.controls.filter((control) => (byText ? control.number === byText : prefix !== undefined && control.anchor.startsWith(`${prefix}-`)));
  const control = candidates.length === 1 ? candidates[0] : undefined;
  if (control && (prefix === undefined || control.anchor.startsWith(`${prefix}-`))) return control.anchor;
  const limit = Math.min(12, Math.floor(link.anchor.length / 2) + 1);
  let best: { anchor: string; distance: number } | null = null;
  for (const { anchor } of guide.headings) {
    const distance = editDistance(link.anchor, anchor, limit);
    if (distance < limit && distance < (best?.distance ?? Number.POSITIVE_INFINITY)) best = { anchor, distance };
  }
  return best?.anchor ?? null;
}
