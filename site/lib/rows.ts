import { mappingRows, requirementIndexBuilder, type CoverageRow, type Guide, type MappingRow, type ReferenceData, type RequirementIndex } from 'hardmap';
import { recentlyUsed } from './recent.ts';

/**
 * What the pages need of the collection's mapping rows, without the rows: a 1,300-guide
 * collection has about 2.5 million, each with its derivation path as text and as data, and
 * holding them all for the whole build took gigabytes. Rows are made one guide at a time and
 * dropped; what stays is their number, the requirement index (compact, see requirementIndexBuilder),
 * and what the coverage matrices count.
 */
export interface RowSummary {
  count: number;
  /** Rows written in the guides (the rest are derived through crosswalks). */
  asserted: number;
  /** Each guide's distinct (framework, ID, derivation): the coverage sets are the same as over all rows. */
  coverage: CoverageRow[];
  /** Rows per control level (`''`: none), for levelCoverageOfCounts. */
  perLevel: Map<string, number>;
}

// Display rows carry no commit: pages never show it, and the downloads compute their own.
const rowsOf = (guide: Guide, reference: ReferenceData): MappingRow[] => mappingRows([guide], reference, { contentCommit: null });

/** The summary and the requirement index, one guide at a time (in the collection's order). */
export function indexRows(reference: ReferenceData): { add(guide: Guide): void; finish(): { rows: RowSummary; requirements: RequirementIndex } } {
  const builder = requirementIndexBuilder();
  const rows: RowSummary = { count: 0, asserted: 0, coverage: [], perLevel: new Map() };
  return {
    add(guide) {
      const own = rowsOf(guide, reference);
      builder.addGuide(own);
      rows.count += own.length;
      const seen = new Set<string>();
      for (const row of own) {
        if (row.derivation === 'asserted') rows.asserted++;
        rows.perLevel.set(row.level, (rows.perLevel.get(row.level) ?? 0) + 1);
        const key = `${row.framework}\u0000${row.frameworkId}\u0000${row.derivation}`;
        if (seen.has(key)) continue;
        seen.add(key);
        rows.coverage.push({ guide: row.guide, framework: row.framework, frameworkId: row.frameworkId, derivation: row.derivation });
      }
    },
    finish: () => ({ rows, requirements: builder.finish() }),
  };
}

// A guide's pages (its matrix, its control pages) render one after another: the rows of the last few guides suffice.
const recent = recentlyUsed<string, MappingRow[]>(4);

/** One guide's rows, in the order of the collection's rows (mappingRows sorts by guide first). */
export const guideRows = (guide: Guide, reference: ReferenceData): MappingRow[] => recent(guide.slug, () => rowsOf(guide, reference));

/** One control's rows. */
export const controlRows = (guide: Guide, anchor: string, reference: ReferenceData): MappingRow[] => guideRows(guide, reference).filter((row) => row.controlAnchor === anchor);
