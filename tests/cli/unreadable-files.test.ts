import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMarkdownFiles } from '../../src/node.ts';
import { cli, workspace } from './run-cli.ts';

const BASE = readFileSync(new URL('../fixtures/base-guide.md', import.meta.url), 'utf8');

/** A guide whose name is Latin-1 `café.md`, which is not valid UTF-8, beside a normal guide. */
function latin1Workspace(): string {
  const dir = workspace({ 'content/good.md': BASE });
  writeFileSync(Buffer.concat([Buffer.from(join(dir, 'content', 'caf')), Buffer.from([0xe9]), Buffer.from('.md')]), BASE);
  return dir;
}

/** A guide whose absolute path is over Linux's PATH_MAX (4096), made one folder at a time. */
function deepWorkspace(): string {
  const dir = workspace({ 'content/good.md': BASE });
  const name = 'd'.repeat(250);
  execFileSync('bash', ['-c', `cd content && for i in $(seq 18); do mkdir ${name} && cd ${name}; done && printf '%s' "$0" > deep.md`, BASE], { cwd: dir });
  return dir;
}

const NOT_UTF8 = 'hardmap: not read: content/caf\\xe9.md: the file name is not valid UTF-8 (EILSEQ)\n';

describe('a guide that cannot be read is named, and the run exits 2', () => {
  it('discovery lists a name that is not UTF-8 and a path over the platform limit', async () => {
    const found = await findMarkdownFiles(['content'], latin1Workspace());
    expect(found.files).toEqual(['content/good.md']);
    expect(found.unreadable).toEqual([{ path: 'content/caf\\xe9.md', code: 'EILSEQ' }]);
    const deep = await findMarkdownFiles(['content'], deepWorkspace());
    expect(deep.unreadable.map((file) => file.code)).toEqual(['ENAMETOOLONG']);
  });

  it('check names the file, still checks the others, and exits 2', async () => {
    const result = await cli(['check', 'content', '--no-cache'], latin1Workspace(), { HARDMAP_THREADS: '0' });
    expect(result.stderr).toBe(NOT_UTF8);
    expect(result.stdout).toMatch(/^1 guide, /m);
    expect(result.code).toBe(2);
    const deep = await cli(['check', 'content', '--no-cache'], deepWorkspace(), { HARDMAP_THREADS: '0' });
    expect(deep.stderr).toMatch(/^hardmap: not read: content\/d{250}\/.*: the path is longer than the platform allows \(ENAMETOOLONG\)\n$/);
    expect(deep.code).toBe(2);
  });

  it('export writes nothing, fix and diff exit 2', async () => {
    const dir = latin1Workspace();
    const exported = await cli(['export', 'content', '--out', 'out'], dir);
    expect(exported.code).toBe(2);
    expect(exported.stderr).toBe(`${NOT_UTF8}hardmap export: not exporting: 1 file could not be read (named above)\n`);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const fixed = await cli(['fix', 'content', '--dry-run'], dir);
    expect(fixed.stderr).toContain(NOT_UTF8);
    expect(fixed.code).toBe(2);
  });

  it('check on a FIFO given by name exits 2 and says what it is', async () => {
    const dir = workspace({ 'g.md': BASE });
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const result = await cli(['check', 'pipe.md', 'g.md', '--no-cache'], dir, { HARDMAP_THREADS: '0' });
    expect(result.stderr).toBe('hardmap: not read: pipe.md: not a regular file (ENOTREG), a named pipe\n');
    expect(result.code).toBe(2);
  });
});
