import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createResultCache } from './cache.ts';

/** A guide's stored-entry JSON and the slug it asked for (read without parsing the JSON). */
export interface GuideModel {
  slug: string;
  json: string;
}

export const MODELS_DIR = fileURLToPath(new URL('../../node_modules/.cache/hardmap/models/', import.meta.url));

/**
 * `hardmap build` checks the content on worker threads, then runs Astro in the same process; the
 * site's loader takes each guide's model from here instead of parsing the file a second time.
 * Models live on disk (keyed by the check cache key), for this build and the next; only those
 * that cannot be written there are kept in memory. That map hangs off globalThis because Astro
 * loads this module again through Vite: two module instances, one process.
 */
const HANDOFF = Symbol.for('hardmap.guide-models');
type Handoff = { models: Map<string, GuideModel>; slugs: Map<string, string> };
type Holder = { [HANDOFF]?: Handoff };

function handoff(): Handoff {
  const holder = globalThis as Holder;
  holder[HANDOFF] ??= { models: new Map(), slugs: new Map() };
  return holder[HANDOFF];
}
const memory = (): Map<string, GuideModel> => handoff().models;

const disk = createResultCache<GuideModel>(MODELS_DIR);

/**
 * Keep a model for the site's loader. Persisted models go to disk only: held in memory as well,
 * the JSON of a 1,300-guide collection (about 0.8 GB) would stay alive beside the objects the
 * pages decode from it. A stopped file's model stays in memory only, since it depends on the machine.
 */
export async function rememberModel(key: string, model: GuideModel, persist: boolean): Promise<void> {
  handoff().slugs.set(key, model.slug);
  if (persist) {
    await disk.set(key, model);
    if (await hasModel(key)) return;
  }
  // Not persisted, or the cache folder is not writable (a read-only checkout): this process only.
  memory().set(key, model);
}

/** The slug a model's guide asked for, without reading the model when this process made it. */
export async function recallSlug(key: string): Promise<string | undefined> {
  return handoff().slugs.get(key) ?? (await recallModel(key))?.slug;
}

export async function recallModel(key: string): Promise<GuideModel | undefined> {
  return memory().get(key) ?? (await disk.get(key));
}

export async function hasModel(key: string): Promise<boolean> {
  if (memory().has(key)) return true;
  return access(join(MODELS_DIR, key.slice(0, 2), `${key}.json`)).then(() => true, () => false);
}
