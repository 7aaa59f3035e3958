import ExcelJS from 'exceljs';
import { FRAMEWORKS, frameworkInfo, frameworkName } from '../frameworks/registry.ts';
import { neutralizeFormula } from './csv.ts';
import { ROW_COLUMNS, type MappingRow } from './rows.ts';
import { pinZipTimestamps } from './zip-time.ts';

/** Figures for the Summary sheet; the caller computes them, this module only lays them out. */
export interface XlsxCoverage {
  title: string;
  summary: Array<{ label: string; value: string | number }>;
  byFramework: Array<{ framework: string; requirements: number; covered: number }>;
}

/** Stamped into the document properties and every zip entry unless the caller passes a date. */
export const XLSX_DEFAULT_DATE = new Date('2000-01-01T00:00:00Z');

type Cell = string | number | boolean | null;

const SUMMARY = 'Summary';
const ALL = 'All mappings';
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

function cell(value: unknown): Cell {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
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
    const index = FRAMEWORKS.findIndex((framework) => framework.key === key);
    return index === -1 ? FRAMEWORKS.length : index;
  };
  return [...new Set(rows.map((row) => row.framework))].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function fitWidths(sheet: ExcelJS.Worksheet, table: readonly (readonly Cell[])[]): void {
  const widths: number[] = [];
  for (const line of table) {
    line.forEach((value, index) => {
      const length = Math.max(...String(value ?? '').split('\n').map((part) => part.length));
      widths[index] = Math.max(widths[index] ?? 0, length);
    });
  }
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = Math.min(Math.max(width + 2, MIN_WIDTH), MAX_WIDTH);
  });
}

function boldRow(row: ExcelJS.Row): void {
  row.eachCell((target) => {
    target.font = { bold: true };
  });
}

function addRowsSheet(workbook: ExcelJS.Workbook, name: string, rows: readonly MappingRow[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const header: Cell[] = ROW_COLUMNS.map(([, title]) => title);
  const body: Cell[][] = rows.map((row) => ROW_COLUMNS.map(([key]) => cell(row[key])));
  boldRow(sheet.addRow(header));
  sheet.addRows(body);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: ROW_COLUMNS.length } };
  fitWidths(sheet, [header, ...body]);
}

function addSummarySheet(workbook: ExcelJS.Workbook, coverage: XlsxCoverage): void {
  const sheet = workbook.addWorksheet(SUMMARY);
  const table: Cell[][] = [];
  const add = (values: Cell[], bold = false): ExcelJS.Row => {
    table.push(values);
    const row = sheet.addRow(values);
    if (bold) boldRow(row);
    return row;
  };
  add([cell(coverage.title)], true);
  add([]);
  for (const { label, value } of coverage.summary) add([cell(label), cell(value)]);
  add([]);
  add(['Framework', 'Requirements in catalog', 'Covered by at least one control', 'Percent covered'], true);
  for (const { framework, requirements, covered } of coverage.byFramework) {
    const row = add([cell(frameworkName(framework)), requirements, covered, requirements > 0 ? covered / requirements : null]);
    row.getCell(4).numFmt = '0.0%';
  }
  // The title spans the table; measuring it would make column A as wide as the title.
  fitWidths(sheet, table.slice(1));
}

/**
 * Pure: the mapping rows as an XLSX workbook (Summary, one sheet per framework, All mappings).
 * Identical input gives byte-identical output: document dates and zip entry times are `date`.
 */
export async function toXlsx(rows: readonly MappingRow[], coverage: XlsxCoverage, date: Date = XLSX_DEFAULT_DATE): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'hardmap';
  workbook.lastModifiedBy = 'hardmap';
  workbook.created = date;
  workbook.modified = date;
  workbook.title = coverage.title;
  addSummarySheet(workbook, coverage);
  const taken = new Set([SUMMARY, ALL]);
  for (const framework of frameworkOrder(rows)) {
    const name = xlsxSheetName(frameworkInfo(framework)?.short ?? frameworkName(framework), taken);
    taken.add(name);
    addRowsSheet(workbook, name, rows.filter((row) => row.framework === framework));
  }
  addRowsSheet(workbook, ALL, rows);
  const buffer = await workbook.xlsx.writeBuffer();
  return pinZipTimestamps(new Uint8Array(buffer), date);
}
