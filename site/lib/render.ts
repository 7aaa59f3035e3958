import { htmlBetween, includePieces, renderMarkdown, type Block, type Guide, type HtmlIndex, type Include, type PackTree, type Runbook } from 'hardmap';
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
function withHeadingIds(html: string, block: Pick<Block, 'anchor' | 'position'>, guide: Guide): string {
  const start = block.position.start.offset;
  const end = block.position.end.offset;
  const anchors = guide.headings.filter((h) => h.position.start.offset >= start && h.position.start.offset < end && h.anchor !== block.anchor).map((h) => h.anchor);
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

/**
 * A block of a guide as safe HTML: the library rendered and sanitized it while parsing the file,
 * the site only picks the pieces inside the block's span and decorates them. Blocks always
 * start and end at block boundaries, so the pieces cover them exactly.
 */
export function renderBlock(block: Pick<Block, 'markdown' | 'anchor' | 'position'>, guide: Guide): string {
  return focusablePre(markLiquid(withHeadingIds(highlightFences(htmlOf(block, guide)), block, guide)));
}

/**
 * A block of a guide with its pack code: each paragraph of `pack-code` includes is replaced by the
 * pack excerpts they name (fenced code is highlighted as in renderBlock). Without packs (null) an
 * include stays marked as an include.
 */
export function renderBlockWithCode(block: Pick<Block, 'markdown' | 'anchor' | 'position'>, guide: Guide, packs: PackTree | null): string {
  const end = block.position.end.offset;
  const start = end - block.markdown.length;
  const index = indexes.get(guide);
  const pieces = index?.filter((piece) => piece.start >= start && piece.end <= end) ?? [];
  const replaced: Map<number, Include[]> = packs ? includePieces(pieces, guide.includes) : new Map();
  let html: string;
  if (!index || replaced.size === 0) html = htmlOf(block, guide);
  else {
    html = pieces.map((piece) => replaced.get(piece.start)?.map((include) => packIncludeHtml(include, packs)).join('\n') ?? piece.html).join('\n');
  }
  return focusablePre(markLiquid(withHeadingIds(highlightFences(html), block, guide)));
}

/** A section of a runbook. */
export function renderRunbookBlock(block: Pick<Block, 'markdown' | 'position'>, runbook: Runbook): string {
  return focusablePre(markLiquid(highlightFences(htmlOf(block, runbook))));
}
