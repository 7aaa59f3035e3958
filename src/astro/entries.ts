import { checkPublishedPage } from '../core/rules/site-slug.ts';
import type { CheckOptions } from '../core/rules/run-rules.ts';
import type { StoredGuide, StoredRunbook } from '../core/stored.ts';
import { readModelSync } from '../io/model-store.ts';
import type { SitePages } from './integration.ts';

/**
 * What Astro's content store keeps per guide: where its model is, not the model. A model with its
 * HTML runs to about 30 times the file's size, and Astro serializes its whole store into one
 * string and one module: for 1,300 guides (55 MB) that passes V8's limit on a string's length.
 */
export interface GuideRef {
  kind: 'guide-ref';
  /** The model's key and the folder that holds it (io/model-store.ts). */
  key: string;
  folder: string;
  path: string;
  requestedSlug: string;
  /** The published slug: safe in a URL and unique in the collection. */
  slug: string;
}

/**
 * Entries travel through Astro's data store as one JSON string, not as nested data. The store
 * rewrites any string value that starts with `__ASTRO_IMAGE_` into an asset import, so a guide
 * title or code block crafted that way would make Vite import an arbitrary file at build time.
 * A single opaque string is never inspected, and it is also cheaper to (de)serialize.
 */
// A type alias, not an interface: Astro's store takes Record<string, unknown>, which interfaces do not satisfy.
export type EntryData = { json: string };

export const encodeEntry = (value: StoredRunbook | GuideRef | SitePages): EntryData => ({ json: JSON.stringify(value) });

export function decodeRunbook(data: EntryData): StoredRunbook {
  const value = JSON.parse(data.json) as { kind?: string };
  if (value.kind !== 'runbook') throw new Error('expected a runbook entry');
  return value as StoredRunbook;
}

/** The one entry of the `hardmap` collection: what every page needs besides the guides and runbooks. */
export const decodeSitePages = (data: EntryData): SitePages => JSON.parse(data.json) as SitePages;

/** Where a store entry's model is. */
export function guideRefOf(data: EntryData): GuideRef {
  const ref = JSON.parse(data.json) as GuideRef;
  if (ref.kind !== 'guide-ref') throw new Error('expected a guide entry');
  return ref;
}

/**
 * The stored guide an entry points at, published under the entry's slug. Synchronous: the site
 * reads a model again whenever a page needs one that is no longer in memory (site/lib/data.ts).
 */
export function loadStoredGuide(ref: GuideRef, options: CheckOptions): StoredGuide {
  const model = readModelSync(ref.folder, ref.key);
  if (!model) throw new Error(`hardmap: the model of ${ref.path} is missing from ${ref.folder}; build again`);
  const stored = JSON.parse(model.json) as StoredGuide;
  if (ref.slug === stored.requestedSlug) return stored;
  // A note for the author, through the rule engine (the config's severity and disable comments apply).
  const page = { path: stored.guide.path, directives: stored.guide.directives, requestedSlug: stored.requestedSlug, slug: ref.slug, slugPlace: stored.guide.frontmatter?.valuePositions['slug'] ?? null };
  return { ...stored, guide: { ...stored.guide, slug: ref.slug }, diagnostics: [...stored.diagnostics, ...checkPublishedPage(page, options)] };
}
