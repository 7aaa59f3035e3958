import type { PackTree } from '../packs/model.ts';
import { CIS } from '../frameworks/registry.ts';
import type { Guide } from '../model/guide.ts';
import type { ReferenceData } from '../reference.ts';
import { compareText } from '../collate.ts';
import { heldGuides, type GuideHandle } from './guide-handle.ts';
import { collectionFilePieces, guideRowsPart, type GuideFiles, type ReusableFile } from './collection-parts.ts';
import { CSV_HEADER, csvPieces } from './csv.ts';
import { mappingExportJsonSchema, mappingsJsonPieces } from './json.ts';
import { markdownHead, markdownPieces } from './markdown.ts';
import { oscalDocumentSet } from './oscal/index.ts';
import { collectPieces, jsonDocumentPieces, type Piece, type Pieces } from './pieces.ts';
import { guideRowGroups, type MappingRow, type RowFilter, type RowGroups } from './rows.ts';
import { xlsxPieces, type XlsxCoverage } from './xlsx.ts';

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
  /** Each guide's own files, when the caller has made them (the site): an unfiltered export copies its CSV, JSON and Markdown rows from them. */
  guideFiles?: GuideFiles;
}

export interface ExportFile {
  path: string;
  data: string | Uint8Array;
}

/** The date exports carry: never the wall clock, so two builds of the same content agree. */
export function exportDate(guides: readonly Pick<GuideHandle, 'lastUpdated'>[], sourceDateEpoch: string | undefined): string {
  if (sourceDateEpoch && /^\d+$/.test(sourceDateEpoch)) return new Date(Number(sourceDateEpoch) * 1000).toISOString().replace(/\.000Z$/, 'Z');
  const dates = guides.map((guide) => guide.lastUpdated).filter((value): value is string => value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value));
  return dates.sort().at(-1) ?? '2000-01-01';
}

/** The Summary sheet figures: per catalogued framework, its counted requirements and how many the rows reach, counted in one pass. */
export function xlsxCoverage(rows: Iterable<MappingRow>, reference: ReferenceData, title: string): XlsxCoverage {
  const guides = new Set<string>();
  const controls = new Set<string>();
  const reached = new Map<string, Set<string>>();
  let edges = 0;
  let asserted = 0;
  let derived = 0;
  for (const row of rows) {
    guides.add(row.guide);
    controls.add(`${row.guide}#${row.controlNumber}`);
    edges += 1;
    if (row.derivation === 'asserted') asserted += 1;
    else if (row.derivation === 'derived') derived += 1;
    let ids = reached.get(row.framework);
    if (!ids) reached.set(row.framework, (ids = new Set()));
    ids.add(row.frameworkId);
  }
  const frameworks = [...reached.keys()].filter((key) => reference.catalogs.has(key)).sort();
  return {
    title,
    summary: [
      { label: 'Guides', value: guides.size },
      { label: 'Controls', value: controls.size },
      { label: 'Mapping edges', value: edges },
      { label: 'Asserted edges', value: asserted },
      { label: 'Derived edges', value: derived },
    ],
    byFramework: frameworks.map((framework) => {
      const entries = [...(reference.catalogs.get(framework)?.entries.values() ?? [])].filter((entry) => !entry.withdrawn && (framework !== CIS || entry.parent !== null));
      // Only IDs that are counted requirements: a guide citing ISO 27001:2013 IDs, a withdrawn NIST
      // control or a CIS control number would otherwise push coverage past 100%.
      const ids = reached.get(framework) ?? new Set<string>();
      return { framework, requirements: entries.length, covered: entries.filter((entry) => ids.has(entry.id)).length };
    }),
  };
}

/** An export file as pieces, made as it is written; `pieces` may be called again for a second copy. */
export interface ExportStream {
  path: string;
  pieces: () => Pieces;
}

/** Rows kept in memory between passes up to this many; past it each pass makes them again, so memory stays flat however large the collection. */
const KEPT_ROWS = 200_000;

/** The rows a slug at a time, kept after the first pass while they are few, so a small export makes them once. */
function keptGroups(make: RowGroups): RowGroups {
  let kept: Array<readonly MappingRow[]> | null = null;
  let overflow = false;
  return function* groups() {
    if (kept) return yield* kept;
    const gathering: Array<readonly MappingRow[]> = [];
    let count = 0;
    for (const group of make()) {
      if (!overflow) {
        count += group.length;
        if (count > KEPT_ROWS) {
          overflow = true;
          gathering.length = 0;
        } else gathering.push(group);
      }
      yield group;
    }
    if (!overflow) kept = gathering;
  };
}

function* flat(groups: RowGroups): Generator<MappingRow> {
  for (const group of groups()) yield* group;
}

/**
 * Pure (bar zlib): every export file for a set of guides, as streams the caller writes one at a
 * time. No file is ever held whole, and each pass loads the guides through their handles one at a
 * time, so no more than one model is held either. The CLI and the site both call this, so a
 * download from the site is byte-identical to `hardmap export`.
 */
export function exportStreams(guides: readonly GuideHandle[], reference: ReferenceData, options: ExportOptions): ExportStream[] {
  const context = { contentCommit: options.contentCommit, packs: options.packs ?? null };
  const groups = keptGroups(() => guideRowGroups(guides, reference, context, options.filter));
  const files: ExportStream[] = [];
  const wants = (format: ExportFormat): boolean => options.formats.includes(format);
  const reuse = reusableGuideFiles(guides, options);
  const jsonMeta = { generator: options.generator, contentCommit: options.contentCommit, filter: options.filter };
  if (wants('csv')) files.push({ path: 'mappings.csv', pieces: () => (reuse ? reuse('mappings.csv', CSV_HEADER) : csvPieces(groups)) });
  if (wants('json')) {
    files.push({ path: 'mappings.json', pieces: () => (reuse ? reuse('mappings.json', [...mappingsJsonPieces(() => [], jsonMeta)].join('')) : mappingsJsonPieces(groups, jsonMeta)) });
    files.push({ path: 'mappings.schema.json', pieces: () => [mappingExportJsonSchema()] });
  }
  if (wants('md')) files.push({ path: 'mappings.md', pieces: () => (reuse ? reuse('mappings.md', markdownHead(groups, options.title)) : markdownPieces(groups, options.title)) });
  if (wants('xlsx')) files.push({ path: 'mappings.xlsx', pieces: () => xlsxPieces(groups, xlsxCoverage(flat(groups), reference, options.title), new Date(/T/.test(options.date) ? options.date : `${options.date}T00:00:00Z`)) });
  if (wants('oscal')) {
    const selected = options.filter.guides?.length ? guides.filter((guide) => options.filter.guides?.includes(guide.slug)) : guides;
    const scope = options.filter.guides?.length ? selected.map((guide) => guide.title).join('; ') : '';
    // OSCAL documents carry every row of the selected guides, whatever the framework and level filters.
    const unfiltered = options.filter.frameworks?.length || options.filter.levels?.length ? () => guideRowGroups(selected, reference, context) : groups;
    // Made here, since which documents exist depends on the rows: the mapping collection's maps are held deflated until written.
    const documents = oscalDocumentSet(selected, reference, { lastModified: options.date, version: options.generator.version, contentCommit: options.contentCommit, packs: options.packs ?? null, ...(scope ? { scope } : {}) }, unfiltered);
    for (const [name, document] of Object.entries(documents)) files.push({ path: `oscal/${name}`, pieces: () => jsonDocumentPieces(document) });
  }
  return files;
}

/**
 * How the export's CSV, JSON and Markdown are copied from its guides' own files, or null when
 * they must be written row by row: filtered exports, a guide without its files, or two guides of
 * one slug (whose rows interleave in the collection's order).
 */
function reusableGuideFiles(guides: readonly GuideHandle[], options: ExportOptions): ((file: ReusableFile, head: string) => Iterable<Piece>) | null {
  const files = options.guideFiles;
  const { frameworks, levels, guides: only } = options.filter;
  if (!files || frameworks?.length || levels?.length || only?.length) return null;
  const slugs = guides.map((guide) => guide.slug).sort(compareText);
  if (new Set(slugs).size !== slugs.length || !slugs.every((slug) => files.has(slug))) return null;
  return (file, head) => collectionFilePieces(file, head, (function* parts() {
    for (const slug of slugs) yield guideRowsPart(file, files.read(slug, file));
  })());
}

/** Every export file whole, for small collections and tests: the same bytes as writing `exportStreams`. */
export async function exportFiles(guides: readonly Guide[], reference: ReferenceData, options: ExportOptions): Promise<ExportFile[]> {
  const files: ExportFile[] = [];
  for (const stream of exportStreams(heldGuides(guides), reference, options)) files.push({ path: stream.path, data: await collectPieces(stream.pieces()) });
  return files;
}
