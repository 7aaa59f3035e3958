import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ioErrorMessage } from '../../src/cli/io-error.ts';
import { cli, workspace } from './run-cli.ts';

/** Make the temporary file of an atomic write fail, as a read-only folder or a full disk would. */
const failure = vi.hoisted(() => ({ code: null as string | null, at: 'open' as 'open' | 'write' }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof real.open = async (path, flags, mode) => {
    const code = failure.code;
    if (!code || !String(path).endsWith('.tmp')) return real.open(path, flags, mode);
    if (failure.at === 'open') throw Object.assign(new Error(`${code}: open '${String(path)}'`), { code, syscall: 'open', path: String(path) });
    const handle = await real.open(path, flags, mode);
    await handle.write('half of it');
    handle.writeFile = async () => {
      throw Object.assign(new Error(`${code}: write`), { code, syscall: 'write' });
    };
    return handle;
  };
  return { ...real, open, default: { ...real, open } };
});

const DRIFT = readFileSync(new URL('../fix/fixture-drift.md', import.meta.url), 'utf8');
const BASE = readFileSync(new URL('../fixtures/base-guide.md', import.meta.url), 'utf8');

describe('ordinary I/O failures: one line naming the path and the cause, exit 2', () => {
  it('words errno failures, and leaves anything else to the internal-error path', () => {
    expect(ioErrorMessage(Object.assign(new Error('x'), { code: 'EACCES', syscall: 'mkdir', path: '/srv/out' }))).toBe('cannot create the folder /srv/out: permission denied (EACCES)');
    expect(ioErrorMessage(Object.assign(new Error('x'), { code: 'EPERM', syscall: 'rename', path: 'g.md' }))).toBe('cannot replace g.md: operation not permitted (EPERM)');
    expect(ioErrorMessage(Object.assign(new Error('x'), { code: 'EROFS', syscall: 'open', path: '/ro/\u001b.md' }))).toBe('cannot open /ro/\u241b.md: read-only file system (EROFS)');
    expect(ioErrorMessage(new TypeError('undefined is not a function'))).toBeNull();
    expect(ioErrorMessage(Object.assign(new Error('x'), { code: 'ERR_SOMETHING_ELSE' }))).toBeNull();
  });

  it('export --out naming a file, or a folder under a file', async () => {
    const dir = workspace({ 'g.md': BASE, 'out.txt': 'x' });
    const onFile = await cli(['export', 'g.md', '--format', 'csv', '--out', 'out.txt'], dir);
    // The output-folder guard answers before any mkdir: the path is named, and why it cannot be a folder.
    expect(onFile).toEqual({ code: 2, stdout: '', stderr: `hardmap export: cannot use ${join(dir, 'out.txt')} as a folder: it is a file\n` });
    const under = await cli(['export', 'g.md', '--format', 'csv', '--out', 'out.txt/sub'], dir);
    expect(under.code).toBe(2);
    expect(under.stderr).toBe(`hardmap export: cannot use ${join(dir, 'out.txt')} as a folder: it is a file\n`);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('x');
  });

  it('fix in a read-only folder, and on a full disk: the file untouched, no temporary file left', async () => {
    for (const [code, at, cause] of [['EACCES', 'open', 'permission denied (EACCES)'], ['ENOSPC', 'write', 'no space left on the device (ENOSPC)']] as const) {
      const dir = workspace({ 'drift.md': DRIFT });
      Object.assign(failure, { code, at });
      try {
        const result = await cli(['fix', 'drift.md'], dir);
        expect(result.stderr).toBe(`hardmap fix: cannot write ${join(dir, 'drift.md')}: ${cause}\n`);
        expect(result.code).toBe(2);
      } finally {
        failure.code = null;
      }
      expect(readFileSync(join(dir, 'drift.md'), 'utf8')).toBe(DRIFT);
      expect(readdirSync(dir)).toEqual(['drift.md']);
    }
  });

  it('SOURCE_DATE_EPOCH out of range or not a number', async () => {
    const dir = workspace({ 'g.md': BASE });
    for (const value of ['99999999999999', '1e9', '-1', 'yesterday']) {
      const result = await cli(['export', 'g.md', '--format', 'csv', '--out', 'out'], dir, { SOURCE_DATE_EPOCH: value });
      expect(result.stderr).toBe(`hardmap export: SOURCE_DATE_EPOCH must be whole seconds since 1970 from 0 to 253402300799 (9999-12-31), got \`${value}\`\n`);
      expect(result.code).toBe(2);
    }
    expect((await cli(['export', 'g.md', '--format', 'csv', '--out', 'out'], dir, { SOURCE_DATE_EPOCH: '253402300799' })).code).toBe(0);
  });
});
