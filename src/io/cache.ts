import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A content-addressed cache of per-file results under node_modules/.cache/hardmap. The key
 * covers the file's bytes, its path (messages carry it), the hardmap version, the catalogs and the
 * rule options, so any change to any of them is a miss; entries never need invalidating.
 */
export interface ResultCache<T> {
  key(bytes: Uint8Array, path: string): string;
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
}

export function createResultCache<T>(directory: string, salt: string): ResultCache<T> {
  return {
    key: (bytes, path) => sha256(`${salt}\u0000${path}\u0000${sha256(bytes)}`),
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
