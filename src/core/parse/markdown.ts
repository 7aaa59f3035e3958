import type { Root, RootContent } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { definitionLines, splitAtHeadings } from './split.ts';

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

/**
 * micromark drops a leading BOM and counts offsets after it, so a text that still starts with one
 * (a file with two: decodeSource removed the first) had every position one character early and
 * `fix` cut tables one character short (found by fuzzing). Give micromark a BOM of its own to drop.
 */
const parse = (text: string): Root => processor.parse(text.charCodeAt(0) === 0xfeff ? `\uFEFF${text}` : text);

/** Beyond this many definitions, appending them to every run would cost more than it saves. */
const MAX_SHARED_DEFINITIONS = 200;

/** Markdown text to mdast with positions. The only Markdown parse hardmap performs per file. */
export function parseMarkdown(text: string): Root {
  const definitions = definitionLines(text);
  const starts = definitions.length > MAX_SHARED_DEFINITIONS ? [0] : splitAtHeadings(text);
  if (starts.length === 1) return parse(text);
  const suffix = definitions.length > 0 ? `\n\n${definitions.join('\n')}\n` : '';
  const children: RootContent[] = [];
  let line = 1;
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index] ?? 0;
    const end = starts[index + 1] ?? text.length;
    const run = text.slice(start, end);
    const tree = parse(run + suffix);
    for (const node of tree.children) {
      // Definitions appended for reference resolution sit past the run; drop them.
      if ((node.position?.start.offset ?? 0) >= run.length) continue;
      shift(node, start, line - 1);
      children.push(node);
    }
    line += countNewlines(run);
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text, line) } };
}

function shift(node: { position?: { start: { line: number; offset?: number | undefined }; end: { line: number; offset?: number | undefined } } | undefined; children?: unknown[] }, offset: number, lines: number): void {
  const stack: Array<typeof node> = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current) continue;
    if (current.position) {
      current.position.start.line += lines;
      current.position.end.line += lines;
      if (current.position.start.offset !== undefined) current.position.start.offset += offset;
      if (current.position.end.offset !== undefined) current.position.end.offset += offset;
    }
    if (current.children) stack.push(...(current.children as Array<typeof node>));
  }
}

function countNewlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

function endPoint(text: string, lastLine: number): { line: number; column: number; offset: number } {
  const lastBreak = text.lastIndexOf('\n');
  return { line: lastLine, column: text.length - lastBreak, offset: text.length };
}
