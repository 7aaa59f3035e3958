import type { Diagnostic } from '../core/model/diagnostic.ts';
import type { Guide } from '../core/model/guide.ts';
import type { Runbook } from '../core/model/runbook.ts';
import type { ParsedGuide } from '../core/parse/parse-guide.ts';
import { ruleUrl } from '../core/rules/types.ts';
import { MODELS_DIR, recallModel } from '../io/model-store.ts';
import type { ParseProblem } from '../core/parse/problems.ts';
import { renderIndex, type HtmlIndex } from '../core/render/html.ts';

/** What the `guides` collection keeps per guide; `guide.slug` is already the published slug. */
export interface StoredGuide {
  kind: 'guide';
  /** The slug the file asked for, before it was made safe and unique. */
  requestedSlug: string;
  guide: Guide;
  /** The decoded source the model's offsets refer to: pages render slices the model does not split further. */
  text: string;
  /** Per-file diagnostics, as `hardmap check` reports them (cross-guide ones are computed per build). */
  diagnostics: Diagnostic[];
  /** The file as safe HTML, piece by top-level block, rendered from the one parse. */
  html: HtmlIndex;
}

/** The entry JSON of a guide just analyzed: `requestedSlug` is the slug it asked for, not yet made safe or unique. */
export function storedGuideJson(parsed: ParsedGuide, diagnostics: Diagnostic[]): string {
  const stored: StoredGuide = { kind: 'guide', requestedSlug: parsed.guide.slug, guide: parsed.guide, text: parsed.text, diagnostics, html: parsed.root ? renderIndex(parsed.root) : [] };
  return JSON.stringify(stored);
}

/**
 * What Astro's content store keeps per guide: where its model is, not the model. A model with its
 * HTML runs to about 30 times the file's size, and Astro serializes its whole store into one
 * string and one module: for 1,300 guides (55 MB) that passes V8's limit on a string's length.
 */
export interface GuideRef {
  kind: 'guide-ref';
  /** The model's key in the model store (io/model-store.ts). */
  key: string;
  path: string;
  requestedSlug: string;
  /** The published slug: safe in a URL and unique in the collection. */
  slug: string;
}

/** A note for the author when the published slug differs from the one the guide asked for. */
function slugDiagnostic(stored: StoredGuide, slug: string): Diagnostic {
  const place = stored.guide.frontmatter?.valuePositions['slug'] ?? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  return {
    ruleId: 'site-slug', severity: 'warning', file: stored.guide.path, place, url: ruleUrl('site-slug'), fixable: false, actual: stored.requestedSlug, expected: [slug],
    message: `Unexpected slug \`${stored.requestedSlug}\` (unsafe in a URL or already used), published as \`${slug}\``,
  };
}

/** The stored guide a store entry points at, published under the entry's slug. */
export async function loadStoredGuide(data: EntryData): Promise<StoredGuide> {
  const ref = JSON.parse(data.json) as GuideRef;
  if (ref.kind !== 'guide-ref') throw new Error('expected a guide entry');
  const model = await recallModel(ref.key);
  if (!model) throw new Error(`hardmap: the model of ${ref.path} is missing from ${MODELS_DIR}; build again`);
  const stored = JSON.parse(model.json) as StoredGuide;
  if (ref.slug === stored.requestedSlug) return stored;
  return { ...stored, guide: { ...stored.guide, slug: ref.slug }, diagnostics: [...stored.diagnostics, slugDiagnostic(stored, ref.slug)] };
}

export interface StoredRunbook {
  kind: 'runbook';
  requestedSlug: string;
  runbook: Runbook;
  /** Parse problems; the runbook rules need the guides, so they run once the collections are loaded. */
  problems: ParseProblem[];
  /** The file as safe HTML, piece by top-level block, rendered from the one parse. */
  html: HtmlIndex;
}

/**
 * Entries travel through Astro's data store as one JSON string, not as nested data. The store
 * rewrites any string value that starts with `__ASTRO_IMAGE_` into an asset import, so a guide
 * title or code block crafted that way would make Vite import an arbitrary file at build time.
 * A single opaque string is never inspected, and it is also cheaper to (de)serialize.
 */
// A type alias, not an interface: Astro's store takes Record<string, unknown>, which interfaces do not satisfy.
export type EntryData = { json: string };

export function encodeEntry(value: StoredRunbook): EntryData {
  return { json: JSON.stringify(value) };
}

export function decodeRunbook(data: EntryData): StoredRunbook {
  const value = JSON.parse(data.json) as StoredGuide | StoredRunbook;
  if (value.kind !== 'runbook') throw new Error('expected a runbook entry');
  return value;
}
