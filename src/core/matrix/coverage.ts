import type { Catalogs } from '../frameworks/catalog.ts';
import { CIS, NIST } from '../frameworks/defaults.ts';
import { installedFrameworks } from '../frameworks/installed.ts';
import { compareIds } from '../frameworks/sort.ts';
import type { MappingRow } from '../export/rows.ts';
import { compareText } from '../collate.ts';

export interface CoverageCell {
  total: number;
  covered: number;
  /** Covered by an asserted mapping (not only through a crosswalk). */
  asserted: number;
  /** The covered IDs themselves, in catalog order, so a cell can link to the list it counts. */
  ids: string[];
}

/**
 * What coverage reads of a mapping row. The site passes each guide's distinct
 * (framework, ID, derivation) triples instead of every row: the sets below are the same.
 */
export type CoverageRow = Pick<MappingRow, 'guide' | 'framework' | 'frameworkId' | 'derivation'>;

/** Requirement IDs a set of rows covers, asserted or derived. */
function covered(rows: readonly CoverageRow[], framework: string, assertedOnly = false): Set<string> {
  return new Set(rows.filter((row) => row.framework === framework && (!assertedOnly || row.derivation === 'asserted')).map((row) => row.frameworkId));
}

function cell(ids: readonly string[], hit: Set<string>, hitAsserted: Set<string>): CoverageCell {
  const reached = ids.filter((id) => hit.has(id));
  return { total: ids.length, covered: reached.length, asserted: ids.filter((id) => hitAsserted.has(id)).length, ids: reached };
}

/** NIST families x guides (plus the whole collection under `*`), over active controls. */
export function nistFamilyCoverage(rows: readonly CoverageRow[], catalogs: Catalogs): { families: Array<{ id: string; title: string }>; guides: string[]; cells: Record<string, Record<string, CoverageCell>> } {
  const catalog = catalogs.get(NIST);
  const families = [...(catalog?.groups ?? new Map<string, string>())].map(([id, title]) => ({ id, title })).sort((a, b) => compareText(a.id, b.id));
  const active = [...(catalog?.entries.values() ?? [])].filter((entry) => !entry.withdrawn);
  // One pass over the rows, not one per guide: at 1,300 guides that was 1,300 passes over millions.
  const byGuide = new Map<string, CoverageRow[]>();
  for (const row of rows) {
    const own = byGuide.get(row.guide);
    if (own) own.push(row);
    else byGuide.set(row.guide, [row]);
  }
  const guides = [...byGuide.keys()].sort();
  const cells: Record<string, Record<string, CoverageCell>> = {};
  for (const guide of [...guides, '*']) {
    const subset = guide === '*' ? rows : byGuide.get(guide) ?? [];
    const hit = covered(subset, NIST);
    const hitAsserted = covered(subset, NIST, true);
    cells[guide] = Object.fromEntries(families.map((family) => [family.id, cell(active.filter((entry) => entry.group === family.id).map((entry) => entry.id).sort(compareIds), hit, hitAsserted)]));
  }
  return { families, guides, cells };
}

/** One baseline on the coverage pages: NIST's own, or a profile's (FedRAMP) beside them. */
export interface BaselineCoverage {
  framework: string;
  /** The baseline's id (`low`); a profile's baselines are prefixed with its rule prefix (`fedramp-low`), since they restate its base's. */
  baseline: string;
  /** framework.json's name of the baseline (`LOW`, `FedRAMP Rev 5 Low`). */
  label: string;
  total: number;
  covered: number;
  uncovered: string[];
}

/**
 * For each baseline of the registry shown on the coverage pages (framework.json `baselines`,
 * `coverage` not false), in registry order, its requirements and the ones no guide covers. A
 * profile's baseline selects its base's IDs, so rows of the base framework cover it too.
 */
export function baselineCoverage(rows: readonly CoverageRow[], catalogs: Catalogs): BaselineCoverage[] {
  return installedFrameworks().flatMap((file) => {
    const entries = [...(catalogs.get(file.id)?.entries.values() ?? [])];
    const hit = new Set([...covered(rows, file.id), ...(file.profileOf ? covered(rows, file.profileOf) : [])]);
    const prefix = file.kind === 'profile' ? `${file.rules?.prefix ?? file.id}-` : '';
    return file.baselines.filter((baseline) => baseline.coverage !== false).map((baseline) => {
      const ids = entries.filter((entry) => entry.tags.includes(baseline.id)).map((entry) => entry.id).sort(compareIds);
      const uncovered = ids.filter((id) => !hit.has(id));
      return { framework: file.id, baseline: `${prefix}${baseline.id}`, label: baseline.name, total: ids.length, covered: ids.length - uncovered.length, uncovered };
    });
  });
}

/** For each CIS implementation group, its safeguards and the ones no guide covers. */
export function cisGroupCoverage(rows: readonly CoverageRow[], catalogs: Catalogs): Array<{ group: string; total: number; covered: number; uncovered: string[] }> {
  const entries = [...(catalogs.get(CIS)?.entries.values() ?? [])].filter((entry) => entry.parent !== null);
  const hit = covered(rows, CIS);
  return ['ig1', 'ig2', 'ig3'].map((group) => {
    const ids = entries.filter((entry) => entry.tags.includes(group)).map((entry) => entry.id).sort(compareIds);
    const uncovered = ids.filter((id) => !hit.has(id));
    return { group, total: ids.length, covered: ids.length - uncovered.length, uncovered };
  });
}

export type LevelCoverage = Array<{ level: string; controls: number; mappings: number }>;

/** Controls and mapping edges per profile level. */
export function levelCoverage(rows: ReadonlyArray<Pick<MappingRow, 'level'>>, controls: ReadonlyArray<{ guide: string; level: string }>): LevelCoverage {
  const mappings = new Map<string, number>();
  for (const row of rows) mappings.set(row.level, (mappings.get(row.level) ?? 0) + 1);
  return levelCoverageOfCounts(mappings, controls);
}

/** `levelCoverage` from the number of rows per level (`''`: no level), for callers that never hold all rows. */
export function levelCoverageOfCounts(mappings: ReadonlyMap<string, number>, controls: ReadonlyArray<{ guide: string; level: string }>): LevelCoverage {
  const levels = ['L1', 'L2', 'L3', 'L4', ''];
  return levels
    .map((level) => ({ level: level || 'none', controls: controls.filter((c) => c.level === level).length, mappings: mappings.get(level) ?? 0 }))
    .filter((entry) => entry.controls > 0);
}
