import { execFileSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotRegularFileError, readInput, readInputSync } from '../../src/io/read-input.ts';

const dir = mkdtempSync(join(tmpdir(), 'hardmap-read-'));

describe('readInput: the one reader of input files', () => {
  it('reads a regular file whole', async () => {
    writeFileSync(join(dir, 'a.md'), 'hello');
    const read = await readInput(join(dir, 'a.md'), 10);
    expect(read.ok && Buffer.from(read.bytes).toString()).toBe('hello');
    const sync = readInputSync(join(dir, 'a.md'), 10);
    expect(sync.ok && Buffer.from(sync.bytes).toString()).toBe('hello');
  });

  it('reads a file of exactly the limit, and refuses one byte more from its size alone', async () => {
    writeFileSync(join(dir, 'ten.md'), '0123456789');
    expect((await readInput(join(dir, 'ten.md'), 10)).ok).toBe(true);
    const over = await readInput(join(dir, 'ten.md'), 9);
    expect(over).toMatchObject({ ok: false, size: 10, limit: 9 });
  });

  it('answers a 2 GiB sparse file from fstat without reading it', async () => {
    const path = join(dir, 'huge.md');
    writeFileSync(path, '');
    truncateSync(path, 2 * 1024 ** 3);
    const before = process.memoryUsage().rss;
    const read = await readInput(path);
    expect(read).toMatchObject({ ok: false, size: 2 * 1024 ** 3, limit: 16 * 1024 * 1024 });
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a FIFO without waiting for a writer, and a character device', async () => {
    const fifo = join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    await expect(readInput(fifo)).rejects.toBeInstanceOf(NotRegularFileError);
    await expect(readInput('/dev/zero')).rejects.toThrow('not a regular file (a character device)');
    expect(() => readInputSync('/dev/zero', 10)).toThrow(NotRegularFileError);
  });
});
