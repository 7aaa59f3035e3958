import type { Root } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * Only GFM tables, not all of GFM: guides need tables, and the autolink-literal and footnote
 * extensions roughly double parse time on real guides (measured in bench/).
 */
function remarkGfmTable(this: Processor): void {
  const data = this.data() as {
    micromarkExtensions?: unknown[];
    fromMarkdownExtensions?: unknown[];
  };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmTable);

/** Markdown text to mdast with positions. The only Markdown parse hardmap performs per file. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
