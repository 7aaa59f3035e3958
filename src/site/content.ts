import { isAbsolute, join } from 'node:path';
import { toolInfo } from '../cli/tool.ts';
import type { CheckOptions } from '../core/rules/run-rules.ts';
import { loadConfig } from '../io/config.ts';
import { findMarkdownFiles, isRunbookPath } from '../io/files.ts';
import { libraryFingerprint } from '../io/fingerprint.ts';
import { readInput, tooLargeMessage } from '../io/read-input.ts';

/** The guide collection the site is built over: `HARDMAP_CONTENT` (set by `hardmap build --content`), else content/. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['HARDMAP_CONTENT'] || 'content';
}

/** The options `hardmap check` would use in `root`, so the site reports the same diagnostics. */
export function checkOptions(root: string): CheckOptions {
  const { config } = loadConfig(root);
  return { rules: config.rules, quickref: config.quickref.mode };
}

/** Bumped when the shape of a stored entry changes, so entries written by an older loader are redone. */
const STORE_FORMAT = 3;

/**
 * Mixed into every digest: a new hardmap version or library edit, a changed config or a new entry
 * shape must re-check unchanged files, since their stored results depend on all of them.
 */
export function digestSalt(options: CheckOptions): string {
  return `hardmap ${toolInfo().version}\u0000store ${STORE_FORMAT}\u0000${JSON.stringify(options)}\u0000${libraryFingerprint()}`;
}

export interface ContentFiles {
  guides: string[];
  runbooks: string[];
}

/**
 * The same file discovery as `hardmap check` and `hardmap export` (paths relative to `root` when
 * inside it), so model paths, and with them the downloads, match the CLI's byte for byte.
 */
export async function contentFiles(root: string, dir: string): Promise<ContentFiles> {
  const found = await findMarkdownFiles([dir], root);
  if (found.missing.length > 0) throw new Error(`hardmap: content folder not found: ${found.missing.join(', ')} (set HARDMAP_CONTENT or pass --content)`);
  return { guides: found.files.filter((path) => !isRunbookPath(path)), runbooks: found.files.filter((path) => isRunbookPath(path)) };
}

/** Through the CLI's one reader: regular files only, the size checked before reading. */
export async function readContentFile(root: string, path: string): Promise<Uint8Array> {
  const read = await readInput(isAbsolute(path) ? path : join(root, path));
  if (!read.ok) throw new Error(`hardmap: ${path}: ${tooLargeMessage(read)}`);
  return read.bytes;
}
