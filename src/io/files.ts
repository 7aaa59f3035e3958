import { lstat, readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { kindOf } from './read-input.ts';

const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', '.astro']);
const SKIP_FILES = new Set(['readme.md', 'contributing.md', 'license.md', 'changelog.md']);
const MARKDOWN = /\.(md|markdown)$/i;

/** A file discovery found but could not read: `code` says why (an errno code, `EILSEQ`, `ENOTREG`). */
export interface UnreadFile {
  /** Relative like `files`; bytes of a name that is not UTF-8 are shown as `\xNN`. */
  path: string;
  code: string;
  /** For `ENOTREG`: what it is instead (a named pipe, a character device, ...). */
  kind?: string;
}

export interface FoundFiles {
  files: string[];
  /** Paths given on the command line that do not exist, as they were given. */
  missing: string[];
  /**
   * Symbolic links that were skipped, sorted, each once: never followed, so a guide cannot pull in
   * files from elsewhere. Commands report them, so a symlinked guide does not just vanish.
   */
  skippedLinks: string[];
  /**
   * Guides that exist but cannot be read, sorted: names that are not valid UTF-8, paths over the
   * platform's limit, FIFOs and devices. Commands name each one and exit 2, so none is lost silently.
   */
  unreadable: UnreadFile[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `caf\xe9.md`: printable, unambiguous, and the same on every run. */
function showBytes(name: Buffer): string {
  return [...name].map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`)).join('');
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
  const unreadable = new Map<string, UnreadFile>();
  const unread = (path: string, code: string, kind?: string): void => void unreadable.set(path, { path, code, ...(kind ? { kind } : {}) });
  const walk = async (path: string, explicit: boolean, given = path): Promise<void> => {
    let stats;
    try {
      stats = await lstat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      if (explicit && code === 'ENOENT') missing.push(given);
      // Gone between the listing and now: not a file that was lost. Anything else (a path over
      // the platform's limit, a permission) is named.
      else if (code !== 'ENOENT') unread(path, code);
      return;
    }
    if (stats.isSymbolicLink()) {
      skippedLinks.add(path);
      return;
    }
    if (stats.isDirectory()) {
      // Names as bytes: a name that is not UTF-8 would come back with U+FFFD and never be found.
      const entries = await readdir(path, { encoding: 'buffer' });
      // The entries are looked at all at once, not one lstat after another (1,300 guides in a
      // folder: a tenth of a `--watch` re-check); every list is sorted at the end, so the order
      // in which they answer changes nothing.
      await Promise.all(entries.map(async (entry) => {
        if (entry[0] === 0x2e /* . */) return;
        let name: string;
        try {
          name = utf8.decode(entry);
        } catch {
          const shown = join(path, showBytes(entry));
          const entryStats = await lstat(Buffer.concat([Buffer.from(path + sep), entry])).catch(() => null);
          if (entryStats?.isDirectory() || MARKDOWN.test(entry.toString('latin1'))) unread(shown, 'EILSEQ');
          return;
        }
        if (SKIP_DIRS.has(name)) return;
        await walk(join(path, name), false);
      }));
    } else if (stats.isFile()) {
      if (explicit || (MARKDOWN.test(path) && !SKIP_FILES.has(path.split(sep).pop()?.toLowerCase() ?? ''))) found.add(path);
    } else if (explicit || MARKDOWN.test(path)) {
      // A FIFO or a device: reading it could block forever or never end.
      unread(path, 'ENOTREG', kindOf(stats));
    }
  };
  for (const path of paths) await walk(resolve(cwd, path), true, path);
  const display = (path: string): string => {
    const rel = relative(cwd, path);
    // Empty for cwd itself; absolute only across Windows drives, where no relative path exists.
    return rel === '' || isAbsolute(rel) ? path : rel;
  };
  return {
    files: [...found].map(display).sort(),
    missing,
    skippedLinks: [...skippedLinks].map(display).sort(),
    unreadable: [...unreadable.values()].map((file) => ({ ...file, path: display(file.path) })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}

/** Runbooks live in their own folder and are checked by their own model, not as guides. */
export function isRunbookPath(path: string): boolean {
  return path.split(/[\\/]/).includes('runbooks');
}
