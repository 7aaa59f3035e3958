import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The search index is a pure function of the pages Pagefind reads, its options and its version,
 * so when none of those changed since the last build the last index is copied instead of made
 * again (content/: 1-2 s; synthetic N=130: about 11 s). Pagefind has no way to index only some
 * pages into an existing index, so any changed page means a whole new index: this reuse pays off
 * for rebuilds that change no indexed text (a guide's matrix cell, a download, a comment, the
 * site's styles), not for an edit to a control's text.
 */
export interface SearchIndexReuse {
  /** The key of the pages under `site`: the sorted paths and bytes of every file in `folders`, plus `salt`. */
  key(site: string): Promise<string>;
  /** Copies the index kept for `key` into `target`; false when there is none. */
  restore(key: string, target: string): Promise<boolean>;
  /** Keeps `source` (a freshly written index) for `key`, replacing what was kept before. */
  keep(key: string, source: string): Promise<void>;
}

async function htmlFiles(site: string, folders: readonly string[]): Promise<string[]> {
  const lists = await Promise.all(folders.map(async (folder) => (await readdir(join(site, folder), { recursive: true }).catch(() => [] as string[])).map((file) => `${folder}/${String(file)}`)));
  return lists.flat().filter((file) => file.endsWith('.html')).sort();
}

export function searchIndexReuse(cacheDir: string, folders: readonly string[], salt: string): SearchIndexReuse {
  return {
    async key(site) {
      const hash = createHash('sha256').update(salt).update('\u0000');
      // A superset of what Pagefind's glob reads is enough: a file it skips only costs a miss.
      for (const file of await htmlFiles(site, folders)) hash.update(file).update('\u0000').update(createHash('sha256').update(await readFile(join(site, file))).digest('hex'));
      return hash.digest('hex');
    },
    async restore(key, target) {
      const kept = join(cacheDir, key);
      try {
        await cp(kept, target, { recursive: true, errorOnExist: true, force: false });
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
        await cp(source, temporary, { recursive: true });
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
