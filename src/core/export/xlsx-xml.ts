/** Text and references for SpreadsheetML (ECMA-376 part 1 §18): what every XLSX part needs. */
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Excel refuses a cell longer than this many UTF-16 units; longer text is cut to fit. */
export const MAX_CELL_TEXT = 32_767;

/** Characters XML 1.0 cannot carry at all, not even as references (C0 controls, lone surrogates, U+FFFE/F). */
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const SPECIAL = /[&<>"\r]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

/** Text for element content or a double-quoted attribute; a CR survives as a reference, not as a newline. */
export function escapeXml(text: string): string {
  return text.replace(ILLEGAL, '').replace(SPECIAL, (char) => ENTITIES[char] ?? char);
}

/**
 * What a text cell stores: characters XML 1.0 forbids dropped (a file with them does not open),
 * cut to Excel's 32,767 limit without splitting a surrogate pair, and any literal `_xHHHH_` escaped
 * as `_x005F_xHHHH_`, since Excel reads `_xHHHH_` in strings as the character U+HHHH.
 */
export function cellText(value: string): string {
  let text = value.replace(ILLEGAL, '');
  if (text.length > MAX_CELL_TEXT) {
    const cut = /[\uD800-\uDBFF]/.test(text.charAt(MAX_CELL_TEXT - 1)) ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT;
    text = text.slice(0, cut);
  }
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

/** 0 -> A, 25 -> Z, 26 -> AA (bijective base 26). */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `A1` from 0-based column and row. */
export function cellRef(column: number, row: number): string {
  return `${columnName(column)}${row + 1}`;
}
