import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchIndexReuse } from '../../src/astro/search-index-reuse.ts';

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hardmap-reuse-site-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

const PAGES = { 'guides/a/index.html': '<p>a</p>', 'frameworks/x/1/index.html': '<p>x1</p>', 'matrices/index.html': '<p>m</p>' };

describe('searchIndexReuse', () => {
  it('keys the indexed folders by path and bytes, and nothing else', async () => {
    const reuse = searchIndexReuse(mkdtempSync(join(tmpdir(), 'hardmap-reuse-')), ['guides', 'frameworks'], 'pagefind 1');
    const key = await reuse.key(site(PAGES));
    expect(await reuse.key(site(PAGES))).toBe(key);
    // A page outside the indexed folders is not read by Pagefind.
    expect(await reuse.key(site({ ...PAGES, 'matrices/index.html': '<p>changed</p>' }))).toBe(key);
    expect(await reuse.key(site({ ...PAGES, 'guides/a/index.html': '<p>a!</p>' }))).not.toBe(key);
    expect(await reuse.key(site({ ...PAGES, 'guides/b/index.html': '<p>a</p>' }))).not.toBe(key);
    // Same bytes under another name is another site.
    const { 'guides/a/index.html': a, ...rest } = PAGES;
    expect(await reuse.key(site({ ...rest, 'guides/c/index.html': a }))).not.toBe(key);
    // Another Pagefind (version, options) never reuses an index of the last one.
    expect(await searchIndexReuse(mkdtempSync(join(tmpdir(), 'hardmap-reuse-')), ['guides', 'frameworks'], 'pagefind 2').key(site(PAGES))).not.toBe(key);
  });

  it('restores exactly the index kept for a key, keeps one index only, and reports a miss', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'hardmap-reuse-'));
    const reuse = searchIndexReuse(cacheDir, ['guides'], 'pagefind 1');
    const built = site({ 'pagefind/pagefind.js': 'index one', 'pagefind/fragment/en_1.pf_fragment': 'f1' });
    expect(await reuse.restore('k1', join(mkdtempSync(join(tmpdir(), 'hardmap-reuse-out-')), 'pagefind'))).toBe(false);
    await reuse.keep('k1', join(built, 'pagefind'));
    const out = mkdtempSync(join(tmpdir(), 'hardmap-reuse-out-'));
    expect(await reuse.restore('k1', join(out, 'pagefind'))).toBe(true);
    expect(readFileSync(join(out, 'pagefind/pagefind.js'), 'utf8')).toBe('index one');
    expect(readFileSync(join(out, 'pagefind/fragment/en_1.pf_fragment'), 'utf8')).toBe('f1');

    const next = site({ 'pagefind/pagefind.js': 'index two' });
    await reuse.keep('k2', join(next, 'pagefind'));
    expect(readdirSync(cacheDir)).toEqual(['k2']);
    expect(await reuse.restore('k1', join(mkdtempSync(join(tmpdir(), 'hardmap-reuse-out-')), 'pagefind'))).toBe(false);
  });
});
