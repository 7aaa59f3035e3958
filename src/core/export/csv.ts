import { ROW_COLUMNS, type MappingRow } from './rows.ts';

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

export function toCsv(rows: readonly MappingRow[]): string {
  const lines = [ROW_COLUMNS.map(([, header]) => csvField(header)).join(',')];
  for (const row of rows) lines.push(ROW_COLUMNS.map(([key]) => csvField(row[key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
