import { readdirSync, statSync } from 'node:fs';

let fingerprint: string | null = null;

/**
 * Size and mtime of every file of the parser, rules and catalogs. Results depend on them, so a
 * hardmap checkout edited in place must not reuse results cached before the edit, even though
 * its version number did not change. About 150 stats, once per process.
 */
export function libraryFingerprint(): string {
  if (fingerprint !== null) return fingerprint;
  const parts: string[] = [];
  for (const dir of [new URL('../core/', import.meta.url), new URL('../../mappings/', import.meta.url)]) {
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      const stats = statSync(new URL(name, dir));
      if (stats.isFile()) parts.push(`${name}:${stats.size}:${stats.mtimeMs}`);
    }
  }
  fingerprint = parts.join('\n');
  return fingerprint;
}
