import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ensureFolder, guardRoot, isWithin, linksInside, OutputFolderError } from './out-dir.ts';

/**
 * The site is built into a fresh folder inside the checkout, then moved into the output folder.
 * Astro decides whether its output folder is inside the project by comparing path strings, so an
 * output folder beside the checkout whose name merely starts with it (`/x/hardmap-out` for
 * `/x/hardmap`) got Astro's prerender chunks, which then could not import Astro's packages; a
 * staging folder under node_modules/ is inside by any measure. It also means Astro never writes
 * into a folder that holds anything but its own fresh output, and a failed build leaves the
 * previous site in place.
 */

/** Checks the output folder before a build: parents made one segment at a time, no link at or below it. */
export async function prepareSiteOut(out: string, root: string): Promise<void> {
  // The build replaces the folder's contents: never the checkout or a folder holding it.
  if (isWithin(root, out)) throw new OutputFolderError(`refusing to build into ${out}: it holds the checkout ${resolve(root)}, and the build replaces the output folder's contents`);
  await ensureFolder(out, guardRoot(out, root));
  const links = await linksInside(out);
  const [first] = links;
  if (first !== undefined) {
    const more = links.length > 1 ? ` (and ${links.length - 1} more)` : '';
    throw new OutputFolderError(`refusing to build into ${out}: it holds the symbolic link ${first}${more}, and links inside the output folder are never followed; remove it or choose another HARDMAP_OUT`);
  }
}

/** A fresh folder for Astro's output, under the checkout's node_modules/.cache. */
/**
 * Astro's cacheDir for one output folder: the content layer's entries and the incremental
 * build's pages and manifest. One per output folder, so the pages cached are that folder's and
 * two builds into two folders never share a manifest.
 */
export function astroCacheDir(root: string, out: string): string {
  return join(root, 'node_modules', '.cache', 'hardmap', 'astro', createHash('sha256').update(out).digest('hex').slice(0, 16));
}

export async function stagingFolder(root: string): Promise<string> {
  const parent = join(root, 'node_modules', '.cache', 'hardmap');
  await mkdir(parent, { recursive: true });
  return mkdtemp(join(parent, 'site-'));
}

async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    // Another file system (an output folder on tmpfs): copy, never following or making links.
    await cp(from, to, { recursive: true, errorOnExist: true, force: false, verbatimSymlinks: true });
    await rm(from, { recursive: true, force: true });
  }
}

/** Replaces the output folder's contents with the staged build (rm never follows links) and removes the staging folder. */
export async function publishSite(staging: string, out: string): Promise<void> {
  for (const name of await readdir(out)) await rm(join(out, name), { recursive: true, force: true });
  for (const name of await readdir(staging)) await move(join(staging, name), join(out, name));
  await rm(staging, { recursive: true, force: true });
}
