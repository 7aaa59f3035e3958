import { CIS, compareIds, CSF, FEDRAMP, frameworkInfo, frameworks, HIPAA, ISO, NIST, NIST_171, PCI, SOC2, type Catalog, type CatalogEntry, type ReferenceData } from 'hardmap';
import { idSlug } from 'hardmap/astro';
import { requirementPath } from './urls.ts';

/** The catalogued frameworks, in the registry's order (mappings/frameworks): each gets an index and a page per requirement. */
export const FRAMEWORK_KEYS: readonly string[] = frameworks().filter((framework) => framework.catalogued).map((framework) => framework.key);

const GROUP_NOUNS: Record<string, string> = { [NIST]: 'family', [CIS]: 'control', [SOC2]: 'category', [ISO]: 'theme', [PCI]: 'requirement', [CSF]: 'function', [NIST_171]: 'family', [FEDRAMP]: 'family', [HIPAA]: 'section' };

/** What a framework index groups by, in the catalog's own words ("group" for a framework added as data only). */
export const groupNoun = (key: string): string => GROUP_NOUNS[key] ?? 'group';

export const shortName = (key: string): string => frameworkInfo(key)?.short ?? key.replace(/^uncatalogued:/, '');
export const longName = (key: string): string => frameworkInfo(key)?.name ?? key.replace(/^uncatalogued:/, '');

const slugMaps = new Map<string, Map<string, string>>();

/** Requirement id -> URL segment for one catalog; collisions (none today) get a numeric suffix. */
export function idSlugs(catalog: Catalog): Map<string, string> {
  let map = slugMaps.get(catalog.key);
  if (map) return map;
  const used = new Set<string>();
  map = new Map();
  for (const id of [...catalog.entries.keys()].sort(compareIds)) {
    let slug = idSlug(id);
    for (let n = 2; used.has(slug); n++) slug = `${idSlug(id)}-${n}`;
    used.add(slug);
    map.set(id, slug);
  }
  slugMaps.set(catalog.key, map);
  return map;
}

/** Link to a requirement page, or null when the id is not in a catalog (uncatalogued framework, typo). */
export function requirementUrl(reference: ReferenceData, framework: string, id: string): string | null {
  const catalog = reference.catalogs.get(framework);
  const slug = catalog ? idSlugs(catalog).get(id) : undefined;
  return slug ? requirementPath(framework, slug) : null;
}

/** `AC-2k` (a statement part) -> `AC-2`: withdrawn NIST controls point into parts that have no page. */
export function nearestEntry(catalog: Catalog, id: string): CatalogEntry | undefined {
  return catalog.entries.get(id) ?? catalog.entries.get(id.replace(/[a-z]+$/, ''));
}

/** Entries of a catalog grouped as its index shows them (family, control, category, theme). */
export function groupedEntries(catalog: Catalog): Array<{ id: string; title: string; entries: CatalogEntry[] }> {
  const groups = new Map<string, CatalogEntry[]>();
  for (const entry of [...catalog.entries.values()].sort((a, b) => compareIds(a.id, b.id))) {
    groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry]);
  }
  return [...groups.entries()].sort((a, b) => compareIds(a[0], b[0])).map(([id, entries]) => ({ id, title: catalog.groups.get(id) ?? id, entries }));
}

/** Baselines (NIST) or implementation groups (CIS) as labels. */
export function tagLabels(framework: string, tags: readonly string[]): string[] {
  if (framework === CIS) return tags.map((tag) => tag.toUpperCase());
  return tags.map((tag) => tag.charAt(0).toUpperCase() + tag.slice(1));
}

/** Id of a group's heading on a framework index (`AC` -> `group-ac`, `A.5` -> `group-a-5`). */
export const groupAnchor = (id: string): string => `group-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

const childMaps = new Map<string, Map<string, CatalogEntry[]>>();

/** Enhancements of a NIST control, safeguards of a CIS control, criteria under a PCI requirement. */
export function childrenOf(catalog: Catalog, id: string): CatalogEntry[] {
  let map = childMaps.get(catalog.key);
  if (!map) {
    map = new Map();
    for (const entry of catalog.entries.values()) if (entry.parent) map.set(entry.parent, [...(map.get(entry.parent) ?? []), entry]);
    for (const list of map.values()) list.sort((a, b) => compareIds(a.id, b.id));
    childMaps.set(catalog.key, map);
  }
  return map.get(id) ?? [];
}

/** One count for a catalog, the same on /frameworks/ and the framework's own page: in force, and withdrawn. */
export function requirementCounts(catalog: Catalog): { active: number; withdrawn: number } {
  let withdrawn = 0;
  for (const entry of catalog.entries.values()) if (entry.withdrawn) withdrawn++;
  return { active: catalog.entries.size - withdrawn, withdrawn };
}

/** Nearest ancestor with a title: PCI DSS sub-requirements carry none (licensed text), their principal requirement does. */
export function titledAncestor(catalog: Catalog, entry: CatalogEntry): CatalogEntry | undefined {
  let current = entry.parent ? catalog.entries.get(entry.parent) : undefined;
  while (current && !current.title) current = current.parent ? catalog.entries.get(current.parent) : undefined;
  return current;
}

/** Depth of an entry under its group's top (PCI 1 is 0, 1.2 is 1, 1.2.3 is 2). */
export function depthOf(catalog: Catalog, entry: CatalogEntry): number {
  let depth = 0;
  for (let current = entry; current.parent; depth++) {
    const parent = catalog.entries.get(current.parent);
    if (!parent || depth > 16) break;
    current = parent;
  }
  return depth;
}
