import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A content-addressed store of per-file results under node_modules/.cache/hardmap. Callers make
 * keys that cover everything a result depends on (see `resultKey`), so entries never need
 * invalidating; writes go through a temporary file and a rename, so a reader never sees half.
 */
export interface ResultCache<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
}

export function createResultCache<T>(directory: string): ResultCache<T> {
  return {
    async get(key) {
      try {
        return JSON.parse(await readFile(join(directory, key.slice(0, 2), `${key}.json`), 'utf8')) as T;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      const folder = join(directory, key.slice(0, 2));
      try {
        await mkdir(folder, { recursive: true });
        const temporary = join(folder, `${key}.${process.pid}.tmp`);
        await writeFile(temporary, JSON.stringify(value));
        await rename(temporary, join(folder, `${key}.json`));
      } catch {
        // A cache that cannot be written (read-only checkout) only costs speed.
      }
    },
  };
}
