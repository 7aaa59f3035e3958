import type { ChangelogEntry } from '../model/document.ts';
import type { SectionChunk } from './outline.ts';
import type { SourceText } from './source.ts';
import { positionOf } from './source.ts';
import { bodyRows, cellText, headerKeys } from './table.ts';

/** The first table of the Changelog section with Date and Version columns. */
export function parseChangelog(section: SectionChunk, source: SourceText): ChangelogEntry[] {
  for (const node of [...section.nodes, ...section.entries.flatMap((entry) => entry.nodes)]) {
    if (node.type !== 'table') continue;
    const header = headerKeys(node);
    const column = (name: string): number => header.findIndex((key) => key === name || key.startsWith(name));
    const date = column('date');
    const version = column('version');
    if (date === -1 || version === -1) continue;
    return bodyRows(node).map((row) => {
      const cell = (index: number): ReturnType<typeof cellText> => cellText(index === -1 ? undefined : row.children[index], source);
      const located = (index: number): ChangelogEntry['date'] => {
        const found = cell(index);
        return { text: found.plain, position: index === -1 ? positionOf(row, source) : source.position(found.start, found.end) };
      };
      return {
        date: located(date),
        version: located(version),
        maturity: cell(column('maturity')).plain,
        changes: cell(column('change')).plain,
        author: cell(column('author')).plain,
        position: positionOf(row, source),
      };
    });
  }
  return [];
}
