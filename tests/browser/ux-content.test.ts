import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/node.ts';
import { launchChromium } from './browser.ts';
import { serveStatic } from './server.ts';

/** The site built from content/ (`npm run build`, as site.test.ts): page types, themes, weight, history. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  site = await serveStatic(DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; bypassCSP?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', bypassCSP: options.bypassCSP ?? false, viewport: { width: options.width ?? 1366, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  return page;
}

const PAGE_TYPES: ReadonlyArray<[string, string]> = [
  ['home', '/'],
  ['guide', '/guides/qualys/'],
  ['cheat sheet', '/guides/okta/cheat-sheet/'],
  ['control', '/guides/okta/1.1/'],
  ['requirement', '/frameworks/nist-800-53-r5/ia-2/'],
  ['framework index', '/frameworks/cis-controls-v8/'],
  ['matrix', '/guides/okta/matrix/'],
  ['what changed', '/changes/'],
  ['status', '/status/'],
];

describe('accessibility in both themes', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds no serious or critical violation on ${PAGE_TYPES.length} page types (${scheme})`, async () => {
      const found: string[] = [];
      for (const [name, path] of PAGE_TYPES) {
        // axe is injected as a script, which the site's CSP rightly forbids; this context bypasses it.
        const page = await open(path, { colorScheme: scheme, bypassCSP: true });
        await page.addScriptTag({ content: AXE });
        const violations = await page.evaluate(async () => {
          const result = await (globalThis as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run();
          return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
        });
        found.push(...violations.map((v) => `${name}: ${v}`));
        await page.context().close();
      }
      expect(found).toEqual([]);
    });
  }
});

describe('a phone', () => {
  it('sees the first control of the Qualys guide within about a screen and a half (it was 4,869 px down)', async () => {
    const page = await open('/guides/qualys/', { width: 390 });
    const top = Number(await page.evaluate('document.querySelector(".control-card").getBoundingClientRect().top + scrollY'));
    expect(top).toBeLessThan(844 * 1.5);
    expect((await page.locator('.site-header').boundingBox())?.height).toBeLessThan(80);
  });
});

describe('without a site URL in the config', () => {
  it('has no canonical link and no sitemap, and robots.txt names none', () => {
    expect(existsSync(join(DIST, 'sitemap.xml'))).toBe(false);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    const html = readFileSync(join(DIST, 'guides/qualys/index.html'), 'utf8');
    expect(html).not.toContain('rel="canonical"');
    expect(html).toMatch(/<meta property="og:title" content="Qualys Hardening Guide">/);
  });
});

describe('what changed', () => {
  it('compares the last two revisions of content/ in git', async () => {
    let revisions: string[] = [];
    try {
      revisions = execFileSync('git', ['log', '-n2', '--format=%H', '--', '.'], { cwd: join(ROOT, 'content'), encoding: 'utf8' }).split('\n').filter(Boolean);
    } catch {
      revisions = [];
    }
    const page = await open('/changes/');
    const summary = page.locator('#changes-summary');
    if (revisions.length < 2) {
      expect(await summary.getAttribute('data-changes')).toBe('unavailable');
      return;
    }
    expect(await summary.getAttribute('data-changes')).toBe('compared');
    expect(await summary.getAttribute('data-to')).toBe(revisions[0]);
    expect(await summary.getAttribute('data-from')).toBe(revisions[1]);
    // With content/ as committed, `hardmap diff <older>` reports the same changes the page lists.
    if (execFileSync('git', ['status', '--porcelain', '--', 'content'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '') return;
    let out = '';
    expect(await main(['diff', revisions[1] ?? '', 'content', '--format', 'json'], { cwd: ROOT, env: process.env, stdout: { write: (text: string) => ((out += text), true) }, stderr: { write: () => true } })).toBe(0);
    const diff = JSON.parse(out) as { added: unknown[]; removed: unknown[]; changed: unknown[] };
    for (const kind of ['added', 'removed', 'changed'] as const) expect(await page.locator(`[data-change="${kind}"]`).count(), kind).toBe(diff[kind].length);
  });
});

describe('page weight', () => {
  it('keeps the median HTML page under 8 KB', () => {
    const sizes = readdirSync(DIST, { recursive: true }).map(String).filter((file) => file.endsWith('.html')).map((file) => statSync(join(DIST, file)).size).sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)] ?? Infinity;
    expect(sizes.length).toBeGreaterThan(100);
    expect(median).toBeLessThan(8 * 1024);
  });
});
