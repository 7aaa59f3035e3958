import { lstat, readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', '.astro']);
const SKIP_FILES = new Set(['readme.md', 'contributing.md', 'license.md', 'changelog.md']);

export interface FoundFiles {
  files: string[];
  /** Paths given on the command line that do not exist. */
  missing: string[];
  /**
   * Symbolic links that were skipped, sorted, each once: never followed, so a guide cannot pull in
   * files from elsewhere. Commands report them, so a symlinked guide does not just vanish.
   */
  skippedLinks: string[];
}

/**
 * Expand paths into Markdown files, sorted, relative to `cwd` (with `../` when outside it): paths
 * end up in messages and in exports, which must not carry this machine's absolute paths.
 * Directories are walked without following symlinks; repository docs such as README.md are not guides.
 */
export async function findMarkdownFiles(paths: readonly string[], cwd: string): Promise<FoundFiles> {
  const found = new Set<string>();
  const missing: string[] = [];
  const skippedLinks = new Set<string>();
  const walk = async (path: string, explicit: boolean): Promise<void> => {
    let stats;
    try {
      stats = await lstat(path);
    } catch {
      if (explicit) missing.push(path);
      return;
    }
    if (stats.isSymbolicLink()) {
      skippedLinks.add(path);
      return;
    }
    if (stats.isDirectory()) {
      const entries = await readdir(path);
      for (const entry of entries.sort()) {
        if (entry.startsWith('.') || SKIP_DIRS.has(entry)) continue;
        await walk(join(path, entry), false);
      }
    } else if (stats.isFile() && (explicit || (/\.(md|markdown)$/i.test(path) && !SKIP_FILES.has(path.split(sep).pop()?.toLowerCase() ?? '')))) {
      found.add(path);
    }
  };
  for (const path of paths) await walk(resolve(cwd, path), true);
  const display = (path: string): string => {
    const rel = relative(cwd, path);
    // Empty for cwd itself; absolute only across Windows drives, where no relative path exists.
    return rel === '' || isAbsolute(rel) ? path : rel;
  };
  return { files: [...found].map(display).sort(), missing: missing.map(display), skippedLinks: [...skippedLinks].map(display).sort() };
}

/** Runbooks live in their own folder and are checked by their own model, not as guides. */
export function isRunbookPath(path: string): boolean {
  return path.split(/[\\/]/).includes('runbooks');
}
