import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CheckOptions } from '../core/rules/run-rules.ts';
import { sha256 } from './cache.ts';
import { referencePaths } from './catalogs.ts';
import { libraryFingerprint } from './fingerprint.ts';

/** The check cache of `hardmap check` and of the site's analysis. */
export const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/hardmap/check/', import.meta.url));

/** Bumped when the shape of a stored model changes, so models written by an older hardmap are redone. */
const STORE_FORMAT = 4;

let referenceHash: string | null = null;
const salts = new Map<string, string>();

/**
 * Anything that changes results changes the salt: hardmap's version and code, the catalogs, the
 * options, the stored model's format. Computed once per options per process (`check --watch`
 * keys every file on every save).
 */
function cacheSalt(options: CheckOptions): string {
  const optionsJson = JSON.stringify(options);
  let salt = salts.get(optionsJson);
  if (salt === undefined) {
    referenceHash ??= sha256(referencePaths().map((file) => sha256(readFileSync(file))).join(''));
    const pkg = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    salt = sha256(`${JSON.parse(pkg).version}\u0000${referenceHash}\u0000${libraryFingerprint()}\u0000store ${STORE_FORMAT}\u0000${optionsJson}`);
    salts.set(optionsJson, salt);
  }
  return salt;
}

/** The key of a file's cached result and model: its bytes, its path and the salt. */
export function resultKey(bytes: Uint8Array, path: string, options: CheckOptions): string {
  return sha256(`${cacheSalt(options)}\u0000${path}\u0000${sha256(bytes)}`);
}
