import type { Relationship } from '../../src/core/model/relationship.ts';
import type { RelationshipSource } from '../../src/core/model/crosswalk.ts';
import { naturalCompare, uniqueNatural } from './natural.ts';
import type { Artifact, CatalogIndex, NoteSpec, SourceRef, Warn } from './types.ts';

/** One source row, already normalised to display IDs. */
export type Row = {
  from: string;
  to: string;
  /** Typed, from `from`'s point of view. */
  relationship: Relationship;
  /** The relationship as the source words it (`Subset`), or null when it has none. */
  sourceRelationship: string | null;
  /** The target as published, when that differs from `to`. */
  published?: string;
  /** Source-side quality flags, e.g. "duplicateRowInSource". */
  flags?: string[];
};

export type Edge = { from: string; to: string; relationship: Relationship; sourceRef?: string };

export type CrosswalkSpec = {
  from: CatalogIndex;
  to: CatalogIndex;
  title: string;
  license: string;
  /** How the source words relationships and what each word became. */
  relationships: RelationshipSource;
  notes: string;
  sources: SourceRef[];
  rows: Row[];
  note: NoteSpec;
};

// Source files list the IDs they left unmapped; disagreement means our ID
// normalisation dropped or invented an edge.
export function checkUnmapped(artifact: Artifact, expected: string[], label: string, warn: Warn): void {
  const ours = uniqueNatural(artifact.json.unmappedFrom as string[]).join(',');
  if (ours !== uniqueNatural(expected).join(',')) warn(`${label}: unmapped [${ours}] differ from source [${expected}]`);
}

/** Read order of the crosswalks that had one before the registry was data; the others follow by id. */
const CROSSWALK_ORDER: Readonly<Record<string, number>> = {
  'soc2-tsc-2017__nist-800-53-r5': 10,
  'cis-controls-v8__nist-800-53-r5': 20,
  'nist-800-53-r5__iso27001-2022': 30,
  'cis-controls-v8__iso27001-2022': 40,
};

export function crosswalkId(from: string, to: string): string {
  return `${from}__${to}`;
}

export function buildCrosswalk(spec: CrosswalkSpec, warn: Warn): Artifact {
  const id = crosswalkId(spec.from.key, spec.to.key);
  const edges = collapseRows(spec.rows);
  const unknown = unknownEndpoints(id, edges, spec.from, spec.to, warn);
  const mapped = new Set(edges.map((e) => e.from));
  const unmappedFrom = spec.from.mappable.filter((x) => !mapped.has(x));
  const sourceFlags = flagsOf(spec.rows);
  const counts = {
    rows: spec.rows.length,
    edges: edges.length,
    exactDuplicateRows: spec.rows.length - new Set(spec.rows.map(rowKey)).size,
    fromMapped: mapped.size,
    fromUnmapped: unmappedFrom.length,
    toMapped: new Set(edges.map((e) => e.to)).size,
    unknownIds: unknown,
    byRelationship: tally(edges.map((e) => e.relationship)),
    bySourceRelationship: tally(spec.rows.map((r) => r.sourceRelationship ?? '(none)')),
  };
  const json = {
    id,
    from: spec.from.key,
    to: spec.to.key,
    title: spec.title,
    // The first four crosswalks keep the read order they always had (edges and gap notes list in it).
    ...(CROSSWALK_ORDER[id] === undefined ? {} : { order: CROSSWALK_ORDER[id] }),
    license: spec.license,
    provenance: { sources: spec.sources, notes: spec.notes },
    counts,
    relationships: spec.relationships,
    sourceFlags,
    unmappedFrom,
    edges,
  };
  return { file: `crosswalks/${id}.json`, json, sources: spec.sources, counts, note: spec.note };
}

const rowKey = (r: Row) => `${r.from}\u0000${r.to}\u0000${r.relationship}\u0000${r.published ?? ''}`;
const edgeKey = (r: Row) => `${r.from}\u0000${r.to}\u0000${r.relationship}`;

// One edge per (from, to, relationship). Rows that differ only in the published
// reference (SOC 2 maps to statement items PS-6a, PS-6b...) merge into one edge
// whose sourceRef lists them all, so nothing published is lost.
export function collapseRows(rows: Row[]): Edge[] {
  const groups = new Map<string, { row: Row; refs: Set<string> }>();
  for (const row of rows) {
    const key = edgeKey(row);
    const group = groups.get(key) ?? { row, refs: new Set<string>() };
    group.refs.add(row.published ?? row.to);
    groups.set(key, group);
  }
  const edges = [...groups.values()].map(({ row, refs }) => toEdge(row, uniqueNatural(refs)));
  return edges.sort(compareEdges);
}

function toEdge(row: Row, refs: string[]): Edge {
  const edge: Edge = { from: row.from, to: row.to, relationship: row.relationship };
  if (refs.length > 1 || refs[0] !== row.to) edge.sourceRef = refs.join(', ');
  return edge;
}

export function compareEdges(a: Edge, b: Edge): number {
  return naturalCompare(a.from, b.from) || naturalCompare(a.to, b.to) || naturalCompare(a.relationship, b.relationship);
}

function unknownEndpoints(id: string, edges: Edge[], from: CatalogIndex, to: CatalogIndex, warn: Warn): number {
  const missing = new Set<string>();
  for (const e of edges) {
    if (!from.ids.has(e.from)) missing.add(`${from.key}:${e.from}`);
    if (!to.ids.has(e.to)) missing.add(`${to.key}:${e.to}`);
  }
  for (const m of uniqueNatural(missing)) warn(`${id}: endpoint ${m} is not in its catalog`);
  return missing.size;
}

function flagsOf(rows: Row[]): { from: string; to: string; flag: string }[] {
  const seen = new Map<string, { from: string; to: string; flag: string }>();
  for (const r of rows) {
    for (const flag of r.flags ?? []) seen.set(`${r.from}\u0000${r.to}\u0000${flag}`, { from: r.from, to: r.to, flag });
  }
  return [...seen.values()].sort(
    (a, b) => naturalCompare(a.from, b.from) || naturalCompare(a.to, b.to) || naturalCompare(a.flag, b.flag),
  );
}

function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of [...values].sort(naturalCompare)) out[v] = (out[v] ?? 0) + 1;
  return out;
}
