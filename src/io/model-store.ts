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
 * Models live in memory for this process (keyed by the check cache key) and on disk for the next
 * build. The map hangs off globalThis because Astro loads this module again through Vite: two
 * module instances, one process.
 */
const HANDOFF = Symbol.for('hardmap.guide-models');
type Holder = { [HANDOFF]?: Map<string, GuideModel> };

function memory(): Map<string, GuideModel> {
  const holder = globalThis as Holder;
  holder[HANDOFF] ??= new Map();
  return holder[HANDOFF];
}

const disk = createResultCache<GuideModel>(MODELS_DIR);

/** Keep a model for this process; `persist` also writes it to disk (not for stopped files: their result depends on the machine). */
export async function rememberModel(key: string, model: GuideModel, persist: boolean): Promise<void> {
  memory().set(key, model);
  if (persist) await disk.set(key, model);
}

export async function recallModel(key: string): Promise<GuideModel | undefined> {
  return memory().get(key) ?? (await disk.get(key));
}

export async function hasModel(key: string): Promise<boolean> {
  if (memory().has(key)) return true;
  return access(join(MODELS_DIR, key.slice(0, 2), `${key}.json`)).then(() => true, () => false);
}
