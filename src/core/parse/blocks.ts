import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Block } from '../model/block.ts';
import { statusMark } from './heading.ts';
import type { Chunk } from './outline.ts';
import { chunkNodes } from './outline.ts';
import type { SourceText } from './source.ts';

/** Anchors of every heading node, computed once per file in document order. */
export type AnchorMap = ReadonlyMap<Heading, string>;

/** A chunk as a model Block: the Markdown after its heading, kept as written. */
export function blockOf(chunk: Chunk, source: SourceText, anchors: AnchorMap): Block {
  const body = chunkNodes(chunk).filter((node) => node !== chunk.heading);
  const first = chunk.heading ?? body[0];
  const last = body.at(-1) ?? chunk.heading;
  const start = first?.position?.start.offset ?? 0;
  const end = last?.position?.end.offset ?? start;
  const bodyStart = body[0]?.position?.start.offset ?? end;
  return {
    title: chunk.text,
    anchor: chunk.heading ? (anchors.get(chunk.heading) ?? '') : '',
    mark: chunk.heading ? statusMark(chunk.heading, source) : null,
    markdown: source.text.slice(bodyStart, end),
    text: body.map((node) => toString(node)).join('\n').trim(),
    position: source.position(start, end),
  };
}

/** A Block over an arbitrary run of nodes (no heading). */
export function blockOfNodes(nodes: RootContent[], source: SourceText): Block | null {
  const first = nodes[0];
  const last = nodes.at(-1);
  if (!first || !last) return null;
  const start = first.position?.start.offset ?? 0;
  const end = last.position?.end.offset ?? start;
  return {
    title: '',
    anchor: '',
    mark: null,
    markdown: source.text.slice(start, end),
    text: nodes.map((node) => toString(node)).join('\n').trim(),
    position: source.position(start, end),
  };
}

/** A `**Label:** value` line inside a paragraph, with offsets into the file. */
export interface LabelLine {
  label: string;
  labelStart: number;
  labelEnd: number;
  value: string;
  valueStart: number;
  valueEnd: number;
}

const LABEL_LINE = /^(\s*)\*\*([^*\n]+?)\*\*\s*:?\s*/;

/**
 * Split a paragraph's source into `**Label:** value` lines. Guides often stack several such
 * lines in one paragraph (`**Profile Level:**`, `**NIST 800-53:**`), so this reads the source
 * line by line rather than the mdast inline tree.
 */
export function labelLines(node: RootContent, source: SourceText): LabelLine[] {
  if (node.type !== 'paragraph') return [];
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const text = source.text.slice(start, end);
  const lines: LabelLine[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const match = LABEL_LINE.exec(line);
    if (match) {
      const rawLabel = match[2] ?? '';
      const colonInside = rawLabel.trimEnd().endsWith(':');
      const label = rawLabel.replace(/:\s*$/, '').trim();
      const hasColon = colonInside || /^\*\*[^*]+\*\*\s*:/.test(line.slice(match[1]?.length ?? 0));
      if (hasColon) {
        const labelStart = start + lineStart + (match[1]?.length ?? 0);
        const valueOffset = match[0].length;
        const value = line.slice(valueOffset).replace(/\s+$/, '');
        lines.push({
          label,
          labelStart,
          labelEnd: labelStart + 2 + rawLabel.length + 2,
          value,
          valueStart: start + lineStart + valueOffset,
          valueEnd: start + lineStart + valueOffset + value.length,
        });
      }
    }
    lineStart += line.length + 1;
  }
  return lines;
}
