import { frameworkInfo, frameworks, frameworkName } from '../frameworks/registry.ts';
import { neutralizeFormula } from './csv.ts';
import { ROW_COLUMNS, type MappingRow } from './rows.ts';
import { appXml, contentTypesXml, coreXml, ROOT_RELS_XML, sheetPath, STYLE, STYLES_XML, workbookRelsXml, workbookXml } from './xlsx-package.ts';
import { CellRenderer, SheetWriter, type Cell } from './xlsx-sheet.ts';
import { SharedStrings } from './xlsx-strings.ts';
import { zip, type ZipEntry } from './zip.ts';

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
function frameworkOrder(rows: readonly MappingRow[]): string[] {
  const rank = (key: string): number => {
    const index = frameworks().findIndex((framework) => framework.key === key);
    return index === -1 ? frameworks().length : index;
  };
  return [...new Set(rows.map((row) => row.framework))].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Characters in the longest line of a cell. */
function lineLength(value: Cell): number {
  const text = value === null ? '' : String(value);
  if (!text.includes('\n')) return text.length;
  return text.split('\n').reduce((longest, part) => Math.max(longest, part.length), 0);
}

function addLine(sheet: SheetWriter, values: readonly Cell[], renderer: CellRenderer, style: (column: number) => number = plain): void {
  sheet.addRow(values.map((value, column) => renderer.render(value, style(column))), values.map(lineLength));
}

function summarySheet(coverage: XlsxCoverage, renderer: CellRenderer): SheetWriter {
  const sheet = new SheetWriter(false);
  // The title spans the table; measuring it would make column A as wide as the title.
  sheet.addRow([renderer.render(cell(coverage.title), STYLE.bold)]);
  sheet.addRow([]);
  for (const { label, value } of coverage.summary) addLine(sheet, [cell(label), cell(value)], renderer);
  sheet.addRow([]);
  addLine(sheet, ['Framework', 'Requirements in catalog', 'Covered by at least one control', 'Percent covered'], renderer, bold);
  const percent = (column: number): number => (column === 3 ? STYLE.percent : STYLE.normal);
  for (const { framework, requirements, covered } of coverage.byFramework) {
    addLine(sheet, [cell(frameworkName(framework)), requirements, covered, requirements > 0 ? covered / requirements : null], renderer, percent);
  }
  return sheet;
}

/**
 * Pure: the mapping rows as an XLSX workbook (Summary, one sheet per framework, All mappings).
 * Identical input gives byte-identical output: document dates and zip entry times are `date`.
 */
export async function toXlsx(rows: readonly MappingRow[], coverage: XlsxCoverage, date: Date = XLSX_DEFAULT_DATE): Promise<Uint8Array> {
  const strings = new SharedStrings();
  const renderer = new CellRenderer(strings);
  const sheets = new Map([[SUMMARY, summarySheet(coverage, renderer)]]);
  const byFramework = new Map<string, SheetWriter>();
  const taken = new Set([SUMMARY, ALL]);
  for (const framework of frameworkOrder(rows)) {
    const name = xlsxSheetName(frameworkInfo(framework)?.short ?? frameworkName(framework), taken);
    taken.add(name);
    const sheet = new SheetWriter(true);
    byFramework.set(framework, sheet);
    sheets.set(name, sheet);
  }
  const all = new SheetWriter(true);
  sheets.set(ALL, all);
  const header = ROW_COLUMNS.map(([, title]) => title);
  for (const sheet of sheets.values()) if (sheet.header) addLine(sheet, header, renderer, bold);
  // One pass: each row is rendered once, then written to its framework's sheet and to All mappings.
  for (const row of rows) {
    const values = ROW_COLUMNS.map(([key]) => cell(row[key]));
    const cells = values.map((value) => renderer.render(value, STYLE.normal));
    const lengths = values.map(lineLength);
    byFramework.get(row.framework)?.addRow(cells, lengths);
    all.addRow(cells, lengths);
  }
  const parts = [...sheets].map(([name, sheet]) => ({ name, filter: sheet.header ? sheet.range : null }));
  const worksheets = [...sheets.values()].map((sheet, i): ZipEntry => ({ path: sheetPath(i), data: sheet.finish() }));
  const encoder = new TextEncoder();
  const text = (path: string, xml: string): ZipEntry => ({ path, data: encoder.encode(xml) });
  return zip([
    text('[Content_Types].xml', contentTypesXml(sheets.size)),
    text('_rels/.rels', ROOT_RELS_XML),
    text('docProps/core.xml', coreXml(coverage.title, date)),
    text('docProps/app.xml', appXml(parts)),
    text('xl/workbook.xml', workbookXml(parts)),
    text('xl/_rels/workbook.xml.rels', workbookRelsXml(sheets.size)),
    text('xl/styles.xml', STYLES_XML),
    text('xl/sharedStrings.xml', strings.toXml()),
    ...worksheets,
  ], date);
}
