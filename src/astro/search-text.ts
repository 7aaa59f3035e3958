/**
 * A value handed to Pagefind as a filter or meta value. Pagefind decodes character references in
 * filter values (twice, as measured with 1.6: `&amp;lt;b&amp;gt;` in the HTML comes back as `<b>`),
 * and its default UI writes filter names and values into the page as HTML (`{@html value}` in
 * filters.svelte). No escaping survives an unknown number of decodings, so the three characters
 * markup and references are made of never reach it: `<` `>` `&` become their look-alikes `‹` `›`
 * `＆`, which show as the text they stand for and are never markup. Controls and line breaks
 * become spaces. The page itself shows the value exactly (Astro escapes text).
 */
export function searchText(text: string, max = 300): string {
  const plain = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/</g, '\u2039')
    .replace(/>/g, '\u203a')
    .replace(/&/g, '\uff06')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}
