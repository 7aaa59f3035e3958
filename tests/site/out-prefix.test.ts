import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * Astro decides whether the output folder is inside the project by comparing path strings, so an
 * output folder beside the checkout whose path starts with the checkout's (`/x/hardmap-out` for
 * `/x/hardmap`) must still build. The checkout is copied to such a place (its node_modules
 * linked), since the pair of paths depends on where the checkout is.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const SKIP = new Set(['node_modules', '.git', '.astro', 'test-results']);
const run = promisify(execFile);

describe('HARDMAP_OUT beside the checkout, its path starting with the checkout path', () => {
  it('builds the site there and leaves no Astro chunk behind', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'hardmap-prefix-'));
    const checkout = join(scratch, 'hardmap');
    cpSync(ROOT, checkout, { recursive: true, filter: (source) => { const name = source.slice(ROOT.length + 1).split('/')[0] ?? ''; return !SKIP.has(name) && !name.startsWith('dist'); } });
    symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'));
    const out = `${checkout}-out`;
    const cacheDir = join(checkout, 'node_modules', '.cache', 'hardmap');
    const stagedBefore = existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => name.startsWith('site-')) : [];
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['HARDMAP_CONTENT', 'HARDMAP_OUT'].includes(key)));
    const result = await run(process.execPath, [join(checkout, 'bin', 'hardmap.js'), 'build', '--no-cache', '--content', 'tests/fixtures/site-small'], { cwd: checkout, env: { ...env, HARDMAP_OUT: out }, maxBuffer: 16 * 1024 * 1024 }).catch((error: { stderr?: string; code?: number }) => ({ stdout: '', stderr: error.stderr ?? String(error), code: error.code }));
    expect(result.stderr).not.toMatch(/Cannot find package|internal error/);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'guides', 'mail-relay', 'index.html'))).toBe(true);
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
    // Only staging folders this build made count: an interrupted earlier build in the copied checkout may have left one.
    expect(readdirSync(join(checkout, 'node_modules', '.cache', 'hardmap')).filter((name) => name.startsWith('site-') && !stagedBefore.includes(name))).toEqual([]);
  }, 300_000);
});
