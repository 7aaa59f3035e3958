import type { Guide } from '../../model/guide.ts';
import { heldGuides, type GuideHandle } from '../guide-handle.ts';
import type { ReferenceData } from '../../reference.ts';
import { guideRowGroups, type MappingRow, type RowGroups } from '../rows.ts';
import { catalogDocument } from './catalog.ts';
import { componentDefinitionDocument } from './component-definition.ts';
import { indexGuides } from './guide-index.ts';
import { mappingCollectionDocument } from './mapping-collection.ts';
import type { Json, OscalOptions } from './metadata.ts';
import { PROFILE_LEVELS, profileDocument } from './profile.ts';

export { HARDMAP_UUID_NAMESPACE, uuidV5 } from './uuid.ts';
export { HARDMAP_NS, nistControlId, token as oscalToken } from './text.ts';
export { NIST_CATALOG_URL, OSCAL_VERSION, type OscalOptions } from './metadata.ts';
export { levelsUpTo, PROFILE_LEVELS, profileControlIds, type OscalProfileLevel } from './profile.ts';

/**
 * Pure: the guides as OSCAL 1.2.2 JSON documents, keyed by file name, for writing with
 * `jsonDocumentPieces`: the catalog's groups and the mapping collection's maps are lazy arrays,
 * made as the document is written. Identical input gives byte-identical output: uuids are v5 of
 * stable names, the only timestamp is `options.lastModified`, and guides, controls and
 * requirements are sorted. A profile or the mapping collection is left out when it would be
 * empty, since OSCAL has no valid empty form for either. `groups`: the guides' rows, when the
 * caller has them already.
 */
export function oscalDocumentSet(guides: readonly GuideHandle[], reference: ReferenceData, options: OscalOptions, groups?: RowGroups): Record<string, Json> {
  const index = indexGuides(guides);
  const documents: Record<string, Json> = { 'catalog.json': catalogDocument(index, options) };
  for (const level of PROFILE_LEVELS) {
    const profile = profileDocument(index, level, options);
    if (profile) documents[`profile-${level}.json`] = profile;
  }
  documents['component-definition.json'] = componentDefinitionDocument(index, options);
  const rows = groups ?? ((): Iterable<MappingRow[]> => guideRowGroups(guides, reference, { contentCommit: options.contentCommit, packs: options.packs ?? null }));
  const collection = mappingCollectionDocument(index, rows, reference, options);
  if (collection) documents['mapping-collection.json'] = collection;
  return documents;
}

/** The same documents as plain JSON values, for callers that read them rather than write them (small collections). */
export function oscalDocuments(guides: readonly Guide[], reference: ReferenceData, options: OscalOptions): Record<string, Json> {
  const documents = oscalDocumentSet(heldGuides(guides), reference, options);
  return Object.fromEntries(Object.entries(documents).map(([name, document]) => [name, JSON.parse(JSON.stringify(document)) as Json]));
}
