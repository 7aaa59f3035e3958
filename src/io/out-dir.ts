import { lstat, mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The output folder is written by hardmap alone, and never through a symbolic link: a link
 * planted inside it (`ln -s ~/.ssh out/oscal`, or one committed to the repository a CI job
 * exports into) would otherwise carry the writes anywhere the job may write. Every folder hardmap
 * creates or uses below the guarded root is checked with lstat, and creating it is bounded, since
 * a recursive mkdir on a file system that answers ENOENT for a folder whose parent exists (/proc)
 * retries forever.
 */
export class OutputFolderError extends Error {}

/** Tries per folder: a folder that vanished while being made gets a few more, then an error. */
const ATTEMPTS = 4;

/** Whether `path` is `root` or lies below it, compared by segments (`/x/hardmap-out` is not in `/x/hardmap`). */
export function isWithin(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Links are followed at and above the guard root, never below it: the root is the working
 * directory when the output folder is inside it (so a linked `dist/` committed to a checkout is
 * refused too), else the output folder's parent; what lies above is the machine's own layout
 * (`/tmp` may be a link).
 */
export function guardRoot(out: string, cwd: string): string {
  return isWithin(out, cwd) && out !== cwd ? cwd : dirname(out);
}

const below = (path: string, root: string): boolean => path !== root && isWithin(path, root);

const linkError = (path: string): OutputFolderError =>
  new OutputFolderError(`refusing to write through the symbolic link ${path}: links inside the output folder are never followed; remove it or choose another output folder`);

async function checkExisting(path: string, guarded: boolean, folder: boolean): Promise<'missing' | 'ok'> {
  const stats = await (guarded ? lstat(path) : stat(path)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new OutputFolderError(`cannot use ${path}: ${error.code ?? error.message}`);
  });
  if (!stats) return 'missing';
  if (stats.isSymbolicLink()) throw linkError(path);
  if (folder && !stats.isDirectory()) throw new OutputFolderError(`cannot use ${path} as a folder: it is a file`);
  if (!folder && !stats.isFile()) throw new OutputFolderError(`cannot write ${path}: it exists and is not a regular file`);
  return 'ok';
}

/** One mkdir, not recursive; EEXIST is fine for a real folder, ENOENT is retried a bounded number of times. */
async function makeFolder(path: string, guarded: boolean): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      await mkdir(path);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && (await checkExisting(path, guarded, true)) === 'ok') return;
      if (code !== 'EEXIST' && code !== 'ENOENT') throw new OutputFolderError(`cannot create folder ${path}: ${code ?? (error as Error).message}`);
    }
  }
  throw new OutputFolderError(`cannot create folder ${path}: the file system answers that it does not exist though its parent does (a pseudo file system such as /proc?); choose another output folder`);
}

/** Makes `folder` and its missing parents one segment at a time, refusing links at or below `root`. */
export async function ensureFolder(folder: string, root: string): Promise<void> {
  const target = resolve(folder);
  const chain: string[] = [];
  for (let current = target; ; current = dirname(current)) {
    chain.unshift(current);
    if (dirname(current) === current) break;
  }
  for (const path of chain) {
    const guarded = below(path, root);
    if ((await checkExisting(path, guarded, true)) === 'missing') await makeFolder(path, guarded);
  }
}

/** The folder of `file` made safely under `root`, and `file` itself checked: absent, or a regular file. */
export async function prepareFile(file: string, root: string): Promise<void> {
  if (!below(file, root)) throw new OutputFolderError(`refusing to write ${file}: outside ${root}`);
  await ensureFolder(dirname(file), root);
  await checkExisting(file, true, false);
}

/** Every symbolic link in an existing output tree (readdir does not descend into links), as paths. */
export async function linksInside(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isSymbolicLink()).map((entry) => join(entry.parentPath, entry.name)).sort();
}
