import { resolve } from 'node:path';
import { zip } from '../core/export/zip.ts';
import type { PackFile } from '../core/packs/model.ts';
import { readInput } from './read-input.ts';
import { PACK_FILE_LIMIT_BYTES } from './packs.ts';

/**
 * A guide's pack as a zip: the files in path order under `<vendor>/...`, one fixed date, so the
 * same files give the same bytes. A file that changed since the tree was read (its hash differs)
 * is an error rather than a download that does not match what the pages show.
 */
export async function packZip(root: string, cwd: string, files: readonly PackFile[], date: Date): Promise<Uint8Array> {
  const entries = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const read = await readInput(resolve(cwd, root, file.path), PACK_FILE_LIMIT_BYTES);
    if (!read.ok) throw new Error(`${file.path}: over the pack file limit`);
    entries.push({ path: file.path, data: read.bytes });
  }
  return zip(entries, date);
}
