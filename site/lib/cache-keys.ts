import { createHash } from 'node:crypto';
import type { RequirementControl, RequirementRollup } from 'hardmap';
import { sourceFingerprint } from 'hardmap/node';
import { controlSegment, siteData, type GuideInfo, type SiteData } from './data.ts';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key
 * and template code are unchanged since the last build is copied from Astro's cache instead of
 * rendered. A key must cover everything the page shows that does not come from its own modules
 * (Astro hashes those): the data it reads from siteData(), and hardmap's own code, which the pages
 * import as external modules Astro does not hash. Pages without a key (the home page, status,
 * the matrices, the downloads index) are rendered on every build; the download files themselves are
 * not pages (astro/downloads.ts makes them and reuses a set whose inputs are unchanged).
 */
const digest = (...parts: unknown[]): string => createHash('sha256').update(JSON.stringify(parts)).digest('hex');

const shared = new WeakMap<SiteData, string>();
const perGuide = new WeakMap<GuideInfo, string>();
const collection = new WeakMap<SiteData, string>();

/**
 * What every page shows besides its own subject: the footer's totals, the canonical and edit
 * links (publish), the code packs the rendered blocks quote, the check options, hardmap's code.
 * A change here (a control added anywhere changes the footer) re-renders every page.
 */
function sharedKey(data: SiteData): string {
  let key = shared.get(data);
  if (key === undefined) {
    const counts = data.guides.reduce((sum, info) => ({ error: sum.error + info.counts.error, warning: sum.warning + info.counts.warning, info: sum.info + info.counts.info }), { error: 0, warning: 0, info: 0 });
    const controls = data.guides.reduce((sum, info) => sum + info.controls.length, 0);
    const { publish, check, packs } = data.site;
    key = digest(sourceFingerprint(), data.guides.length, controls, data.rows.count, counts, publish, check, packs);
    shared.set(data, key);
  }
  return key;
}

/**
 * A guide's pages (the guide, its cheat sheet and matrix, its control pages, its heatmap cells):
 * its model's key (a hash of its bytes, path and check options; hardmap's code is in the shared key), its
 * diagnostics (collection rules see the other guides), and the runbooks that name its controls.
 */
export function guideKey(data: SiteData, info: GuideInfo): string {
  let key = perGuide.get(info);
  if (key === undefined) {
    const runbooks = data.runbooks.filter((entry) => entry.runbook.appliesTo.some((target) => target.guide === info.slug)).map((entry) => [entry.slug, entry.runbook.title, entry.runbook.appliesTo]);
    key = digest(sharedKey(data), info.slug, info.path, info.modelKey, info.diagnostics, info.hasCodePacks, runbooks);
    perGuide.set(info, key);
  }
  return key;
}

/**
 * A requirement page: its edges (every guide control that maps to it, with the vendor and URL
 * segment its row shows) and its roll-up. A guide's change re-renders only the requirements
 * whose edges it changes.
 */
export function requirementKey(data: SiteData, framework: string, id: string, controls: readonly RequirementControl[], rollup: RequirementRollup | null): string {
  const edges = controls.map((row) => [row, data.bySlug.get(row.guide)?.vendor ?? null, controlSegment(data.bySlug, row)]);
  const rolled = rollup?.parts.map((part) => [part.id, part.controls.length]) ?? null;
  return digest(sharedKey(data), framework, id, edges, rollup?.total ?? null, rollup?.own.length ?? null, rolled);
}

/**
 * Pages that list the whole collection (a framework's index, a family's heatmap column, the
 * runbooks, the crosswalks' counts): every guide's key and every runbook with its diagnostics.
 */
export function collectionKey(data: SiteData): string {
  let key = collection.get(data);
  if (key === undefined) {
    key = digest(sharedKey(data), data.guides.map((info) => guideKey(data, info)), data.runbooks.map((entry) => [entry.slug, entry.runbook, entry.diagnostics]));
    collection.set(data, key);
  }
  return key;
}

/** getStaticPaths of the pages with one page per guide (the guide, its cheat sheet), keyed on the guide. */
export async function guidePaths(): Promise<Array<{ params: { slug: string }; props: { slug: string }; cacheKey: string }>> {
  const data = await siteData();
  return data.guides.map((info) => ({ params: { slug: info.slug }, props: { slug: info.slug }, cacheKey: guideKey(data, info) }));
}
