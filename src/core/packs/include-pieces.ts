import type { Include } from '../model/include.ts';
import type { HtmlIndex } from '../render/html.ts';

const TAG = /\{%-?[\s\S]*?-?%\}/g;

/**
 * The rendered pieces (top-level blocks) that consist of `pack-code` includes and nothing else,
 * each with its includes in order: a paragraph of one include, or of several on consecutive lines.
 * These are the pieces the site replaces by pack code; an include sharing a paragraph with prose
 * stays text, since replacing the paragraph would drop the prose.
 */
export function includePieces(index: HtmlIndex, includes: readonly Include[]): Map<number, Include[]> {
  const found = new Map<number, Include[]>();
  const pack = includes.filter((include) => include.pack && !include.inHeading);
  if (pack.length === 0) return found;
  for (const piece of index) {
    const inside = pack.filter((include) => include.position.start.offset >= piece.start && include.position.end.offset <= piece.end);
    if (inside.length === 0) continue;
    const rest = piece.html.replace(/^<p>/, '').replace(/<\/p>$/, '').replace(TAG, '');
    if (rest.trim() === '' && (piece.html.match(TAG)?.length ?? 0) === inside.length) found.set(piece.start, inside);
  }
  return found;
}
