import { htmlBetween, includePieces, renderMarkdown, type Block, type Control, type Guide, type HtmlIndex, type Include, type PackTree, type Runbook } from 'hardmap';
import { highlightFences } from './code-html.ts';
import { packIncludeHtml } from './pack-html.ts';

/**
 * Liquid includes (`{% include pack-code.html ... %}`) are kept by the model as opaque tags and
 * come out of the renderer as a paragraph of literal text. Mark them as what they are; the text
 * is already escaped by the renderer, so wrapping it adds no markup from the guide.
 */
function markLiquid(html: string): string {
  return html.replace(/<p>(\{%[^<]*%\})<\/p>/g, '<p class="code-pack"><span class="code-pack-label">Code pack include (published with the guide\'s code pack):</span> <code>$1</code></p>');
}

/**
 * Headings inside a block get the ids GitHub gives them, taken from the model (in document
 * order), so deep links into a guide keep working. When the counts disagree nothing is guessed.
 */
function withHeadingIds(html: string, span: { start: number; end: number; anchor: string }, guide: Guide): string {
  const { start, end } = span;
  const anchors = guide.headings.filter((h) => h.position.start.offset >= start && h.position.start.offset < end && h.anchor !== span.anchor).map((h) => h.anchor);
  const found = html.match(/<h[1-6]>/g) ?? [];
  if (anchors.length === 0 || found.length !== anchors.length) return html;
  let index = 0;
  return html.replace(/<h([1-6])>/g, (_, depth: string) => `<h${depth} id="${anchors[index++] ?? ''}">`);
}

/** Code blocks scroll sideways, so keyboard users must be able to focus them (WCAG 2.1.1). */
function focusablePre(html: string): string {
  return html.replace(/<pre>/g, '<pre tabindex="0">');
}

const indexes = new WeakMap<Guide | Runbook, HtmlIndex>();

/** Register a guide's or runbook's HTML, rendered by the library from the same parse as its model (site/lib/data.ts). */
export function useRenderedHtml(owner: Guide | Runbook, index: HtmlIndex): void {
  indexes.set(owner, index);
}

/** The pieces of the owner's HTML inside a block's span (the source slice is rendered only if none was registered). */
function htmlOf(block: Pick<Block, 'markdown' | 'position'>, owner: Guide | Runbook): string {
  const end = block.position.end.offset;
  const index = indexes.get(owner);
  return index ? htmlBetween(index, end - block.markdown.length, end) : renderMarkdown(block.markdown);
}

type Piece = HtmlIndex[number];

/** Whether the library's HTML of this guide or runbook was registered (the pages can then split blocks into pieces). */
export const hasRenderedHtml = (owner: Guide | Runbook): boolean => indexes.has(owner);

/** The owner's pieces that lie within [start, end), or null when no HTML was registered for it. */
export function piecesBetween(owner: Guide | Runbook, start: number, end: number): Piece[] | null {
  const index = indexes.get(owner);
  return index ? index.filter((piece) => piece.start >= start && piece.end <= end) : null;
}

/** Where a block's body starts: its markdown is the body only (the heading is the page's). */
export const bodyStart = (block: Pick<Block, 'markdown' | 'position'>): number => block.position.end.offset - block.markdown.length;

/** Fenced code highlighted, headings given their ids, pack includes marked, code blocks focusable: what every rendered part of a guide gets. */
function decorate(html: string, span: { start: number; end: number; anchor: string }, guide: Guide): string {
  return focusablePre(markLiquid(withHeadingIds(highlightFences(html), span, guide)));
}

/**
 * The pieces' HTML, without those `omit` drops, and with each paragraph of `pack-code` includes
 * replaced by the pack excerpts it names. Without packs (null) an include stays, marked as one.
 */
function piecesHtml(guide: Guide, pieces: Piece[], packs: PackTree | null, omit: (piece: Piece) => boolean): string {
  const replaced: Map<number, Include[]> = packs ? includePieces(pieces, guide.includes) : new Map();
  return pieces.filter((piece) => !omit(piece)).map((piece) => replaced.get(piece.start)?.map((include) => packIncludeHtml(include, packs)).join('\n') ?? piece.html).join('\n');
}

/** Safe HTML of the pieces in [start, end) of a guide, decorated as blocks are; `omit` drops pieces the page shows elsewhere. */
export function renderSpan(guide: Guide, start: number, end: number, anchor: string, omit: (piece: Piece) => boolean = () => false, packs: PackTree | null = null): string {
  const pieces = piecesBetween(guide, start, end);
  if (!pieces) return '';
  return decorate(piecesHtml(guide, pieces, packs, omit), { start, end, anchor }, guide);
}

/**
 * A block of a guide as safe HTML: the library rendered and sanitized it while parsing the file,
 * the site only picks the pieces inside the block's span and decorates them. Blocks always
 * start and end at block boundaries, so the pieces cover them exactly. `omit` drops pieces the
 * page shows elsewhere (the time-to-complete line, shown once in the card's facts); with `packs`,
 * each `pack-code` include renders the excerpts it names where it stands.
 */
export function renderBlock(block: Pick<Block, 'markdown' | 'anchor' | 'position'>, guide: Guide, omit?: (piece: Piece) => boolean, packs: PackTree | null = null): string {
  if ((omit || packs) && indexes.has(guide)) return renderSpan(guide, bodyStart(block), block.position.end.offset, block.anchor, omit, packs);
  return decorate(htmlOf(block, guide), { start: block.position.start.offset, end: block.position.end.offset, anchor: block.anchor }, guide);
}

const plainText = (html: string): string => html.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

/**
 * The piece that is nothing but the control's `**Time to Complete:** ...` line, or null. The model
 * reads that line into `timeToComplete` and the card shows it in its facts; the guide's own
 * paragraph then must not be rendered a second time. A line that shares its paragraph with other
 * text is not such a piece: the card then leaves the paragraph alone and shows no separate fact.
 */
export function timeToCompletePiece(guide: Guide, control: Pick<Control, 'timeToComplete' | 'position'>): Piece | null {
  const time = control.timeToComplete;
  if (!time) return null;
  const pieces = piecesBetween(guide, control.position.start.offset, control.position.end.offset) ?? [];
  const piece = pieces.find((p) => p.start <= time.position.start.offset && time.position.end.offset <= p.end);
  if (!piece || !/^<p>/.test(piece.html)) return null;
  const text = plainText(piece.html).toLowerCase();
  return /^time to complete\s*:?\s*/.test(text) && text.replace(/^time to complete\s*:?\s*/, '') === plainText(time.text).toLowerCase() ? piece : null;
}

/** A section of a runbook. */
export function renderRunbookBlock(block: Pick<Block, 'markdown' | 'position'>, runbook: Runbook): string {
  return focusablePre(markLiquid(highlightFences(htmlOf(block, runbook))));
}
