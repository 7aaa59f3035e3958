import type { SharedStrings } from './xlsx-strings.ts';
import { cellRef, columnName, MAIN_NS, XML_DECLARATION } from './xlsx-xml.ts';

export type Cell = string | number | boolean | null;
/** Each cell's XML after `<c r="A1"`, or null for no cell at all. */
export type RenderedRow = ReadonlyArray<string | null>;

/**
 * Renders cells to the XML after `<c r="A1"`: ` s="1" t="s"><v>3</v></c>`. Unstyled cells share one
 * string per distinct value, so a 50,000-row workbook allocates a few thousand of them, not 750,000.
 */
export class CellRenderer {
  readonly #strings: SharedStrings;
  readonly #texts: string[] = [];
  readonly #numbers = new Map<number, string>();

  constructor(strings: SharedStrings) {
    this.#strings = strings;
  }

  render(value: Cell, style: number): string | null {
    if (style !== 0) return tail(value, ` s="${style}"`, this.#strings);
    if (typeof value === 'string') {
      const index = this.#strings.indexOf(value);
      return (this.#texts[index] ??= ` t="s"><v>${index}</v></c>`);
    }
    if (typeof value !== 'number') return tail(value, '', this.#strings);
    let cached = this.#numbers.get(value);
    if (cached === undefined) this.#numbers.set(value, (cached = `><v>${value}</v></c>`));
    return cached;
  }
}

/** A styled null keeps its cell, so a value typed into it later takes the format. */
function tail(value: Cell, s: string, strings: SharedStrings): string | null {
  if (value === null) return s === '' ? null : `${s}/>`;
  if (typeof value === 'boolean') return `${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  // xsd:double has no NaN or Infinity that Excel reads; callers pass only finite numbers.
  if (typeof value === 'number') return `${s}><v>${value}</v></c>`;
  return `${s} t="s"><v>${strings.indexOf(value)}</v></c>`;
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/**
 * One worksheet part, in two passes over the same rows: `measure` each row (the dimension and the
 * column widths come before the rows in the XML), then `rowXml` each row in the same order, between
 * `head()` and `tail()`. Several sheets fill in one pass over the data, and a sheet's rows need
 * never be held. `header`: row 1 is frozen and the table gets an autofilter.
 */
export class SheetWriter {
  readonly header: boolean;
  readonly #longest: number[] = [];
  readonly #letters: string[] = [];
  #rows = 0;
  #written = 0;
  #columns = 1;

  constructor(header: boolean) {
    this.header = header;
  }

  /** `count`: the row's cells; `lengths`: characters in each cell's longest line, for the column widths (leave out to not measure the row). */
  measure(count: number, lengths: readonly number[] = []): void {
    this.#rows += 1;
    this.#columns = Math.max(this.#columns, count);
    lengths.forEach((length, column) => {
      this.#longest[column] = Math.max(this.#longest[column] ?? 0, length);
    });
  }

  /** The next row's XML, empty for a row without cells (it still takes its number). */
  rowXml(cells: RenderedRow): string {
    this.#written += 1;
    let xml = '';
    cells.forEach((cell, column) => {
      if (cell !== null) xml += `<c r="${(this.#letters[column] ??= columnName(column))}${this.#written}"${cell}`;
    });
    return xml === '' ? '' : `<row r="${this.#written}">${xml}</row>`;
  }

  /** The table's range, `A1:O552`; also the autofilter's. */
  get range(): string {
    return `A1:${cellRef(this.#columns - 1, Math.max(this.#rows, 1) - 1)}`;
  }

  /** Fitted widths: the longest line plus 2, within MIN_WIDTH..MAX_WIDTH. */
  #widths(): number[] {
    return Array.from(this.#longest, (longest) => Math.min(Math.max((longest ?? 0) + 2, MIN_WIDTH), MAX_WIDTH));
  }

  /** The part up to its first row, once every row is measured. Element order is the schema's (CT_Worksheet), which Excel enforces. */
  head(): string {
    const views = this.header ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' : '';
    const widths = this.#widths().map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('');
    return `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}"><dimension ref="${this.range}"/>${views}${widths === '' ? '' : `<cols>${widths}</cols>`}<sheetData>`;
  }

  tail(): string {
    const filter = this.header ? `<autoFilter ref="${this.range}"/>` : '';
    return `</sheetData>${filter}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  }
}
