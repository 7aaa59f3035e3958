import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gunzipSync, inflateRawSync } from 'node:zlib';

/** Every file under `dir` by its relative path (always with `/`), mapped to its SHA-256. */
export function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EISDIR') continue;
      throw error;
    }
    hashes.set(name.split(sep).join('/'), createHash('sha256').update(bytes).digest('hex'));
  }
  return hashes;
}

/** The members of a zip archive (XLSX is one), read through its central directory. */
function unzip(zip: Buffer): Buffer[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const members: Buffer[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let count = zip.readUInt16LE(end + 10); count > 0; count--) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    // The local header repeats name and extra field, with lengths that may differ from the central ones.
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const stored = zip.subarray(data, data + size);
    members.push(method === 0 ? stored : inflateRawSync(stored));
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return members;
}

/**
 * The bytes a reader of the file would see: XLSX members unzipped and Pagefind's gzipped index
 * files unpacked, so a search for a leaked path also looks inside compressed outputs.
 */
export function readableContents(path: string): Buffer[] {
  const bytes = readFileSync(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return [gunzipSync(bytes)];
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return unzip(bytes);
  return [bytes];
}
