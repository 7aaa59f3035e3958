import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createResultCache } from './cache.ts';

/** A guide's stored JSON (see core/stored.ts) and the slug it asked for (read without parsing the JSON). */
export interface GuideModel {
  slug: string;
  json: string;
}

/**
 * Where analyzed guides' models are kept between the analysis and the pages. A model with its HTML
 * runs to about 30 times the file's size (0.8 GB for a 1,300-guide collection), so models live in
 * files, not in memory, and a page reads the one it renders: `folderOf` names the folder a model
 * is in, and `readModel(folder, key)` reads it from any module instance (Astro loads hardmap's
 * modules again through Vite, so no object is shared with the pages).
 */
export interface ModelStore {
  has(key: string): Promise<boolean>;
  /** Keep a model. `persist: false` (a stopped file: its result depends on the machine) keeps it for this process only. */
  set(key: string, model: GuideModel, persist: boolean): Promise<void>;
  get(key: string): Promise<GuideModel | undefined>;
  /** The slug a model asked for, without reading the model when this store wrote it. */
  slugOf(key: string): Promise<string | undefined>;
  /** The folder that holds the model of `key`, for `readModel`. */
  folderOf(key: string): Promise<string | undefined>;
  /** Removes what was kept for this process only. */
  dispose(): void;
}

/** The models folder of `hardmap build` and `astro dev`, beside the check cache. */
export const MODELS_DIR = fileURLToPath(new URL('../../node_modules/.cache/hardmap/models/', import.meta.url));

const fileOf = (folder: string, key: string): string => join(folder, key.slice(0, 2), `${key}.json`);
const exists = (path: string): Promise<boolean> => access(path).then(() => true, () => false);

/** A model written by a store, read by path: a missing or unreadable file is `undefined`. */
export async function readModel(folder: string, key: string): Promise<GuideModel | undefined> {
  try {
    return JSON.parse(await readFile(fileOf(folder, key), 'utf8')) as GuideModel;
  } catch {
    return undefined;
  }
}

/** `readModel` for a caller that cannot wait (a page's getter: site/lib/data.ts). */
export function readModelSync(folder: string, key: string): GuideModel | undefined {
  try {
    return JSON.parse(readFileSync(fileOf(folder, key), 'utf8')) as GuideModel;
  } catch {
    return undefined;
  }
}

/**
 * Models under `dir`, for this run and the next. Those not persisted, and all of them when `dir`
 * cannot be written (a read-only checkout), go to a temporary folder removed by `dispose`.
 */
export function createModelStore(dir: string = MODELS_DIR): ModelStore {
  const persistent = createResultCache<GuideModel>(dir);
  let scratch: string | null = null;
  const slugs = new Map<string, string>();
  const folders = new Map<string, string>();
  const scratchFolder = (): string => (scratch ??= mkdtempSync(join(tmpdir(), 'hardmap-models-')));
  const folderOf = async (key: string): Promise<string | undefined> => folders.get(key) ?? ((await exists(fileOf(dir, key))) ? dir : undefined);
  return {
    has: async (key) => (await folderOf(key)) !== undefined,
    async set(key, model, persist) {
      slugs.set(key, model.slug);
      if (persist) {
        await persistent.set(key, model);
        if (await exists(fileOf(dir, key))) {
          folders.set(key, dir);
          return;
        }
      }
      const folder = scratchFolder();
      await createResultCache<GuideModel>(folder).set(key, model);
      folders.set(key, folder);
    },
    async get(key) {
      const folder = await folderOf(key);
      return folder === undefined ? undefined : readModel(folder, key);
    },
    slugOf: async (key) => slugs.get(key) ?? (await (async () => {
      const folder = await folderOf(key);
      return folder === undefined ? undefined : (await readModel(folder, key))?.slug;
    })()),
    folderOf,
    dispose() {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      scratch = null;
    },
  };
}

/** Models in memory only, for commands that use them once (`export`, `diff`, `show`, `new`). */
export function createMemoryModelStore(): ModelStore {
  const models = new Map<string, GuideModel>();
  return {
    has: async (key) => models.has(key),
    set: async (key, model) => void models.set(key, model),
    get: async (key) => models.get(key),
    slugOf: async (key) => models.get(key)?.slug,
    folderOf: async () => undefined,
    dispose: () => models.clear(),
  };
}
