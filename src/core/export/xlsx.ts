import { frameworkInfo, frameworks, frameworkName } from '../frameworks/registry.ts';
import { neutralizeFormula } from './csv.ts';
import { ROW_COLUMNS, type MappingRow, type RowGroups } from './rows.ts';
import { appXml, contentTypesXml, coreXml, ROOT_RELS_XML, sheetPath, STYLE, STYLES_XML, workbookRelsXml, workbookXml } from './xlsx-package.ts';
import { EntryDeflater } from './deflate-entry.ts';
import { collectPieces } from './pieces.ts';
import { CellRenderer, SheetWriter, type Cell, type RenderedRow } from './xlsx-sheet.ts';
import { SharedStrings } from './xlsx-strings.ts';
import { packEntry, zipPieces, type PackedEntry } from './zip.ts';

/** Figures for the Summary sheet; the caller computes them, this module only lays them out. */
export interface XlsxCoverage {
  title: string;
  summary: Array<{ label: string; value: string | number }>;
  byFramework: Array<{ framework: string; requirements: number; covered: number }>;
}

/** Stamped into the document properties and every zip entry unless the caller passes a date. */
export const XLSX_DEFAULT_DATE = new Date('2000-01-01T00:00:00Z');

const SUMMARY = 'Summary';
const ALL = 'All mappings';
const plain = (): number => STYLE.normal;
const bold = (): number => STYLE.bold;

function cell(value: unknown): Cell {
  if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return value;
  return value === undefined || value === null ? null : neutralizeFormula(String(value));
}

/** Excel's rules: 1-31 chars, none of `[]:*?/\`, no leading or trailing `'`, unique ignoring case. */
export function xlsxSheetName(name: string, taken: ReadonlySet<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Sheet';
  const used = new Set([...taken].map((entry) => entry.toLowerCase()));
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    candidate = `${base.slice(0, 31 - suffix.length).trimEnd()}${suffix}`;
  }
  return candidate;
}

/** Registry order (catalogued frameworks first, as in the docs), then unknown keys alphabetically. */
function frameworkOrder(keys: Iterable<string>): string[] {
  const rank = (key: string): number => {
    const index = frameworks().findIndex((framework) => framework.key === key);
    return index === -1 ? frameworks().length : index;
  };
  return [...keys].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Characters in the longest line of a cell. */
function lineLength(value: Cell): number {
  const text = value === null ? '' : String(value);
  if (!text.includes('\n')) return text.length;
  return text.split('\n').reduce((longest, part) => Math.max(longest, part.length), 0);
}

/** A row of the Summary sheet; `measured`: counts toward the column widths. */
interface Line { values: readonly Cell[]; style: (column: number) => number; measured: boolean }

function summaryLines(coverage: XlsxCoverage): Line[] {
  const line = (values: readonly Cell[], style: (column: number) => number = plain): Line => ({ values, style, measured: true });
  const percent = (column: number): number => (column === 3 ? STYLE.percent : STYLE.normal);
  return [
    // The title spans the table; measuring it would make column A as wide as the title.
    { values: [cell(coverage.title)], style: bold, measured: false },
    { values: [], style: plain, measured: false },
    ...coverage.summary.map(({ label, value }) => line([cell(label), cell(value)])),
    { values: [], style: plain, measured: false },
    line(['Framework', 'Requirements in catalog', 'Covered by at least one control', 'Percent covered'], bold),
    ...coverage.byFramework.map(({ framework, requirements, covered }) => line([cell(frameworkName(framework)), requirements, covered, requirements > 0 ? covered / requirements : null], percent)),
  ];
}

const rowValues = (row: MappingRow): Cell[] => ROW_COLUMNS.map(([key]) => cell(row[key]));
const HEADER: readonly Cell[] = ROW_COLUMNS.map(([, title]) => title);

/** Pass one: every sheet, named and measured (its dimension and column widths precede its rows). */
function measureSheets(groups: RowGroups, summary: readonly Line[]): Map<string, { sheet: SheetWriter; framework: string | null }> {
  const first = new SheetWriter(false);
  for (const { values, measured } of summary) first.measure(values.length, measured ? values.map(lineLength) : []);
  const byFramework = new Map<string, SheetWriter>();
  const all = new SheetWriter(true);
  all.measure(HEADER.length, HEADER.map(lineLength));
  for (const rows of groups()) {
    for (const row of rows) {
      const values = rowValues(row);
      const lengths = values.map(lineLength);
      let own = byFramework.get(row.framework);
      if (!own) {
        byFramework.set(row.framework, (own = new SheetWriter(true)));
        own.measure(HEADER.length, HEADER.map(lineLength));
      }
      own.measure(values.length, lengths);
      all.measure(values.length, lengths);
    }
  }
  const sheets = new Map<string, { sheet: SheetWriter; framework: string | null }>([[SUMMARY, { sheet: first, framework: null }]]);
  const taken = new Set([SUMMARY, ALL]);
  for (const framework of frameworkOrder(byFramework.keys())) {
    const name = xlsxSheetName(frameworkInfo(framework)?.short ?? frameworkName(framework), taken);
    taken.add(name);
    sheets.set(name, { sheet: byFramework.get(framework) as SheetWriter, framework });
  }
  sheets.set(ALL, { sheet: all, framework: null });
  return sheets;
}

/**
 * Pure: the mapping rows as an XLSX workbook (Summary, one sheet per framework, All mappings), as
 * pieces. Two passes over the rows: one measures the sheets, one renders them into their
 * deflated entries; the shared strings, which precede the sheets in the package, are complete
 * only after it. Identical input gives byte-identical output: document dates and zip entry times
 * are `date`.
 */
export async function* xlsxPieces(groups: RowGroups, coverage: XlsxCoverage, date: Date = XLSX_DEFAULT_DATE): AsyncGenerator<Uint8Array> {
  const summary = summaryLines(coverage);
  const sheets = measureSheets(groups, summary);
  const strings = new SharedStrings();
  const renderer = new CellRenderer(strings);
  const entries = [...sheets.values()].map(({ sheet }, i) => ({ sheet, deflater: new EntryDeflater(sheetPath(i)) }));
  const byFramework = new Map([...sheets.values()].flatMap(({ framework }, i) => (framework === null ? [] : [[framework, entries[i] as (typeof entries)[number]] as const])));
  for (const { sheet, deflater } of entries) deflater.write(sheet.head());
  const [first] = entries;
  const all = entries.at(-1);
  if (!first || !all) throw new Error('xlsx: a workbook has at least its Summary and All mappings sheets');
  const write = (entry: (typeof entries)[number], cells: RenderedRow): void => entry.deflater.write(entry.sheet.rowXml(cells));
  for (const { values, style } of summary) write(first, values.map((value, column) => renderer.render(value, style(column))));
  for (const entry of entries) if (entry.sheet.header) write(entry, HEADER.map((value) => renderer.render(value, STYLE.bold)));
  for (const rows of groups()) {
    // Each row is rendered once, then written to its framework's sheet and to All mappings.
    for (const row of rows) {
      const cells = rowValues(row).map((value) => renderer.render(value, STYLE.normal));
      const own = byFramework.get(row.framework);
      if (own) write(own, cells);
      write(all, cells);
    }
    await Promise.all(entries.map(({ deflater }) => deflater.drained()));
  }
  const worksheets: PackedEntry[] = [];
  for (const { sheet, deflater } of entries) {
    deflater.write(sheet.tail());
    worksheets.push(await deflater.end());
  }
  const shared = new EntryDeflater('xl/sharedStrings.xml');
  for (const piece of strings.xml()) shared.write(piece);
  const parts = [...sheets].map(([name, { sheet }]) => ({ name, filter: sheet.header ? sheet.range : null }));
  const encoder = new TextEncoder();
  const text = (path: string, xml: string): PackedEntry => packEntry({ path, data: encoder.encode(xml) });
  yield* zipPieces([
    text('[Content_Types].xml', contentTypesXml(sheets.size)),
    text('_rels/.rels', ROOT_RELS_XML),
    text('docProps/core.xml', coreXml(coverage.title, date)),
    text('docProps/app.xml', appXml(parts)),
    text('xl/workbook.xml', workbookXml(parts)),
    text('xl/_rels/workbook.xml.rels', workbookRelsXml(sheets.size)),
    text('xl/styles.xml', STYLES_XML),
    await shared.end(),
    ...worksheets,
  ], date);
}

/** The workbook as one array, for rows already in memory. */
export async function toXlsx(rows: readonly MappingRow[], coverage: XlsxCoverage, date: Date = XLSX_DEFAULT_DATE): Promise<Uint8Array> {
  return (await collectPieces(xlsxPieces(() => [rows], coverage, date))) as Uint8Array;
}
