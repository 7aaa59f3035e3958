import { batched } from './pieces.ts';
import { ROW_COLUMNS, type MappingRow, type RowGroups } from './rows.ts';

/**
 * A cell a spreadsheet would treat as a formula (`=`, `+`, `-`, `@`, tab, CR at the start) is
 * prefixed with `'` so opening an export can never run anything (OWASP CSV injection guidance).
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: fields with comma, quote or line break are quoted, quotes doubled, CRLF rows. */
export function csvField(value: string | number | boolean): string {
  const text = neutralizeFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: readonly string[]): string => `${cells.join(',')}\r\n`;

/** The header line every mappings.csv starts with. */
export const CSV_HEADER = line(ROW_COLUMNS.map(([, header]) => csvField(header)));

/** The CSV in pieces, a slug's rows at a time. */
export function* csvPieces(groups: RowGroups): Generator<string> {
  yield CSV_HEADER;
  for (const rows of groups()) yield* batched(rows.map((row) => line(ROW_COLUMNS.map(([key]) => csvField(row[key])))));
}

export function toCsv(rows: readonly MappingRow[]): string {
  return [...csvPieces(() => [rows])].join('');
}
