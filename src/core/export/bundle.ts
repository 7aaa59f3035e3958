import type { PackTree } from '../packs/model.ts';
import { CIS } from '../frameworks/registry.ts';
import type { Guide } from '../model/guide.ts';
import type { ReferenceData } from '../reference.ts';
import { toCsv } from './csv.ts';
import { mappingExportJsonSchema, mappingsJsonBytes } from './json.ts';
import { toMarkdown } from './markdown.ts';
import { oscalDocuments } from './oscal/index.ts';
import { filterRows, mappingRows, type MappingRow, type RowFilter } from './rows.ts';
import { toXlsx, type XlsxCoverage } from './xlsx.ts';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json', 'oscal', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  formats: readonly ExportFormat[];
  filter: RowFilter;
  contentCommit: string | null;
  /** The collection's code packs: the "implemented by code" column and the OSCAL evidence links. */
  packs?: PackTree | null;
  /** YYYY-MM-DD or ISO date-time: SOURCE_DATE_EPOCH, else the newest guide `last_updated`. */
  date: string;
  generator: { name: string; version: string };
  title: string;
}

export interface ExportFile {
  path: string;
  data: string | Uint8Array;
}

/** The date exports carry: never the wall clock, so two builds of the same content agree. */
export function exportDate(guides: readonly Guide[], sourceDateEpoch: string | undefined): string {
  if (sourceDateEpoch && /^\d+$/.test(sourceDateEpoch)) return new Date(Number(sourceDateEpoch) * 1000).toISOString().replace(/\.000Z$/, 'Z');
  const dates = guides.map((guide) => guide.frontmatter?.fields.last_updated).filter((value): value is string => value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value));
  return dates.sort().at(-1) ?? '2000-01-01';
}

/** The Summary sheet figures: per catalogued framework, its counted requirements and how many the rows reach. */
export function xlsxCoverage(rows: readonly MappingRow[], reference: ReferenceData, title: string): XlsxCoverage {
  const frameworks = [...new Set(rows.map((row) => row.framework))].filter((key) => reference.catalogs.has(key)).sort();
  return {
    title,
    summary: [
      { label: 'Guides', value: new Set(rows.map((row) => row.guide)).size },
      { label: 'Controls', value: new Set(rows.map((row) => `${row.guide}#${row.controlNumber}`)).size },
      { label: 'Mapping edges', value: rows.length },
      { label: 'Asserted edges', value: rows.filter((row) => row.derivation === 'asserted').length },
      { label: 'Derived edges', value: rows.filter((row) => row.derivation === 'derived').length },
    ],
    byFramework: frameworks.map((framework) => {
      const entries = [...(reference.catalogs.get(framework)?.entries.values() ?? [])].filter((entry) => !entry.withdrawn && (framework !== CIS || entry.parent !== null));
      // Only IDs that are counted requirements: a guide citing ISO 27001:2013 IDs, a withdrawn NIST
      // control or a CIS control number would otherwise push coverage past 100%.
      const counted = new Set(entries.map((entry) => entry.id));
      return { framework, requirements: entries.length, covered: new Set(rows.filter((row) => row.framework === framework && counted.has(row.frameworkId)).map((row) => row.frameworkId)).size };
    }),
  };
}

/**
 * Pure (bar the XLSX zip, which is async): every export file for a set of guides. The CLI and
 * the site both call this, so a download from the site is byte-identical to `hardmap export`.
 */
export async function exportFiles(guides: readonly Guide[], reference: ReferenceData, options: ExportOptions): Promise<ExportFile[]> {
  const rows = filterRows(mappingRows(guides, reference, { contentCommit: options.contentCommit, packs: options.packs ?? null }), options.filter);
  const files: ExportFile[] = [];
  const wants = (format: ExportFormat): boolean => options.formats.includes(format);
  if (wants('csv')) files.push({ path: 'mappings.csv', data: toCsv(rows) });
  if (wants('json')) {
    files.push({ path: 'mappings.json', data: mappingsJsonBytes(rows, { generator: options.generator, contentCommit: options.contentCommit, filter: options.filter }) });
    files.push({ path: 'mappings.schema.json', data: mappingExportJsonSchema() });
  }
  if (wants('md')) files.push({ path: 'mappings.md', data: toMarkdown(rows, options.title) });
  if (wants('xlsx')) files.push({ path: 'mappings.xlsx', data: await toXlsx(rows, xlsxCoverage(rows, reference, options.title), new Date(/T/.test(options.date) ? options.date : `${options.date}T00:00:00Z`)) });
  if (wants('oscal')) {
    const selected = options.filter.guides?.length ? guides.filter((guide) => options.filter.guides?.includes(guide.slug)) : guides;
    const scope = options.filter.guides?.length ? selected.map((guide) => guide.title).join('; ') : '';
    const documents = oscalDocuments(selected, reference, { lastModified: options.date, version: options.generator.version, contentCommit: options.contentCommit, packs: options.packs ?? null, ...(scope ? { scope } : {}) });
    for (const [name, document] of Object.entries(documents)) files.push({ path: `oscal/${name}`, data: `${JSON.stringify(document, null, 2)}\n` });
  }
  return files;
}
