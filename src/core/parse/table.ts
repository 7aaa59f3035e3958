import type { PhrasingContent, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceText } from './source.ts';

/** A table cell's content as written, without the pipes and padding around it. */
export interface CellText {
  raw: string;
  plain: string;
  start: number;
  end: number;
  children: PhrasingContent[];
}

export function cellText(cell: TableCell | undefined, source: SourceText): CellText {
  if (!cell) return { raw: '', plain: '', start: 0, end: 0, children: [] };
  const first = cell.children[0];
  const last = cell.children.at(-1);
  const cellStart = (cell.position?.start.offset ?? 0) + 1;
  const start = first?.position?.start.offset ?? cellStart;
  const end = last?.position?.end.offset ?? start;
  return { raw: source.text.slice(start, end), plain: toString(cell).trim(), start, end, children: cell.children };
}

/** Header texts of a table, lowercased and stripped of emphasis, for column detection. */
export function headerKeys(table: Table): string[] {
  return (table.children[0]?.children ?? []).map((cell) => toString(cell).replace(/\s+/g, ' ').trim().toLowerCase());
}

export function bodyRows(table: Table): Table['children'] {
  return table.children.slice(1);
}
