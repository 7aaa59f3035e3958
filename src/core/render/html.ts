import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { parseMarkdown } from '../parse/markdown.ts';

/**
 * GitHub's sanitization schema (no script, style, iframe, event handlers or `javascript:`/`data:`
 * URLs), minus `id` clobbering prefixes we do not need, plus `class` on code for language names.
 */
const SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
  // Only ours: the default `/^language-./` let a fence's info string (`\`\`\`<script>...`) through.
  attributes: { ...defaultSchema.attributes, code: [['className', /^language-[\w+#.-]+$/]] },
};

/**
 * A Markdown fragment of a guide (a control's description, steps, code) as safe HTML. Guides come
 * from pull requests by strangers, so raw HTML is kept only as far as the schema allows; the
 * site renders nothing else.
 */
export function renderMarkdown(markdown: string): string {
  const index = renderIndex(parseMarkdown(markdown.replace(/^---\r?\n/, '\n---\n')));
  return htmlBetween(index, 0, Number.POSITIVE_INFINITY);
}

/** Safe HTML of each top-level node of a document, with the source offsets it came from. */
export type HtmlIndex = Array<{ start: number; end: number; html: string }>;

/**
 * A whole parsed document as safe HTML, one piece per top-level node: any span of the file that
 * starts and ends at block boundaries (a control's description, a section) is then a run of
 * pieces, so the site renders from the tree the model was read from and never parses again.
 * Converted as one tree, so link references resolve against definitions anywhere in the file.
 */
export function renderIndex(root: MdastRoot): HtmlIndex {
  const hast = toHast(root, { allowDangerousHtml: true }) as HastRoot;
  const index: HtmlIndex = [];
  for (const child of hast.children) {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const html = toHtml(sanitize(raw({ type: 'root', children: [child] }), SCHEMA));
    if (html !== '') index.push({ start, end, html });
  }
  return index;
}

/** The pieces of `index` that lie within [start, end), joined as one fragment. */
export function htmlBetween(index: HtmlIndex, start: number, end: number): string {
  let low = 0;
  let high = index.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((index[middle]?.start ?? 0) < start) low = middle + 1;
    else high = middle;
  }
  const pieces: string[] = [];
  for (let at = low; at < index.length && (index[at]?.end ?? 0) <= end; at++) pieces.push(index[at]?.html ?? '');
  return pieces.join('\n');
}

/**
 * Raw HTML nodes become parsed elements only through a tiny tokenizer-free path: we drop them
 * unless they are plain inline tags the schema would keep anyway (`<br>`, `<b>`, `<i>`, `<code>`,
 * `<kbd>`, `<sup>`, `<sub>`), so no HTML parser has to be trusted with hostile input.
 */
function raw(tree: HastRoot): HastRoot {
  const SIMPLE = /^<(\/?)(br|b|i|em|strong|code|kbd|sup|sub)\s*\/?>$/i;
  const walk = (node: { type: string; children?: unknown[]; value?: string }): void => {
    if (!node.children) return;
    node.children = node.children.flatMap((child) => {
      const typed = child as { type: string; value?: string; children?: unknown[] };
      if (typed.type !== 'raw') {
        walk(typed);
        return [typed];
      }
      const match = SIMPLE.exec((typed.value ?? '').trim());
      if (!match || match[1]) return [];
      return [{ type: 'element', tagName: (match[2] ?? 'br').toLowerCase(), properties: {}, children: [] }];
    });
  };
  walk(tree);
  return tree;
}
