import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, workspace } from './run-cli.ts';

const BIN = fileURLToPath(new URL('../../bin/hardmap.js', import.meta.url));
const BASE = readFileSync(new URL('../fixtures/base-guide.md', import.meta.url), 'utf8');
const HUGE = 2 * 1024 ** 3;

/** The CLI in a child process, killed after 20 s: a hang must fail the test, not the run. */
function child(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, timeout: 20_000, env: { ...process.env, HARDMAP_THREADS: '0' } }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

describe('special files are never read: no hang, no unbounded memory', () => {
  it('show on a FIFO and on /dev/zero, and check --config /dev/zero, exit 2 naming the file', async () => {
    const dir = workspace({ 'g.md': BASE });
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const runs = await Promise.all([child(['show', 'pipe.md'], dir), child(['show', '/dev/zero'], dir), child(['check', 'g.md', '--config', '/dev/zero', '--no-cache'], dir)]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/(pipe\.md|\/dev\/zero).*not a regular file/);
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    }
  }, 60_000);
});

describe('a guide over the size limit gets input-limit from its size alone', () => {
  const dir = workspace({ 'guides/g.md': BASE });
  writeFileSync(join(dir, 'guides', 'huge.md'), '');
  truncateSync(join(dir, 'guides', 'huge.md'), HUGE);
  const message = `guides/huge.md:1:1-1:1: Unexpected file of ${HUGE} bytes, expected at most 16777216 bytes; it was not read [input-limit]`;

  it('check reports it as an error and checks the other guide', async () => {
    const result = await cli(['check', 'guides', '--format', 'json', '--no-cache'], dir, { HARDMAP_THREADS: '1' });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { diagnostics: Array<{ file: string; ruleId: string; message: string }>; summary: { files: number } };
    expect(report.diagnostics.filter((d) => d.file === 'guides/huge.md').map((d) => `${d.ruleId}: ${d.message}`)).toEqual([`input-limit: Unexpected file of ${HUGE} bytes, expected at most 16777216 bytes; it was not read`]);
    const stylish = await cli(['check', 'guides/huge.md', '--no-cache'], dir, { HARDMAP_THREADS: '0' });
    expect(stylish.stdout).toContain('input-limit');
  });

  it('show exits 1 with the diagnostic, fix refuses it, export names it', async () => {
    const show = await cli(['show', 'guides/huge.md'], dir);
    expect(show).toMatchObject({ code: 1, stdout: '' });
    expect(show.stderr).toBe(`hardmap show: ${message}\n`);
    const fix = await cli(['fix', 'guides/huge.md'], dir);
    expect(fix.code).toBe(1);
    expect(fix.stderr).toContain(`refusing to rewrite guides/huge.md: file of ${HUGE} bytes, over the limit of 16777216 bytes; not read`);
    const exported = await cli(['export', 'guides', '--format', 'csv', '--out', join(dir, 'out')], dir);
    expect(exported.code).toBe(1);
    expect(exported.stderr).toContain(`hardmap export: not exported: ${message}`);
  });
});

describe('a runbook over the size limit', () => {
  it('gets input-limit too, not an internal error', async () => {
    const dir = workspace({ 'content/guides/g.md': BASE });
    const runbook = join(dir, 'content', 'runbooks', 'huge.md');
    mkdirSync(join(dir, 'content', 'runbooks'));
    writeFileSync(runbook, '');
    truncateSync(runbook, HUGE);
    const result = await cli(['check', 'content', '--format', 'json', '--no-cache'], dir, { HARDMAP_THREADS: '0' });
    const report = JSON.parse(result.stdout) as { diagnostics: Array<{ file: string; ruleId: string }> };
    expect(report.diagnostics.filter((d) => d.file === 'content/runbooks/huge.md').map((d) => d.ruleId)).toContain('input-limit');
    expect(result.code).toBe(1);
  });
});
