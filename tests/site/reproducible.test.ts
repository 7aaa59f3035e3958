import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTree, readableContents } from './tree.ts';

/**
 * Two clean builds of the same content give byte-identical output, and nothing in it names the
 * machine it was built on. Builds run as child processes, as a user runs them, with --no-cache so
 * neither reuses the check cache or Astro's stored content-layer entries; the second runs from
 * another working directory.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const BIN = join(ROOT, 'bin', 'hardmap.js');
const FIXTURE = 'tests/fixtures/site-small';
const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'hardmap-repro-'));

// Dates come from the guides, never the clock or the caller's environment.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['SOURCE_DATE_EPOCH', 'HARDMAP_CONTENT', 'HARDMAP_OUT'].includes(key)));

const head = (): string => execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();

/**
 * Exports stamp the content's git commit. In a shared work tree someone may commit between the two
 * runs, which would rightly change the output; then the pair is made again.
 */
async function pairAtOneCommit(make: (name: string, index: number) => Promise<string>): Promise<[string, string]> {
  for (let attempt = 1; ; attempt++) {
    const before = head();
    const first = await make(`a${attempt}`, 0);
    const second = await make(`b${attempt}`, 1);
    if (head() === before || attempt === 3) return [first, second];
  }
}

/** The first build from the checkout, the second from elsewhere, naming the content by its absolute path. */
async function build(name: string, index: number): Promise<string> {
  const out = join(scratch, `site-${name}`);
  const [cwd, content] = index === 0 ? [ROOT, FIXTURE] : [scratch, join(ROOT, FIXTURE)];
  await run(process.execPath, [BIN, 'build', '--no-cache', '--content', content], { cwd, env: { ...env, HARDMAP_OUT: out }, maxBuffer: 16 * 1024 * 1024 });
  return out;
}

async function exportFrom(cwd: string, content: string, out: string): Promise<string> {
  await run(process.execPath, [BIN, 'export', content, '--out', out], { cwd, env, maxBuffer: 16 * 1024 * 1024 });
  return out;
}

/** Files whose readable bytes (unzipped, gunzipped) contain one of the needles. */
function leaks(dir: string, needles: readonly string[]): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    let contents: Buffer[];
    try {
      contents = readableContents(join(dir, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EISDIR') continue;
      throw error;
    }
    for (const needle of needles) if (contents.some((bytes) => bytes.includes(needle))) found.push(`${name}: ${needle}`);
  }
  return found;
}

let siteA = '';
let siteB = '';

beforeAll(async () => {
  [siteA, siteB] = await pairAtOneCommit(build);
}, 600_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('two clean builds of one collection', () => {
  it('are byte-identical, file by file', () => {
    const a = hashTree(siteA);
    const b = hashTree(siteB);
    expect([...a.keys()]).toEqual([...b.keys()]);
    const differing = [...a].filter(([path, hash]) => b.get(path) !== hash).map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it('hold pages, every download format and the search index', () => {
    const files = [...hashTree(siteA).keys()];
    // About 1,900 framework requirement pages come from the catalogs whatever the content.
    expect(files.length).toBeGreaterThan(1500);
    for (const path of [
      'index.html', 'guides/harbor-registry/index.html', 'guides/harbor-registry/2.1/index.html', 'guides/mail-relay/index.html',
      'runbooks/registry-pull-denied/index.html', 'status/index.html',
      'downloads/mappings.csv', 'downloads/mappings.xlsx', 'downloads/mappings.json', 'downloads/mappings.schema.json', 'downloads/mappings.md',
      'downloads/oscal/catalog.json', 'downloads/oscal/profile-L1.json', 'downloads/oscal/component-definition.json', 'downloads/oscal/mapping-collection.json',
      'downloads/harbor-registry/mappings.csv', 'downloads/mail-relay/oscal/catalog.json',
      'pagefind/pagefind.js', 'pagefind/pagefind-entry.json',
    ]) expect(files, path).toContain(path);
    for (const kind of ['.pf_fragment', '.pf_index', '.pf_meta', '.pf_filter', '.css', '.js']) expect(files.some((path) => path.endsWith(kind)), kind).toBe(true);
    expect(JSON.parse(readFileSync(join(siteA, 'pagefind/pagefind-entry.json'), 'utf8')).languages.en.page_count).toBeGreaterThan(0);
  });

  it('name no absolute path of the machine: not the checkout, the output folder or a temporary folder', () => {
    const needles = [ROOT, siteA, scratch, join(tmpdir(), 'hardmap-astro-'), 'file://'];
    expect(leaks(siteA, needles)).toEqual([]);
  });

  it('offer downloads byte-identical to `hardmap export` of the same content', async () => {
    const exported = hashTree(await exportFrom(ROOT, FIXTURE, join(scratch, 'export-for-site')));
    const downloads = hashTree(join(siteA, 'downloads'));
    expect(exported.size).toBeGreaterThan(5);
    for (const [path, hash] of exported) expect(downloads.get(path), path).toBe(hash);
  });
});

describe('hardmap export', () => {
  it('writes the same bytes into two output folders', async () => {
    const [a, b] = await pairAtOneCommit((name) => exportFrom(ROOT, FIXTURE, join(scratch, `export-${name}`)));
    const hashes = hashTree(a);
    expect([...hashes.keys()]).toEqual(expect.arrayContaining(['mappings.csv', 'mappings.xlsx', 'mappings.json', 'oscal/catalog.json']));
    expect(hashTree(b)).toEqual(hashes);
    expect(leaks(a, [ROOT, a, 'file://'])).toEqual([]);
  });

  it('writes the same bytes for copies of the content at two different places', async () => {
    const outputs: Array<Map<string, string>> = [];
    for (const place of [join(scratch, 'copy-1'), join(scratch, 'copy-2', 'deeper', 'checkout')]) {
      mkdirSync(place, { recursive: true });
      cpSync(join(ROOT, FIXTURE), join(place, 'content'), { recursive: true });
      const out = await exportFrom(place, 'content', join(scratch, `out-of-${outputs.length}`));
      expect(leaks(out, [place, out, scratch])).toEqual([]);
      outputs.push(hashTree(out));
    }
    expect(outputs[1]).toEqual(outputs[0]);
  });
});
