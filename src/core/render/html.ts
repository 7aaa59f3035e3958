import type { Root as HastRoot } from 'hast';
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
  const mdast = parseMarkdown(markdown.replace(/^---\r?\n/, '\n---\n'));
  const hast = toHast(mdast, { allowDangerousHtml: true }) as HastRoot;
  return toHtml(sanitize(raw(hast), SCHEMA));
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
