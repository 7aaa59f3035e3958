import { derivationSources } from '../../crosswalk/hops.ts';
import { frameworkInfo } from '../../frameworks/registry.ts';
import { compareIds } from '../../frameworks/sort.ts';
import type { ReferenceData } from '../../reference.ts';
import type { MappingRow } from '../rows.ts';
import { crosswalkGaps, gapIds, gapSummary, mappableIds } from './gaps.ts';
import { anchorKey, type GuideIndex } from './guide-index.ts';
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

function mapping(framework: string, derivation: MappingRow['derivation'], rows: readonly MappingRow[], index: GuideIndex, reference: ReferenceData): Json[] {
  const target = oscalTarget(framework)?.resource;
  // Catalog order, then natural id order: the same order as catalog.json, whatever order rows come in.
  const found = rows
    .flatMap((row) => {
      const source = index.byAnchor.get(anchorKey(row.sourceFile, row.controlAnchor));
      return source && row.framework === framework && row.derivation === derivation ? [{ row, source }] : [];
    })
    .sort((a, b) => a.source.position - b.source.position || compareIds(a.row.frameworkId, b.row.frameworkId));
  if (!target || found.length === 0) return [];
  const { method, status, what } = provenance(derivation);
  const mappedSources = new Set(found.map(({ source }) => source.id));
  const mappedTargets = new Set(found.map(({ row }) => row.frameworkId));
  const sourceGap = gapSummary(`${framework}:${derivation}:source`, index.controls.filter((c) => !mappedSources.has(c.id)).map((c) => c.id));
  const targetGap = gapSummary(`${framework}:${derivation}:target`, gapIds(framework, mappableIds(reference, framework).filter((id) => !mappedTargets.has(id))));
  const crosswalks = derivation === 'derived' ? crosswalkGaps(reference, framework) : [];
  return [{
    uuid: uuidV5(`mapping:${framework}:${derivation}`),
    method,
    'matching-rationale': 'semantic',
    status,
    'mapping-description': `Guide controls to ${target.title}, ${what}.`,
    'source-resource': { type: 'catalog', href: `#${HARDMAP_CATALOG.uuid}` },
    'target-resource': { type: 'catalog', href: `#${target.uuid}` },
    maps: found.map(({ row, source }) => map(row, source.id)),
    ...(sourceGap ? { 'source-gap-summary': sourceGap } : {}),
    ...(targetGap ? { 'target-gap-summary': targetGap } : {}),
    ...(crosswalks.length > 0 ? { remarks: `Gaps in the crosswalks themselves, from their unmapped lists: ${crosswalks.join('; ')}.` } : {}),
  }];
}

/**
 * Null when no guide control maps to a catalogued framework: a mapping collection needs at least
 * one mapping and each mapping at least one map, so there is no valid empty one.
 */
export function mappingCollectionDocument(index: GuideIndex, rows: readonly MappingRow[], reference: ReferenceData, options: OscalOptions): Json | null {
  const targets = oscalTargets();
  const mappings = targets.flatMap(({ framework }) => [
    ...mapping(framework, 'asserted', rows, index, reference),
    ...mapping(framework, 'derived', rows, index, reference),
  ]);
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
