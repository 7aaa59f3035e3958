import { randomBytes } from 'node:crypto';
import { chmod, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Piece, Pieces } from '../core/export/pieces.ts';

/**
 * Write a file so readers see either the old or the new content, never a half-written one:
 * write a temporary file beside it, flush it, then rename it over the original. Two concurrent
 * writers each rename a complete file; the last one wins. On every failure (a read-only folder,
 * a full disk, a rename refused) the temporary file is removed and the error names `path`, the
 * file the user asked for, not the temporary name. `data` may come in pieces (an export of a
 * thousand guides is larger than one string can be): each is written as it arrives, and a
 * failure while making them leaves no file either. Resolves to the bytes written.
 */
export async function writeFileAtomic(path: string, data: Piece | Pieces): Promise<number> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = (await stat(path)).mode;
  } catch {
    mode = undefined;
  }
  let created = false;
  let bytes = 0;
  try {
    const handle = await open(temporary, 'wx');
    created = true;
    try {
      for await (const piece of typeof data === 'string' || data instanceof Uint8Array ? [data] : data) {
        const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
        await handle.writeFile(chunk);
        bytes += chunk.byteLength;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (mode !== undefined) await chmod(temporary, mode & 0o7777);
    await rename(temporary, path);
    return bytes;
  } catch (error) {
    if (created) await rm(temporary, { force: true }).catch(() => undefined);
    throw forTarget(error, path);
  }
}

/** The same failure, told about the target: `cannot write content/g.md: ...`, not about `.g.md.123.tmp`. */
function forTarget(error: unknown, path: string): unknown {
  const failure = error as NodeJS.ErrnoException;
  if (typeof failure?.code !== 'string') return error;
  const syscall = failure.syscall === 'rename' ? 'rename' : 'write';
  return Object.assign(new Error(`${failure.code}: cannot ${syscall} ${path}`, { cause: error }), { code: failure.code, syscall, path });
}
