import { renderMarkdown, type Block, type Guide } from 'hardmap';

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

const rendered = new Map<string, string>();

/**
 * A block of a guide as safe HTML: the library sanitizes, the site only decorates. Cached per
 * build, since a control's blocks appear on the guide page and again on the control's own page.
 */
export function renderBlock(block: Pick<Block, 'markdown' | 'anchor' | 'position'>, guide: Guide): string {
  const key = `${guide.slug}\u0000${block.anchor}\u0000${block.position.start.offset}\u0000${block.position.end.offset}\u0000${block.markdown}`;
  let html = rendered.get(key);
  if (html === undefined) {
    html = focusablePre(markLiquid(withHeadingIds(renderMarkdown(block.markdown), block, guide)));
    rendered.set(key, html);
  }
  return html;
}

/** A Markdown fragment that is not a block of a guide (runbook sections). */
export function renderFragment(markdown: string): string {
  return focusablePre(markLiquid(renderMarkdown(markdown)));
}
