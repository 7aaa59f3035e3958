import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built site's weight, as readers on slow links get it: every HTML page of dist/ (run after `npm run build`).
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const MAX_PAGE = 250_000;
const MAX_MEDIAN = 8_000;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === 'downloads' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

describe('page weight of the built site', () => {
  it(`no page over ${MAX_PAGE / 1000} KB and a median page under ${MAX_MEDIAN / 1000} KB`, () => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
    const sizes = htmlFiles(DIST).map((path) => ({ path: relative(DIST, path), bytes: statSync(path).size })).sort((a, b) => a.bytes - b.bytes);
    expect(sizes.length).toBeGreaterThan(100);
    const heaviest = sizes.at(-1);
    expect(heaviest?.bytes, heaviest?.path).toBeLessThan(MAX_PAGE);
    const median = sizes[Math.floor(sizes.length / 2)]?.bytes ?? 0;
    expect(median).toBeLessThan(MAX_MEDIAN);
    // The NIST index lists all 1,196 entries: the page that grows with every column added to it (197 KB before issue 16, kept so).
    const nist = sizes.find((entry) => entry.path === join('frameworks', 'nist-800-53-r5', 'index.html'));
    expect(nist?.bytes).toBeLessThan(205_000);
  });
});
