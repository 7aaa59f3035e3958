import { CIS, NIST, SOC2 } from '../../frameworks/registry.ts';
import { compareIds } from '../../frameworks/sort.ts';
import type { MappingRow } from '../rows.ts';
import { anchorKey, type GuideIndex } from './guide-index.ts';
import { backMatter, HARDMAP_CATALOG, metadata, prop, TARGET_RESOURCES, type Json, type OscalOptions } from './metadata.ts';
import { nistControlId } from './text.ts';
import { uuidV5 } from './uuid.ts';

const TARGETS = [NIST, CIS, SOC2] as const;

/**
 * hardmap knows a control relates to a requirement, not how much of it it covers. OSCAL's weakest
 * claim, `intersects-with`, is the honest one; `subset-of` would assert coverage nobody checked.
 */
const RELATIONSHIP = 'intersects-with';

/** Asserted edges are the guide authors' claims; derived ones are crosswalk inferences nobody reviewed. */
const PROVENANCE = {
  asserted: { method: 'human', status: 'complete', what: 'written in the guides' },
  derived: { method: 'automation', status: 'draft', what: 'derived through published crosswalks from the asserted NIST and CIS ids' },
} as const;

function targetId(row: MappingRow): string {
  return row.framework === NIST ? nistControlId(row.frameworkId) : row.frameworkId;
}

function map(row: MappingRow, sourceId: string): Json {
  const remarks = row.derivation === 'derived' ? `Derived: ${row.via}${row.rolledUp ? ' (enhancement rolled up to its base control)' : ''}.` : null;
  return {
    uuid: uuidV5(`map:${sourceId}:${row.framework}:${row.frameworkId}`),
    props: [...prop('derivation', row.derivation), ...(row.rolledUp ? prop('rolled-up', 'true') : [])],
    relationship: RELATIONSHIP,
    sources: [{ type: 'control', 'id-ref': sourceId }],
    targets: [{ type: 'control', 'id-ref': targetId(row) }],
    ...(remarks === null ? {} : { remarks }),
  };
}

function mapping(framework: string, derivation: MappingRow['derivation'], rows: readonly MappingRow[], index: GuideIndex): Json[] {
  const target = TARGET_RESOURCES.get(framework);
  // Catalog order, then natural id order: the same order as catalog.json, whatever order rows come in.
  const maps = rows
    .flatMap((row) => {
      const source = index.byAnchor.get(anchorKey(row.sourceFile, row.controlAnchor));
      return source && row.framework === framework && row.derivation === derivation ? [{ row, source }] : [];
    })
    .sort((a, b) => a.source.position - b.source.position || compareIds(a.row.frameworkId, b.row.frameworkId))
    .map(({ row, source }) => map(row, source.id));
  if (!target || maps.length === 0) return [];
  const provenance = PROVENANCE[derivation];
  return [{
    uuid: uuidV5(`mapping:${framework}:${derivation}`),
    method: provenance.method,
    'matching-rationale': 'semantic',
    status: provenance.status,
    'mapping-description': `Guide controls to ${target.title}, ${provenance.what}.`,
    'source-resource': { type: 'catalog', href: `#${HARDMAP_CATALOG.uuid}` },
    'target-resource': { type: 'catalog', href: `#${target.uuid}` },
    maps,
  }];
}

/**
 * Null when no guide control maps to NIST, CIS or SOC 2: a mapping collection needs at least one
 * mapping and each mapping at least one map, so there is no valid empty one.
 */
export function mappingCollectionDocument(index: GuideIndex, rows: readonly MappingRow[], options: OscalOptions): Json | null {
  const mappings = TARGETS.flatMap((framework) => [
    ...mapping(framework, 'asserted', rows, index),
    ...mapping(framework, 'derived', rows, index),
  ]);
  if (mappings.length === 0) return null;
  return {
    'mapping-collection': {
      uuid: uuidV5('mapping-collection'),
      metadata: metadata('hardmap: Guide Controls to NIST SP 800-53, CIS Controls and SOC 2', options, 'Each map carries a hardmap `derivation` prop: asserted (in the guide) or derived (through crosswalks).'),
      provenance: {
        method: 'hybrid',
        'matching-rationale': 'semantic',
        status: 'draft',
        'mapping-description': 'Guide authors map each control to framework ids; hardmap adds ids that follow through the NIST, CIS and SOC 2 crosswalks in mappings/.',
      },
      mappings,
      'back-matter': backMatter([HARDMAP_CATALOG, ...TARGETS.flatMap((f) => TARGET_RESOURCES.get(f) ?? [])]),
    },
  };
}
