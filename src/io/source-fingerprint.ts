import { pathToFileURL } from 'node:url';
import { treeFingerprint } from './fingerprint.ts';
import { loadMappings } from './registry.ts';

let source: string | null = null;

/**
 * Size and mtime of every file of hardmap's source and package.json, and of every mappings root
 * this process reads (mappings/ and HARDMAP_MAPPINGS). The site's pages import the library as
 * external modules (astro/site-config.ts), so Astro's dependency hash of a page never sees it:
 * an incremental build keys every cached page on this as well.
 */
export function sourceFingerprint(): string {
  source ??= treeFingerprint([new URL('../', import.meta.url), new URL('../../package.json', import.meta.url), ...loadMappings().roots.map((root) => pathToFileURL(root.endsWith('/') ? root : `${root}/`))]);
  return source;
}
