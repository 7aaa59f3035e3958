import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGuide } from '../../src/index.ts';
import { searchText } from '../../src/astro/index.ts';
import { launchChromium } from './browser.ts';
import { serveStatic } from './server.ts';

/**
 * A guide whose title, vendor, category and description carry markup (`<b>`, an https `<img>`,
 * an `<a href>`) must show that markup as text everywhere the site shows those fields, the search
 * UI's filter labels and result titles included, with no request to the attacker's host and no
 * Content-Security-Policy violation in the console.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = 'tests/fixtures/site-markup';
const OUT = join(ROOT, 'dist-markup');
const fields = parseGuide(readFileSync(join(ROOT, FIXTURE, 'guides/markup.md')), 'markup.md').guide.frontmatter?.data as Record<string, string>;
const [title, vendor, category, description] = [String(fields['title']), String(fields['vendor']), String(fields['category']), String(fields['description'])];

let browser: Browser;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  execFileSync(process.execPath, ['bin/hardmap.js', 'build', '--no-cache', '--content', FIXTURE], { cwd: ROOT, env: { ...process.env, HARDMAP_OUT: 'dist-markup' }, stdio: 'ignore' });
  site = await serveStatic(OUT);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page and records what must never happen: a request to the attacker, a CSP violation, a page error. */
async function visit(path: string): Promise<{ page: Page; events: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const events: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('attacker.test')) events.push(`request: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) events.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => events.push(`pageerror: ${error.message}`));
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  return { page, events };
}

/** Elements the guide's markup would have made. */
const injected = (page: Page, scope = 'body'): Promise<string[]> => page.locator(scope).evaluateAll((roots) => roots.flatMap((root) =>
  [...root.querySelectorAll('[src*="attacker.test"], [href*="attacker.test"], b')].map((element) => element.outerHTML)));

describe('frontmatter markup', () => {
  it('is never in any built page as markup', () => {
    const pages = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const raw = pages.filter((name) => /<(b|img|a)\b[^>]*(attacker\.test|>bold-)/.test(readFileSync(join(OUT, name), 'utf8')));
    expect(raw).toEqual([]);
  });

  it('shows as text on the catalog, guide, control, matrix, status, downloads and framework pages', async () => {
    const shown: Record<string, string[]> = {
      '/': [title, vendor, category, description], '/guides/': [title], '/guides/markup/': [title, vendor, category, description],
      '/guides/markup/1.1/': [vendor], '/guides/markup/matrix/': [], '/status/': [], '/downloads/': [], '/matrices/nist-families/': [], '/frameworks/nist-800-53-r5/ia-2/': [],
    };
    for (const [path, texts] of Object.entries(shown)) {
      const { page, events } = await visit(path);
      const text = await page.locator('body').innerText();
      for (const expected of texts) expect(text, `${path} shows ${expected}`).toContain(expected);
      expect(await injected(page), path).toEqual([]);
      expect(events, path).toEqual([]);
      await page.context().close();
    }
  });

  it('shows as text in the search results and every filter label, with the filters open', async () => {
    const { page, events } = await visit('/search/');
    await page.fill('.pagefind-ui__search-input', 'zebrafinch');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
    for (const summary of await page.locator('summary.pagefind-ui__filter-name').all()) await summary.click();
    await page.waitForLoadState('networkidle');
    expect(await injected(page, '#search')).toEqual([]);
    expect(await page.locator('#search img, #search a:not(.pagefind-ui__result-link)').count()).toBe(0);
    expect(events).toEqual([]);
    const labels = await page.locator('.pagefind-ui__filter-label').allInnerTexts();
    // Counts are of the current results: one control mentions the search word.
    expect(labels).toContain(`${searchText(vendor)} (1)`);
    expect(await page.locator('.pagefind-ui__filter-label:visible').count()).toBe(labels.length);
    expect(await page.locator('.pagefind-ui__result-link').first().innerText()).toBe(`${searchText(vendor)} 1.2 Limit Administrator Privileges`);
  });
});
