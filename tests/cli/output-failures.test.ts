import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { guardedOutput } from '../../src/cli/output.ts';

const BIN = fileURLToPath(new URL('../../bin/hardmap.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Run the CLI with stdout closed before it writes (`| head -c0`) or sent to a given fd. */
function run(args: string[], stdout: 'closed' | number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', stdout === 'closed' ? 'pipe' : stdout, 'pipe'], env: { ...process.env, HARDMAP_THREADS: '0' } });
    if (stdout === 'closed') child.stdout?.destroy();
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('writes to stdout that fail', () => {
  it('a closed pipe ends quietly with the normal exit code', async () => {
    const [rules, show] = await Promise.all([run(['rules'], 'closed'), run(['show', '--json', 'content/guides/qualys.md'], 'closed')]);
    expect(rules).toEqual({ code: 0, stderr: '' });
    expect(show).toEqual({ code: 0, stderr: '' });
  }, 30_000);

  it('a full disk is exit 2 with one line, not a stack trace and exit 1', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = await run(['check', 'content', '--format', 'sarif', '--no-cache'], full);
      expect(result).toEqual({ code: 2, stderr: 'hardmap check: cannot write to standard output: no space left on the device (ENOSPC)\n' });
    } finally {
      closeSync(full);
    }
  }, 30_000);

  it('guardedOutput drops writes after EPIPE without a failure, and remembers any other error', () => {
    const stream = Object.assign(new EventEmitter(), { written: [] as string[], write(text: string) { this.written.push(text); return true; } });
    const output = guardedOutput(stream as unknown as NodeJS.WritableStream, () => undefined);
    output.write('a');
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    output.write('b');
    expect(stream.written).toEqual(['a']);
    expect(output.failure?.()).toBeNull();
    const late: string[] = [];
    const disk = Object.assign(new EventEmitter(), { write: () => true });
    const guarded = guardedOutput(disk as unknown as NodeJS.WritableStream, (error) => late.push(String(error.code)));
    expect(guarded.failure?.()).toBeNull();
    // After the command is done: reported through the callback, once.
    disk.emit('error', Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    disk.emit('error', Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    expect(late).toEqual(['ENOSPC']);
    expect(guarded.failure?.()?.code).toBe('ENOSPC');
    expect(guarded.write('more')).toBe(false);
  });
});
