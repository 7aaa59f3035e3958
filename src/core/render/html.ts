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
  dropHeadingLiquid(hast);
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

type Node = { type: string; tagName?: string; children?: unknown[]; value?: string };

/**
 * Liquid tags on a heading line (`{% include status-mark.html ... %}`) are Jekyll's, not text to
 * show. A tag can span several nodes (an argument with inline markup), so the heading's inline
 * nodes are read in order and everything from `{%` to `%}` is dropped.
 */
function dropHeadingLiquid(node: Node): void {
  if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '')) {
    if (!node.children?.some((child) => JSON.stringify(child).includes('{%'))) return;
    node.children = withoutLiquid(node.children as Node[], { inside: false });
    const last = node.children.at(-1) as Node | undefined;
    if (last?.type === 'text') last.value = last.value?.trimEnd() ?? '';
    return;
  }
  for (const child of node.children ?? []) dropHeadingLiquid(child as Node);
}

function withoutLiquid(children: Node[], state: { inside: boolean }): Node[] {
  return children.flatMap((child): Node[] => {
    if (child.type === 'text') {
      let rest = child.value ?? '';
      let kept = '';
      while (rest) {
        const at = rest.indexOf(state.inside ? '%}' : '{%');
        if (!state.inside) kept += at === -1 ? rest : rest.slice(0, at);
        if (at === -1) break;
        rest = rest.slice(at + 2);
        state.inside = !state.inside;
      }
      return kept ? [{ ...child, value: kept }] : [];
    }
    const inside = state.inside;
    if (child.children) child.children = withoutLiquid(child.children as Node[], state);
    return inside ? [] : [child];
  });
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
