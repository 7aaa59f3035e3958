import type { Catalog, CatalogEntry, Catalogs } from './catalog.ts';
import type { FrameworkFolder } from './framework-folder.ts';

/** Pure: one folder as the lookup table checks, matrices and pages read. */
export function catalogFromFolder({ framework, catalog }: FrameworkFolder, profiled?: Catalog): Catalog {
  // Heading levels (framework.json `hierarchy[].heading`: SOC 2 series, ISO clauses) are no criteria or controls a guide maps to, so an ID check does not accept them.
  const omitted = framework.hierarchy.filter((level) => level.heading).map((level) => level.name);
  const entries: CatalogEntry[] = catalog.entries.filter((e) => !omitted.includes(e.level)).map((e) => ({
    id: e.id, title: e.title, group: e.group, parent: e.parent, withdrawn: e.withdrawn, incorporatedInto: e.incorporatedInto, tags: e.tags,
  }));
  const used = new Set(entries.map((e) => e.group));
  const groups = new Map(catalog.groups.filter((g) => used.has(g.id)).map((g) => [g.id, g.title]));
  const withdrawals = new Map(catalog.entries.flatMap((e) => (e.withdrawnTo && e.withdrawnTo.length > 0 ? [[e.id, e.withdrawnTo] as const] : [])));
  const aliasPrefixes = (framework.aliasTags ?? []).map((tag) => `${tag}:`);
  const aliases = new Map(entries.flatMap((e) => e.tags.flatMap((tag) => aliasPrefixes.filter((p) => tag.startsWith(p)).map((p) => [tag.slice(p.length), e.id] as const))));
  const own: Catalog = {
    key: framework.id, title: catalog.title ?? framework.name, version: catalog.version, groups, entries: new Map(entries.map((e) => [e.id, e])),
    ...(withdrawals.size > 0 ? { withdrawals } : {}),
    ...(aliases.size > 0 ? { aliases } : {}),
  };
  return profiled ? profileCatalog(own, catalog.selections ?? {}, profiled) : own;
}

/** A profile (FedRAMP over 800-53): the selected entries of the base catalog, tagged with the baselines that select them. */
function profileCatalog(own: Catalog, selections: Readonly<Record<string, readonly string[]>>, base: Catalog): Catalog {
  const tags = new Map<string, string[]>();
  for (const [baseline, ids] of Object.entries(selections)) for (const id of ids) tags.set(id, [...(tags.get(id) ?? []), baseline]);
  const entries = new Map<string, CatalogEntry>();
  for (const entry of base.entries.values()) {
    const selected = tags.get(entry.id);
    if (selected) entries.set(entry.id, { ...entry, tags: selected });
  }
  const used = new Set([...entries.values()].map((e) => e.group));
  return { ...own, groups: new Map([...base.groups].filter(([id]) => used.has(id))), entries };
}

/** Pure: the catalogs of the folders named by `keys`, in that order; a profile is built over its base. */
export function catalogsFromFolders(folders: ReadonlyMap<string, FrameworkFolder>, keys: readonly string[]): Catalogs {
  const catalogs = new Map<string, Catalog>();
  const build = (key: string): Catalog | undefined => {
    const folder = folders.get(key);
    if (!folder) return undefined;
    const base = folder.framework.profileOf;
    return catalogFromFolder(folder, base ? (catalogs.get(base) ?? build(base)) : undefined);
  };
  for (const key of keys) {
    const catalog = build(key);
    if (catalog) catalogs.set(key, catalog);
  }
  return catalogs;
}
