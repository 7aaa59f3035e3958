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
