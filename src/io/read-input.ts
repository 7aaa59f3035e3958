import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { PARSE_LIMITS } from '../core/parse/guard.ts';

/** Guides and runbooks larger than this are not read: the parser would refuse them anyway. */
export const INPUT_LIMIT_BYTES = PARSE_LIMITS.bytes;
/** A config file is a few lines; anything near this size is not one. */
export const CONFIG_LIMIT_BYTES = 1024 * 1024;

/** A file that was read, or one whose size (from `fstat`, before any read) is over the limit. */
export type InputRead =
  | { ok: true; bytes: Uint8Array; stats: Stats }
  | { ok: false; size: number; limit: number; stats: Stats };

/** A path that is not a regular file (FIFO, device, socket, folder): never read, it may never end. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  readonly path: string;
  readonly kind: string;
  constructor(path: string, kind: string) {
    super(`${path}: not a regular file (${kind})`);
    this.path = path;
    this.kind = kind;
  }
}

/** What a path is when it is not a regular file, for messages. */
export function kindOf(stats: Pick<Stats, 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket' | 'isDirectory'>): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  return 'not a file';
}

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever. It changes
// nothing for regular files, the only kind read past the fstat below.
const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * The one way hardmap reads an input file (guides, runbooks, config): open, `fstat` the open
 * handle (so the checks apply to what is read, not to what a path named a moment before), refuse
 * anything but a regular file, and compare the size with `limit` before reading a byte. Memory
 * is bounded by `limit` whatever the file does: one that grows while it is read is read up to
 * `limit + 1` bytes and reported as over the limit.
 */
export async function readInput(path: string, limit = INPUT_LIMIT_BYTES): Promise<InputRead> {
  const handle = await open(path, FLAGS);
  try {
    const stats = await handle.stat();
    const reads = bounded(stats, path, limit);
    let step = reads.next();
    while (!step.done) step = reads.next((await handle.read(step.value.buffer, step.value.offset, step.value.length, null)).bytesRead);
    return step.value;
  } finally {
    await handle.close();
  }
}

/** `readInput` for the synchronous callers (config loading). */
export function readInputSync(path: string, limit: number): InputRead {
  const fd = openSync(path, FLAGS);
  try {
    const stats = fstatSync(fd);
    const reads = bounded(stats, path, limit);
    let step = reads.next();
    while (!step.done) step = reads.next(readSync(fd, step.value.buffer, step.value.offset, step.value.length, null));
    return step.value;
  } finally {
    closeSync(fd);
  }
}

interface ReadRequest {
  buffer: Buffer;
  offset: number;
  length: number;
}

/**
 * The checks and the bounded read loop, shared by the async and the sync reader: it yields each
 * read it wants and is sent the number of bytes that read returned (0 at the end of the file).
 */
function* bounded(stats: Stats, path: string, limit: number): Generator<ReadRequest, InputRead, number> {
  if (!stats.isFile()) throw new NotRegularFileError(path, kindOf(stats));
  if (stats.size > limit) return { ok: false, size: stats.size, limit, stats };
  let buffer = Buffer.allocUnsafe(Math.min(stats.size, limit) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) break;
      buffer = grow(buffer, limit);
    }
    const bytesRead: number = yield { buffer, offset: length, length: buffer.length - length };
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  // Over the limit when more than `limit` bytes were read, whatever the stat said.
  return length > limit ? { ok: false, size: length, limit, stats } : { ok: true, bytes: buffer.subarray(0, length), stats };
}

/** A file that grew while it was read gets more room, never more than `limit + 1` bytes. */
function grow(buffer: Buffer<ArrayBuffer>, limit: number): Buffer<ArrayBuffer> {
  const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
  buffer.copy(larger);
  return larger;
}


/** The message for a file over the limit, for callers that report it outside a diagnostic. */
export function tooLargeMessage(read: { size: number; limit: number }): string {
  return `file of ${read.size} bytes, over the limit of ${read.limit} bytes; not read`;
}
