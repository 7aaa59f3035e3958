import type { PackTree } from '../../packs/model.ts';
import { NIST } from '../../frameworks/defaults.ts';
import { HARDMAP_NS, oneLine } from './text.ts';
import { uuidV5 } from './uuid.ts';

export const OSCAL_VERSION = '1.2.2';

export interface OscalOptions {
  /** ISO 8601 date-time (or date) from SOURCE_DATE_EPOCH or the newest guide `last_updated`; never the wall clock. */
  lastModified: string;
  /** Version of the exported content, e.g. the package or content release. */
  version: string;
  /** Git commit of the content, or null outside a repository. */
  contentCommit: string | null;
  /** The guides a per-guide export covers, named in every document title (`hardmap export --guide`). */
  scope?: string;
  /** The collection's code packs: their files become implementation evidence in the component definition. */
  packs?: PackTree | null;
}

/** The released NIST catalog that implemented requirements and mappings point into. */
export const NIST_CATALOG_URL = 'https://raw.githubusercontent.com/usnistgov/oscal-content/main/nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json';

export type Json = Record<string, unknown>;

/**
 * OSCAL's timestamp pattern requires a time and a zone. A bare `last_updated` date is read as
 * midnight UTC rather than rejected, since that is what guides write.
 */
export function timestamp(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? `${value.trim()}T00:00:00Z` : value.trim();
}

export function prop(name: string, value: string | null | undefined, ns: string | null = HARDMAP_NS): Json[] {
  const text = oneLine(value);
  if (text === null) return [];
  return [ns === null ? { name, value: text } : { name, ns, value: text }];
}

/** Optional OSCAL arrays must have at least one item, so empty ones are left out. */
export function nonEmpty<K extends string>(key: K, items: readonly unknown[]): Partial<Record<K, unknown[]>> {
  return items.length > 0 ? ({ [key]: [...items] } as Partial<Record<K, unknown[]>>) : {};
}

export function metadata(title: string, options: OscalOptions, remarks: string): Json {
  return {
    // A per-guide file says which guide it is: five catalogs all titled alike cannot be told apart once downloaded.
    title: oneLine(options.scope) ? `${title}: ${oneLine(options.scope)}` : title,
    'last-modified': timestamp(options.lastModified),
    version: oneLine(options.version) ?? 'unversioned',
    'oscal-version': OSCAL_VERSION,
    ...nonEmpty('props', prop('content-commit', options.contentCommit)),
    remarks,
  };
}

/** A back-matter resource other documents and links point at with `#uuid`. */
export interface Resource {
  uuid: string;
  title: string;
  href: string | null;
  mediaType: string | null;
  remarks: string | null;
}

export function resource(name: string, title: string, href: string | null, mediaType: string | null, remarks: string | null = null): Resource {
  return { uuid: uuidV5(`resource:${name}`), title, href, mediaType, remarks };
}

export function backMatter(resources: readonly Resource[]): Json {
  return {
    resources: resources.map((r) => ({
      uuid: r.uuid,
      title: r.title,
      ...(r.href === null ? {} : { rlinks: [{ href: r.href, ...(r.mediaType === null ? {} : { 'media-type': r.mediaType }) }] }),
      ...(r.remarks === null ? {} : { remarks: r.remarks }),
    })),
  };
}

export const OSCAL_CATALOG_MEDIA_TYPE = 'application/oscal.catalog+json';

/** hardmap's own catalog, as profiles and the mapping collection import it (a sibling file). */
export const HARDMAP_CATALOG = resource('hardmap-catalog', 'hardmap catalog of hardening guide controls', 'catalog.json', OSCAL_CATALOG_MEDIA_TYPE);

/**
 * The NIST catalog the guide catalog's control links point into. Mapping targets are the
 * registry's frameworks (targets.ts): only NIST publishes an OSCAL catalog among them; the
 * others' resources identify the framework without pretending to be one.
 */
export const NIST_RESOURCE = resource(NIST, 'NIST SP 800-53 Rev 5 catalog', NIST_CATALOG_URL, OSCAL_CATALOG_MEDIA_TYPE);

