import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Reference } from '../model/document.ts';
import type { SectionChunk } from './outline.ts';
import type { SourceText } from './source.ts';
import { positionOf } from './source.ts';

/** List items of a References section, grouped under the bold paragraph that precedes them. */
export function parseReferences(section: SectionChunk, source: SourceText): Reference[] {
  const references: Reference[] = [];
  let group: string | null = null;
  const nodes: RootContent[] = [...section.nodes, ...section.entries.flatMap((entry) => (entry.heading ? [entry.heading, ...entry.nodes] : entry.nodes))];
  for (const node of nodes) {
    if (node.type === 'paragraph' || node.type === 'heading') {
      group = toString(node).replace(/:\s*$/, '').trim() || group;
    } else if (node.type === 'list') {
      collect(node, group, source, references);
    }
  }
  return references;
}

function collect(list: List, group: string | null, source: SourceText, into: Reference[]): void {
  for (const item of list.children) {
    const link = findLink(item);
    into.push({ group, text: toString(item.children[0] ?? item).trim(), url: link, position: positionOf(item, source) });
  }
}

function findLink(node: { children?: unknown[]; type?: string; url?: string }): string | null {
  if (node.type === 'link' && typeof node.url === 'string') return node.url;
  for (const child of (node.children ?? []) as Array<{ children?: unknown[]; type?: string; url?: string }>) {
    const found = findLink(child);
    if (found) return found;
  }
  return null;
}
