import type { Table } from 'mdast';
import { hasIdGrammar, parseIdCell } from '../frameworks/ids.ts';
import type { QuickReferenceId } from '../model/document.ts';
import type { SourceText } from './source.ts';
import { bodyRows, cellText, type CellText } from './table.ts';

/** Every ID of a quick-reference cell, with the framework's ID grammar; each position spans the ID token only. */
export function idsOf(framework: string, cell: CellText, source: SourceText): QuickReferenceId[] {
  const tokens = cell.raw.trim() === '' ? [] : parseIdCell(framework, cell.raw);
  return tokens.map((token) => ({ id: token.id, idText: token.idText, text: token.text, shaped: token.shaped, position: source.position(cell.start + token.start, cell.start + token.start + token.idText.length) }));
}

/**
 * When no header names the ID column, the column whose cells hold IDs of the framework: the
 * first where at least half of the non-empty cells start with a well-shaped ID. Frameworks
 * without a known grammar have no such column.
 */
export function idColumnByContent(table: Table, framework: string, source: SourceText, exclude: readonly number[]): number {
  // Without a grammar every cell would "look like" an ID, which says nothing about the column.
  if (!hasIdGrammar(framework)) return -1;
  const width = table.children[0]?.children.length ?? 0;
  for (let column = 0; column < width; column++) {
    if (exclude.includes(column)) continue;
    const cells = bodyRows(table).map((row) => cellText(row.children[column], source)).filter((cell) => cell.plain !== '');
    const shaped = cells.filter((cell) => parseIdCell(framework, cell.raw)[0]?.shaped === true).length;
    if (cells.length > 0 && shaped * 2 >= cells.length) return column;
  }
  return -1;
}
