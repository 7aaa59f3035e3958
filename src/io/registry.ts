import { existsSync, readdirSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FrameworkFolder } from '../core/frameworks/framework-folder.ts';
import { setFrameworkLoader } from '../core/frameworks/installed.ts';
import { byRegistryOrder } from '../core/frameworks/registry-order.ts';
import { FrameworkFolderError, loadFrameworkRoots } from './framework-folders.ts';

/** The shipped mappings root (frameworks/ and crosswalks/), next to src/. */
export const SHIPPED_ROOT = fileURLToPath(new URL('../../mappings/', import.meta.url));

/** The project root: messages name files relative to it. */
const PROJECT_ROOT = join(SHIPPED_ROOT, '..');

/**
 * `HARDMAP_MAPPINGS`: extra mappings roots, separated like PATH, each holding `frameworks/<id>/`
 * folders and optionally `crosswalks/<a>__<b>.json`, read after the shipped one. Read from the
 * process environment because the worker threads and the Astro build inherit it: every consumer of
 * the registry in one run sees the same roots.
 */
export function mappingsRoots(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const extra = (env['HARDMAP_MAPPINGS'] ?? '').split(delimiter).filter((entry) => entry !== '');
  return [SHIPPED_ROOT, ...extra.map((entry) => (isAbsolute(entry) ? entry : resolve(entry)))];
}

/** The loaded mappings of a run: framework folders in registry order and the crosswalk files whose two ends are loaded. */
export interface Mappings {
  roots: string[];
  folders: Map<string, FrameworkFolder>;
  /** Framework ids in registry order. */
  order: string[];
  /** The folder of each framework id. */
  dirs: Map<string, string>;
  /** Absolute paths of crosswalk files, in read order. */
  crosswalks: string[];
}

/** Pure over its inputs: crosswalk files of the roots whose two ends are `loaded`; the `order` each file states is applied by the reader. */
function crosswalkFiles(roots: readonly string[], loaded: ReadonlySet<string>): Array<{ id: string; path: string }> {
  return roots.flatMap((root) => {
    const dir = join(root, 'crosswalks');
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => ({ id: name.slice(0, -'.json'.length), path: join(dir, name) }))
      .filter(({ id }) => id.split('__').length === 2 && id.split('__').every((end) => loaded.has(end)));
  });
}

/** Reads the roots: every framework folder validated, then the crosswalk file names. Throws FrameworkFolderError naming the file. */
export function readMappings(roots: readonly string[] = mappingsRoots()): Mappings {
  for (const root of roots.slice(1)) {
    if (!existsSync(join(root, 'frameworks'))) throw new FrameworkFolderError(`HARDMAP_MAPPINGS: ${root} has no frameworks/ folder, expected a mappings root (frameworks/<id>/, crosswalks/)`);
  }
  const folders = loadFrameworkRoots(roots.map((root) => join(root, 'frameworks')), PROJECT_ROOT);
  const order = byRegistryOrder([...folders.values()].map(({ framework }) => framework)).map((framework) => framework.id);
  const crosswalks = crosswalkFiles(roots, new Set(order));
  const dirs = new Map(roots.flatMap((root) => [...folders.keys()].filter((id) => existsSync(join(root, 'frameworks', id))).map((id) => [id, join(root, 'frameworks', id)] as const)));
  return { roots: [...roots], folders, order, dirs, crosswalks: crosswalks.map(({ path }) => path) };
}

let cached: Mappings | null = null;

/** The mappings of this process, read once. */
export function loadMappings(): Mappings {
  cached ??= readMappings();
  return cached;
}

// The pure core reads its registry through this on first use, so every entry point that loads
// src/io (CLI, workers, the Astro integration, hardmap/node) gets the same folders.
setFrameworkLoader(() => {
  const { folders, order } = loadMappings();
  return order.map((id) => (folders.get(id) as FrameworkFolder).framework);
});
