import { createHash } from 'node:crypto';
import { cp, link, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * The search index is a pure function of the pages Pagefind reads, its options and its version,
 * so when none of those changed since the last build the last index is linked in instead of made
 * again (content/: 1-2 s; synthetic N=130: about 11 s). Pagefind has no way to index only some
 * pages into an existing index, so any changed page means a whole new index: this reuse pays off
 * for rebuilds that change no indexed text (a guide's matrix cell, a download, a comment, the
 * site's styles), not for an edit to a control's text.
 */
export interface SearchIndexReuse {
  /** The key of the pages under `site`: the sorted paths and bytes of every file in `folders`, plus `salt`. */
  key(site: string): Promise<string>;
  /** Puts the index kept for `key` at `target` (hard links, see linkTree); false when there is none. */
  restore(key: string, target: string): Promise<boolean>;
  /** Keeps `source` (a freshly written index) for `key`, replacing what was kept before. */
  keep(key: string, source: string): Promise<void>;
}

async function htmlFiles(site: string, folders: readonly string[]): Promise<string[]> {
  const lists = await Promise.all(folders.map(async (folder) => (await readdir(join(site, folder), { recursive: true }).catch(() => [] as string[])).map((file) => `${folder}/${String(file)}`)));
  return lists.flat().filter((file) => file.endsWith('.html')).sort();
}

/**
 * `to` as a tree of hard links to the files of `from` (a copy where links fail: another file
 * system). Copying an index of 2,978 small files took as long as making it (1-4 s on a busy
 * machine); linking them takes a fraction. The files are shared between the kept index and the
 * published site: safe, since nothing writes a file of either in place (a build removes the old
 * site and renames the new one in; a kept index is replaced as a folder).
 */
async function linkTree(from: string, to: string): Promise<void> {
  try {
    await mkdir(to, { recursive: false });
    for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
      const target = join(to, relative(from, join(entry.parentPath, entry.name)));
      if (entry.isDirectory()) await mkdir(target, { recursive: true });
      else if (entry.isFile()) {
        await mkdir(join(target, '..'), { recursive: true });
        await link(join(entry.parentPath, entry.name), target);
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' || (error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    await rm(to, { recursive: true, force: true });
    await cp(from, to, { recursive: true, errorOnExist: true, force: false });
  }
}

export function searchIndexReuse(cacheDir: string, folders: readonly string[], salt: string): SearchIndexReuse {
  return {
    async key(site) {
      const hash = createHash('sha256').update(salt).update('\u0000');
      // A superset of what Pagefind's glob reads is enough: a file it skips only costs a miss.
      const files = await htmlFiles(site, folders);
      // Read 32 at a time: one by one, the waits on the disk add up over thousands of pages.
      for (let start = 0; start < files.length; start += 32) {
        const batch = files.slice(start, start + 32);
        const digests = await Promise.all(batch.map(async (file) => createHash('sha256').update(await readFile(join(site, file))).digest('hex')));
        for (const [index, file] of batch.entries()) hash.update(file).update('\u0000').update(digests[index] ?? '');
      }
      return hash.digest('hex');
    },
    async restore(key, target) {
      const kept = join(cacheDir, key);
      try {
        await linkTree(kept, target);
        return true;
      } catch {
        // None kept (or a half-copied target): make the index instead.
        await rm(target, { recursive: true, force: true });
        return false;
      }
    },
    async keep(key, source) {
      try {
        await mkdir(cacheDir, { recursive: true });
        const name = `.${key}.${process.pid}.tmp`;
        const temporary = join(cacheDir, name);
        await linkTree(source, temporary);
        // One index kept, the last build's (an index of N=130 is over 100 MB); this also removes
        // what an interrupted build left half-copied.
        for (const other of await readdir(cacheDir)) if (other !== name) await rm(join(cacheDir, other), { recursive: true, force: true });
        await rm(join(cacheDir, key), { recursive: true, force: true });
        await rename(temporary, join(cacheDir, key));
      } catch {
        // A cache that cannot be written (read-only checkout) only costs speed.
      }
    },
  };
}
