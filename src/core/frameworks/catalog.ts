import { CIS, ISO, NIST, PCI, SOC2 } from './registry.ts';
import { compareNumeric } from '../collate.ts';
import type { CatalogFiles } from '../model/catalog-file.ts';

/** One requirement of a framework catalog, reduced to what checks, matrices and pages need. */
export interface CatalogEntry {
  id: string;
  title: string;
  /** NIST family, CIS control, SOC 2 category, ISO theme, PCI principal requirement. */
  group: string;
  parent: string | null;
  withdrawn: boolean;
  incorporatedInto: string[];
  /** NIST baselines (low, moderate, high, privacy) or CIS implementation groups (ig1..ig3). */
  tags: string[];
}

export interface Catalog {
  key: string;
  title: string;
  version: string;
  groups: Map<string, string>;
  entries: Map<string, CatalogEntry>;
  /** Where each withdrawn entry went, with the source's relation, for catalogs whose source types it. */
  withdrawals?: Map<string, ReadonlyArray<{ relation: string; target: string }>>;
  /** Other IDs citing an entry (framework.json `aliasTags`): alias -> entry id. */
  aliases?: Map<string, string>;
}

export type Catalogs = ReadonlyMap<string, Catalog>;

/** The JSON files in mappings/catalogs, validated by their schemas (model/catalog-file.ts) when read. */
export type { CatalogFiles, CisFile, IsoFile, NistFile, PciFile, Soc2File } from '../model/catalog-file.ts';
type FileHead = { title: string; version: string };

function entry(partial: Partial<CatalogEntry> & Pick<CatalogEntry, 'id' | 'group'>): CatalogEntry {
  return { title: '', parent: null, withdrawn: false, incorporatedInto: [], tags: [], ...partial };
}

function catalog(key: string, head: FileHead, groups: Array<[string, string]>, entries: CatalogEntry[]): Catalog {
  return { key, title: head.title, version: head.version, groups: new Map(groups), entries: new Map(entries.map((e) => [e.id, e])) };
}

/** Pure: the catalog files in, lookup tables out. */
export function buildCatalogs(files: CatalogFiles): Catalogs {
  const { nist, cis, soc2, iso, pci } = files;
  return new Map<string, Catalog>([
    [NIST, catalog(NIST, nist, Object.entries(nist.families), nist.controls.map((c) =>
      entry({ id: c.id, title: c.title, group: c.family, parent: c.parent, withdrawn: c.withdrawn, incorporatedInto: c.incorporatedInto ?? [], tags: c.baselines ?? [] })))],
    [CIS, catalog(CIS, cis, cis.controls.map((c) => [c.id, c.title]), [
      ...cis.controls.map((c) => entry({ id: c.id, title: c.title, group: c.id })),
      ...cis.safeguards.map((s) => entry({ id: s.id, title: s.title, group: s.control, parent: s.control, tags: s.implementationGroups.map((ig) => `ig${ig}`) })),
    ])],
    [SOC2, catalog(SOC2, soc2, soc2.categories.map((c) => [c.id, c.title]), soc2.criteria.map((c) =>
      entry({ id: c.id, group: c.category, parent: c.group ?? null })))],
    [ISO, catalog(ISO, iso, iso.themes.map((t) => [t.id, t.title]), iso.controls.map((c) =>
      entry({ id: c.id, title: c.title, group: c.theme })))],
    [PCI, catalog(PCI, pci, pci.principalRequirements.map((r) => [r.id, r.title]), [
      ...pci.principalRequirements.map((r) => entry({ id: r.id, title: r.title, group: r.id })),
      ...pci.requirements.map((r) => entry({ id: r.id, title: r.title ?? '', group: r.id.split('.')[0] ?? r.id, parent: r.parent ?? null })),
    ])],
  ]);
}

/** Nearest IDs by edit distance, for "did you mean" hints. */
export function nearestIds(catalog: Catalog, id: string, limit = 3): string[] {
  const scored: Array<[number, string]> = [];
  const upper = id.toUpperCase();
  for (const candidate of catalog.entries.keys()) {
    const distance = editDistance(upper, candidate.toUpperCase(), 3);
    if (distance <= 2) scored.push([distance, candidate]);
  }
  scored.sort((a, b) => a[0] - b[0] || compareNumeric(a[1], b[1]));
  return scored.slice(0, limit).map(([, candidate]) => candidate);
}

/** Levenshtein distance, giving up (returning `cap`) once it must exceed `cap`. */
export function editDistance(a: string, b: string, cap = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= cap) return cap;
    previous = current;
  }
  return previous[b.length] ?? cap;
}
