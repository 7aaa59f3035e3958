/**
 * Text from frontmatter (a vendor name) placed inside a line of Markdown, shown literally: the
 * marks that start inline markup there (emphasis, code, links, raw HTML, table cells, entities)
 * are backslash-escaped. Block markers (`#`, `-`, `1.`) need nothing, since the text never
 * starts a line, and ordinary names (`AWS IAM`, `Monday.com`, `AT&T`) come out unchanged.
 */
export function literalMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]|&(?=#?\w+;)/g, (c) => `\\${c}`);
}
