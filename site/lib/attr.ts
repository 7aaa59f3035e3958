/**
 * Guide text placed in an attribute (meta description, Pagefind title). Astro escapes quotes and
 * ampersands there, which is enough for the browser, but markup-looking text from a pull request
 * would still sit in the HTML verbatim; dropping angle brackets keeps the built files plainly inert.
 */
export function plainAttr(text: string, max = 300): string {
  const plain = text.replace(/[<>]/g, '').replace(/\s+/g, ' ').trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

/** A stable, markup-free token for filter values (`Security & Compliance` -> `security-compliance`). */
export function token(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'none';
}

/** Number of category colours in site/styles/tokens.css (`--cat-0` … `--cat-7`). */
const CATEGORY_COLOURS = 8;

/**
 * A category's colour class, from its name alone (not its rank), so a guide keeps its colour
 * when other categories come and go. The colour only helps: the category is always written out.
 */
export function categoryClass(category: string): string {
  let hash = 0;
  for (const char of token(category)) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `cat-${hash % CATEGORY_COLOURS}`;
}
