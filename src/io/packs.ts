import { createHash } from 'node:crypto';
import { lstat, readdir } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { PackFileInput, PackTree } from '../core/packs/model.ts';
import { buildPackTree } from '../core/packs/tree.ts';
import { readInput } from './read-input.ts';

/** A pack file is code someone reads on a page: anything this large is not one. */
export const PACK_FILE_LIMIT_BYTES = 1024 * 1024;

export interface PacksRootOptions {
  cwd: string;
  /** `--packs DIR` on the command line. */
  explicit?: string | undefined;
  /** `packs` of hardmap.config. */
  configured?: string | undefined;
  /** The content folders: the default root is `packs/` beside the first of them. */
  content: readonly string[];
}

/**
 * Where the packs are: `--packs`, else the config's `packs`, else a `packs/` folder beside the
 * content folder when one is there. Null when there is none (a collection without code packs).
 * An explicit or configured root that does not exist is an error for the caller to report.
 */
export function resolvePacksRoot(options: PacksRootOptions): { path: string; given: boolean } | null {
  const given = options.explicit ?? options.configured;
  if (given !== undefined) return { path: given, given: true };
  for (const folder of options.content) {
    const beside = join(dirname(resolve(options.cwd, folder)), 'packs');
    if (isDirectory(beside)) return { path: shown(options.cwd, beside), given: false };
  }
  return null;
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || isAbsolute(rel) ? path : rel;
}

export interface ReadPacks {
  tree: PackTree;
  /** Files not read: symbolic links (never followed) and files over the size limit, relative to the root. */
  skipped: string[];
}

/** Read every file under the packs root (no symlinks, no dot files, each at most 1 MiB) into the pure pack tree. */
export async function readPackTree(root: string, cwd: string): Promise<ReadPacks> {
  const base = resolve(cwd, root);
  if (!isDirectory(base)) throw Object.assign(new Error(`the packs folder ${root} does not exist or is not a folder`), { code: 'ENOENT', path: root });
  const inputs: PackFileInput[] = [];
  const skipped: string[] = [];
  const decoder = new TextDecoder();
  const walk = async (folder: string): Promise<void> => {
    for (const name of (await readdir(folder)).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      const rel = relative(base, path).split('\\').join('/');
      const stats = await lstat(path);
      if (stats.isSymbolicLink()) skipped.push(rel);
      else if (stats.isDirectory()) await walk(path);
      else if (stats.isFile()) {
        const read = await readInput(path, PACK_FILE_LIMIT_BYTES);
        if (!read.ok) {
          skipped.push(rel);
          continue;
        }
        inputs.push({ path: rel, text: decoder.decode(read.bytes), sha256: createHash('sha256').update(read.bytes).digest('hex'), size: read.bytes.length });
      }
    }
  };
  await walk(base);
  return { tree: buildPackTree(root, inputs), skipped };
}
