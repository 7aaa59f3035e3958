import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/io/site-out.ts';
import { hashTree } from './tree.ts';

/**
 * Astro's incremental build (experimental.incrementalBuild, keys in site/lib/cache-keys.ts)
 * copies a page from the last build when its key is unchanged. Proof that the keys miss nothing
 * the pages show: build a collection, change one guide's text, build again into the same folder,
 * and compare with a clean build (--no-cache: no cached page, no stored entry) of the changed
 * collection, file by file. Builds run as child processes, as a user runs them.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const BIN = join(ROOT, 'bin', 'hardmap.js');
const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'hardmap-incremental-'));
const content = join(scratch, 'content');
const incremental = join(scratch, 'site-incremental');
const clean = join(scratch, 'site-clean');
const env = { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !['SOURCE_DATE_EPOCH', 'HARDMAP_CONTENT', 'HARDMAP_OUT'].includes(key))), HARDMAP_VERBOSE: '1' };

const head = (): string => execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();

async function build(out: string, ...flags: string[]): Promise<string> {
  const { stdout, stderr } = await run(process.execPath, [BIN, 'build', '--content', content, ...flags], { cwd: ROOT, env: { ...env, HARDMAP_OUT: out }, maxBuffer: 64 * 1024 * 1024 });
  return `${stdout}${stderr}`;
}

/** Page lines of Astro's log that were copied from the cache rather than rendered. */
const reused = (log: string): number => log.split('\n').filter((line) => /├─.*\((cached|restored)\)/.test(line)).length;

const EDITED = 'mail-relay.md';
let log = '';
/** The downloads of the first build, before the edit. */
let firstDownloads = new Map<string, string>();

beforeAll(async () => {
  // The downloads cite the checkout's commit: someone committing mid-run rightly changes them, so the three builds are made again.
  for (let attempt = 1; ; attempt++) {
    const before = head();
    rmSync(content, { recursive: true, force: true });
    cpSync(fileURLToPath(new URL('../fixtures/site-small/', import.meta.url)), content, { recursive: true });
    await build(incremental);
    firstDownloads = hashTree(join(incremental, 'downloads'));
    const guide = join(content, 'guides', EDITED);
    const text = readFileSync(guide, 'utf8');
    // A word added to the first prose line after the frontmatter: the guide's text changes, its controls and mappings do not.
    const lines = text.split('\n');
    const closing = lines.indexOf('---', 1);
    const prose = lines.findIndex((line, index) => index > closing && /^[A-Za-z]/.test(line));
    lines[prose] = `${lines[prose]} Edited for the incremental build test.`;
    writeFileSync(guide, lines.join('\n'));
    log = await build(incremental);
    await build(clean, '--no-cache');
    if (head() === before || attempt === 3) break;
  }
}, 900_000);

afterAll(() => {
  for (const out of [incremental, clean]) {
    rmSync(astroCacheDir(ROOT, out), { recursive: true, force: true });
    rmSync(`${astroCacheDir(ROOT, out)}-downloads`, { recursive: true, force: true });
  }
  rmSync(scratch, { recursive: true, force: true });
});

describe('an incremental build after one guide changed', () => {
  it('reuses pages of the last build', () => {
    // About 1,900 requirement pages do not list the edited guide's controls.
    expect(reused(log)).toBeGreaterThan(1000);
  });

  it('shows the change', () => {
    expect(readFileSync(join(incremental, 'guides', 'mail-relay', 'index.html'), 'utf8')).toContain('Edited for the incremental build test.');
  });

  it('is byte-identical to a clean build of the changed content, file by file', () => {
    const a = hashTree(incremental);
    const b = hashTree(clean);
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect([...a].filter(([path, hash]) => b.get(path) !== hash).map(([path]) => path)).toEqual([]);
  });

  it("makes the changed guide's downloads and the collection's again, and reuses the other guide's", () => {
    // Two sets made (mail-relay's and the collection's), one reused (harbor-registry's).
    expect(log).toMatch(/downloads: 2 sets of files made, 1 reused/);
    const now = hashTree(join(incremental, 'downloads'));
    expect([...now.keys()]).toEqual([...firstDownloads.keys()]);
    // The edit is in the overview, which no export carries: the remade files have the same bytes.
    expect([...now].filter(([path, hash]) => firstDownloads.get(path) !== hash)).toEqual([]);
  });
});

describe('a rebuild after a change no indexed page shows (a comment in the guide)', () => {
  let again = '';
  beforeAll(async () => {
    const guide = join(content, 'guides', EDITED);
    writeFileSync(guide, `${readFileSync(guide, 'utf8')}\n<!-- a reviewer's note: not published -->\n`);
    again = await build(incremental);
  }, 300_000);

  it('copies the last search index instead of making it again', () => {
    expect(again).toContain('search index reused');
  });

  it('is still byte-identical to the clean build, search index included', () => {
    const a = hashTree(incremental);
    const b = hashTree(clean);
    expect([...a.keys()].filter((path) => path.startsWith('pagefind/')).length).toBeGreaterThan(10);
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect([...a].filter(([path, hash]) => b.get(path) !== hash).map(([path]) => path)).toEqual([]);
  });
});
