// OSCAL profile (JSON, any 1.x) -> the IDs it selects from its catalog. Generic: imports with
// `include-all` or `include-controls[].with-ids`, minus `exclude-controls[].with-ids`. Only
// selection is read; parameter settings and alterations are not (hardmap needs membership).
type Selector = { 'with-ids'?: string[]; matching?: unknown[] };
type Import = { href: string; 'include-all'?: object; 'include-controls'?: Selector[]; 'exclude-controls'?: Selector[] };
export type OscalProfileDoc = { profile: { metadata: { title: string; version: string }; imports: Import[] } };

export function isOscalProfile(doc: unknown): doc is OscalProfileDoc {
  const profile = (doc as { profile?: { imports?: unknown } } | null)?.profile;
  return typeof profile === 'object' && profile !== null && Array.isArray(profile.imports);
}

/**
 * The selected OSCAL ids, in `catalogOrder` (the order of the catalog they select from), and what
 * could not be resolved: ids the catalog lacks, and `matching` patterns, which are not read.
 */
export function profileSelection(doc: OscalProfileDoc, catalogOrder: readonly string[]): { ids: string[]; problems: string[] } {
  const include = new Set<string>();
  const exclude = new Set<string>();
  const problems: string[] = [];
  for (const imp of doc.profile.imports) {
    if (imp['include-all']) for (const id of catalogOrder) include.add(id);
    for (const sel of imp['include-controls'] ?? []) {
      for (const id of sel['with-ids'] ?? []) include.add(id);
      if (sel.matching?.length) problems.push(`${imp.href}: include-controls matching patterns are not read`);
    }
    for (const sel of imp['exclude-controls'] ?? []) for (const id of sel['with-ids'] ?? []) exclude.add(id);
  }
  const known = new Set(catalogOrder);
  for (const id of include) if (!known.has(id)) problems.push(`selects ${id}, which the catalog lacks`);
  return { ids: catalogOrder.filter((id) => include.has(id) && !exclude.has(id)), problems };
}
