import { readdirSync, statSync } from 'node:fs';

let fingerprint: string | null = null;

/** Relative path, size and mtime of every file under `dirs` (a missing folder or file counts as empty). */
export function treeFingerprint(entries: readonly URL[]): string {
  const parts: string[] = [];
  for (const entry of entries) {
    const stats = statSync(entry, { throwIfNoEntry: false });
    if (!stats) parts.push(`${entry.pathname}:missing`);
    else if (stats.isFile()) parts.push(`${entry.pathname}:${stats.size}:${stats.mtimeMs}`);
    else {
      for (const name of readdirSync(entry, { recursive: true, encoding: 'utf8' }).sort()) {
        const file = statSync(new URL(name, entry.href.endsWith('/') ? entry : new URL(`${entry.href}/`)));
        if (file.isFile()) parts.push(`${name}:${file.size}:${file.mtimeMs}`);
      }
    }
  }
  return parts.join('\n');
}

/**
 * Size and mtime of every file of the parser, rules and catalogs. Results depend on them, so a
 * hardmap checkout edited in place must not reuse results cached before the edit, even though
 * its version number did not change. About 150 stats, once per process.
 */
export function libraryFingerprint(): string {
  fingerprint ??= treeFingerprint([new URL('../core/', import.meta.url), new URL('../../mappings/', import.meta.url)]);
  return fingerprint;
}
