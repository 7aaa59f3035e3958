import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { CodeBlock } from '../model/block.ts';
import type { SourceText } from './source.ts';
import { positionOf } from './source.ts';

const LIQUID = /^\{%-?\s*[\s\S]*?-?%\}$/;
const PARAM = /([\w-]+)\s*=\s*"([^"]*)"/g;

/** Fenced code and Liquid includes anywhere in a control, kept verbatim. */
export function codeBlocks(nodes: RootContent[], source: SourceText): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  for (const node of nodes) {
    if (node.type === 'code') {
      blocks.push({ kind: 'fenced', lang: node.lang ?? null, value: node.value, position: positionOf(node, source) });
    } else if (node.type === 'paragraph') {
      const text = toString(node).trim();
      if (LIQUID.test(text)) {
        const params: Record<string, string> = {};
        for (const match of text.matchAll(PARAM)) params[match[1] ?? ''] = match[2] ?? '';
        blocks.push({ kind: 'liquid', value: source.slice(positionOf(node, source)), params, position: positionOf(node, source) });
      }
    }
  }
  return blocks;
}
