import type { Heading, Root, RootContent } from 'mdast';
import { headingText } from './heading.ts';

/** A heading and the block nodes that follow it until the next heading of the same or higher rank. */
export interface Chunk {
  heading: Heading | null;
  text: string;
  nodes: RootContent[];
}
export interface EntryChunk extends Chunk {
  subsections: Chunk[];
}
export interface SectionChunk extends Chunk {
  entries: EntryChunk[];
}

/**
 * Group the flat mdast children into `##` sections, `###` entries and `####` subsections.
 * Guides are flat documents, so one pass over the root's children is enough.
 */
export function outline(root: Root): { preamble: RootContent[]; sections: SectionChunk[] } {
  const preamble: RootContent[] = [];
  const sections: SectionChunk[] = [];
  let section: SectionChunk | null = null;
  let entry: EntryChunk | null = null;
  let subsection: Chunk | null = null;
  for (const node of root.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading' && node.depth <= 2) {
      section = { heading: node, text: headingText(node), nodes: [], entries: [] };
      sections.push(section);
      entry = null;
      subsection = null;
    } else if (node.type === 'heading' && node.depth === 3) {
      section ??= pushAnonymous(sections);
      entry = { heading: node, text: headingText(node), nodes: [], subsections: [] };
      section.entries.push(entry);
      subsection = null;
    } else if (node.type === 'heading' && node.depth === 4 && entry) {
      subsection = { heading: node, text: headingText(node), nodes: [] };
      entry.subsections.push(subsection);
    } else if (subsection) subsection.nodes.push(node);
    else if (entry) entry.nodes.push(node);
    else if (section) section.nodes.push(node);
    else preamble.push(node);
  }
  return { preamble, sections };
}

function pushAnonymous(sections: SectionChunk[]): SectionChunk {
  const section: SectionChunk = { heading: null, text: '', nodes: [], entries: [] };
  sections.push(section);
  return section;
}

export { headingText };

/** Every node of a chunk, heading included, in document order. */
export function chunkNodes(chunk: Chunk | EntryChunk | SectionChunk): RootContent[] {
  const own: RootContent[] = chunk.heading ? [chunk.heading, ...chunk.nodes] : [...chunk.nodes];
  if ('subsections' in chunk) for (const sub of chunk.subsections) own.push(...chunkNodes(sub));
  if ('entries' in chunk) for (const entry of chunk.entries) own.push(...chunkNodes(entry));
  return own;
}
