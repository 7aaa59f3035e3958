import { derivationSources } from '../../crosswalk/hops.ts';
import { frameworkInfo } from '../../frameworks/registry.ts';
import { compareIds } from '../../frameworks/sort.ts';
import type { ReferenceData } from '../../reference.ts';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { LazyJsonArray, RawJson } from '../pieces.ts';
import type { MappingRow, RowGroups } from '../rows.ts';
import { crosswalkGaps, gapIds, gapSummary, mappableIds } from './gaps.ts';
import { anchorKey, type GuideIndex, type IndexedControl } from './guide-index.ts';
import { backMatter, HARDMAP_CATALOG, metadata, prop, type Json, type OscalOptions } from './metadata.ts';
import { oscalTarget, oscalTargets } from './targets.ts';
import { controlRelationship, oscalRelationship, targetId } from './relationship.ts';
import { uuidV5 } from './uuid.ts';

/** `A, B and C`. */
const listed = (names: readonly string[]): string => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`);

/** Asserted edges are the guide authors' claims; derived ones are crosswalk inferences nobody reviewed. */
function provenance(derivation: MappingRow['derivation']): { method: string; status: string; what: string } {
  if (derivation === 'asserted') return { method: 'human', status: 'complete', what: 'written in the guides' };
  const sources = [...derivationSources()].map((framework) => frameworkInfo(framework)?.short ?? framework);
  return { method: 'automation', status: 'draft', what: `derived through published crosswalks from the asserted ${listed(sources)} ids` };
}

function map(row: MappingRow, sourceId: string): Json {
  const relationship = controlRelationship(row);
  const derived = row.derivation === 'derived';
  const remarks = derived
    ? `Derived: ${row.path}. Along it, the requirement the guide asserts (the first on the path) is ${row.relationship} ${row.frameworkId}, so meeting it ${row.strength === 'meets' ? 'meets' : 'contributes to'} ${row.frameworkId}; with the guide's claim read as intersects-with, the control is ${oscalRelationship(relationship).relationship} ${row.frameworkId}.`
    : null;
  return {
    uuid: uuidV5(`map:${sourceId}:${row.framework}:${row.frameworkId}`),
    props: [
      ...prop('derivation', row.derivation),
      ...(derived ? [...prop('strength', row.strength), ...prop('path-relationship', row.relationship)] : []),
      ...(row.rolledUp ? prop('rolled-up', 'true') : []),
    ],
    ...oscalRelationship(relationship),
    sources: [{ type: 'control', 'id-ref': sourceId }],
    targets: [{ type: 'control', 'id-ref': targetId(row.framework, row.frameworkId) }],
    ...(remarks === null ? {} : { remarks }),
  };
}

/** The maps of one mapping (a target framework and a derivation), kept compressed, a guide at a time, until the document is written. */
interface Bucket {
  framework: string;
  derivation: MappingRow['derivation'];
  sources: Set<string>;
  targets: Set<string>;
  /** Maps as `JSON.stringify` texts joined by NUL (which JSON text never holds raw), deflated; `first` is the guide's first control position. */
  chunks: Array<{ first: number; data: Uint8Array }>;
}

const SEPARATOR = '\u0000';
const bucketKey = (framework: string, derivation: string): string => `${framework}${SEPARATOR}${derivation}`;

/**
 * One pass over the rows, a slug at a time: each map is written once, as text, and deflated with
 * the other maps of its guide and mapping. A 1,300-guide collection's maps are over a gigabyte of
 * JSON; compressed they are a few percent of that, and no row outlives its slug's turn.
 */
function fill(buckets: ReadonlyMap<string, Bucket>, groups: RowGroups, index: GuideIndex): void {
  const encoder = new TextEncoder();
  for (const rows of groups()) {
    const lists = new Map<string, { bucket: Bucket; found: Array<{ row: MappingRow; source: IndexedControl }> }>();
    for (const row of rows) {
      const source = index.byAnchor.get(anchorKey(row.sourceFile, row.controlAnchor));
      const bucket = buckets.get(bucketKey(row.framework, row.derivation));
      if (!source || !bucket) continue;
      const key = `${bucketKey(row.framework, row.derivation)}${SEPARATOR}${source.guide.id}`;
      let list = lists.get(key);
      if (!list) lists.set(key, (list = { bucket, found: [] }));
      list.found.push({ row, source });
    }
    for (const { bucket, found } of lists.values()) {
      // Catalog order, then natural id order: the same order as catalog.json, whatever order rows come in.
      found.sort((a, b) => a.source.position - b.source.position || compareIds(a.row.frameworkId, b.row.frameworkId));
      for (const { row, source } of found) {
        bucket.sources.add(source.id);
        bucket.targets.add(row.frameworkId);
      }
      const text = found.map(({ row, source }) => JSON.stringify(map(row, source.id), null, 2)).join(SEPARATOR);
      bucket.chunks.push({ first: found[0]?.source.position ?? 0, data: deflateRawSync(encoder.encode(text), { level: 1 }) });
    }
  }
  // A guide's controls have consecutive positions, so chunks in order of their first give the sorted maps.
  for (const bucket of buckets.values()) bucket.chunks.sort((a, b) => a.first - b.first);
}

function* maps(bucket: Bucket): Generator<RawJson> {
  const decoder = new TextDecoder();
  for (const chunk of bucket.chunks) for (const text of decoder.decode(inflateRawSync(chunk.data)).split(SEPARATOR)) yield new RawJson(text);
}

function mapping(bucket: Bucket, index: GuideIndex, reference: ReferenceData): Json[] {
  const { framework, derivation } = bucket;
  const target = oscalTarget(framework)?.resource;
  if (!target || bucket.chunks.length === 0) return [];
  const { method, status, what } = provenance(derivation);
  const sourceGap = gapSummary(`${framework}:${derivation}:source`, index.controls.filter((c) => !bucket.sources.has(c.id)).map((c) => c.id));
  const targetGap = gapSummary(`${framework}:${derivation}:target`, gapIds(framework, mappableIds(reference, framework).filter((id) => !bucket.targets.has(id))));
  const crosswalks = derivation === 'derived' ? crosswalkGaps(reference, framework) : [];
  return [{
    uuid: uuidV5(`mapping:${framework}:${derivation}`),
    method,
    'matching-rationale': 'semantic',
    status,
    'mapping-description': `Guide controls to ${target.title}, ${what}.`,
    'source-resource': { type: 'catalog', href: `#${HARDMAP_CATALOG.uuid}` },
    'target-resource': { type: 'catalog', href: `#${target.uuid}` },
    maps: new LazyJsonArray(() => maps(bucket)),
    ...(sourceGap ? { 'source-gap-summary': sourceGap } : {}),
    ...(targetGap ? { 'target-gap-summary': targetGap } : {}),
    ...(crosswalks.length > 0 ? { remarks: `Gaps in the crosswalks themselves, from their unmapped lists: ${crosswalks.join('; ')}.` } : {}),
  }];
}

/**
 * Null when no guide control maps to a catalogued framework: a mapping collection needs at least
 * one mapping and each mapping at least one map, so there is no valid empty one.
 */
export function mappingCollectionDocument(index: GuideIndex, groups: RowGroups, reference: ReferenceData, options: OscalOptions): Json | null {
  const targets = oscalTargets();
  const buckets = new Map(targets.flatMap(({ framework }) => (['asserted', 'derived'] as const).map((derivation): [string, Bucket] => [bucketKey(framework, derivation), { framework, derivation, sources: new Set(), targets: new Set(), chunks: [] }])));
  fill(buckets, groups, index);
  const mappings = [...buckets.values()].flatMap((bucket) => mapping(bucket, index, reference));
  if (mappings.length === 0) return null;
  return {
    'mapping-collection': {
      uuid: uuidV5('mapping-collection'),
      metadata: metadata(`hardmap: Guide Controls to ${listed(targets.map((target) => target.name))}`, options,
        'Each map carries a hardmap `derivation` prop: asserted (in the guide, relationship intersects-with) or derived (through crosswalks). A derived map also carries `strength` (meets or contributes-to: what meeting the asserted requirement does for the target) and `path-relationship` (how the asserted requirement relates to the target, composed hop by hop); its relationship is that composition applied to the guide claim. `unspecified` (hardmap namespace) means the chain establishes no overlap.'),
      provenance: {
        method: 'hybrid',
        'matching-rationale': 'semantic',
        status: 'draft',
        'mapping-description': 'Guide authors map each control to framework ids; hardmap adds ids that follow through the crosswalks in mappings/, each edge typed as its source types it.',
      },
      mappings,
      'back-matter': backMatter([HARDMAP_CATALOG, ...targets.map((target) => target.resource)]),
    },
  };
}
