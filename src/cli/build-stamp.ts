import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sha256 } from '../io/cache.ts';
import { libraryFingerprint, treeFingerprint } from '../io/fingerprint.ts';

/**
 * "Nothing changed since the last build": Astro re-renders every page of a static site on every
 * build (about 4,000 pages for 130 guides), so a rebuild with unchanged inputs is answered from a
 * stamp instead. The stamp records a hash of every input (content bytes, hardmap's code, the site,
 * the catalogs, the lockfile, config, the content commit the exports cite) and of the output
 * folder's listing (names, sizes, mtimes), so a changed input or a touched or deleted output file
 * means a real build.
 */
const STAMPS = fileURLToPath(new URL('../../node_modules/.cache/hardmap/build/', import.meta.url));
const ROOT = new URL('../../', import.meta.url);

export interface BuildInputs {
  /** Content files (guides and runbooks) as passed to the build, with their bytes. */
  files: ReadonlyArray<{ path: string; bytes: Uint8Array }>;
  contentDir: string;
  outDir: string;
  contentCommit: string | null;
  config: string;
  version: string;
}

export function inputsHash(inputs: BuildInputs): string {
  const code = treeFingerprint(['site/', 'src/', 'astro.config.mjs', 'package-lock.json', 'hardmap.config.json', 'hardmap.config.yaml', 'hardmap.config.yml'].map((path) => new URL(path, ROOT)));
  const files = inputs.files.map((file) => `${file.path}\u0000${sha256(file.bytes)}`).join('\n');
  return sha256([inputs.version, inputs.contentDir, inputs.outDir, inputs.contentCommit ?? '', inputs.config, libraryFingerprint(), code, files].join('\u0001'));
}

export async function outputHash(outDir: string): Promise<string | null> {
  const names = await readdir(outDir, { recursive: true }).catch(() => null);
  if (!names || names.length === 0) return null;
  const parts: string[] = [];
  for (const name of names.map(String).sort()) {
    const stats = await stat(join(outDir, name));
    if (stats.isFile()) parts.push(`${name}:${stats.size}:${stats.mtimeMs}`);
  }
  return sha256(parts.join('\n'));
}

const stampPath = (outDir: string): string => join(STAMPS, `${sha256(pathToFileURL(outDir).href).slice(0, 16)}.json`);

export async function isUpToDate(outDir: string, inputs: string): Promise<boolean> {
  const stamp = await readFile(stampPath(outDir), 'utf8').then((text) => JSON.parse(text) as { inputs: string; output: string }, () => null);
  if (!stamp || stamp.inputs !== inputs) return false;
  return stamp.output === (await outputHash(outDir));
}

export async function writeStamp(outDir: string, inputs: string): Promise<void> {
  const output = await outputHash(outDir);
  if (!output) return;
  try {
    await mkdir(STAMPS, { recursive: true });
    const temporary = `${stampPath(outDir)}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ inputs, output }));
    await rename(temporary, stampPath(outDir));
  } catch {
    // Without a stamp the next build simply runs in full.
  }
}
