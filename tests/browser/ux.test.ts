import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGuide } from '../../src/index.ts';
import { launchChromium } from './browser.ts';
import { serveStatic } from './server.ts';

/**
 * The site as a reader uses it, on a synthetic collection (tests/fixtures/site-ux: three guides
 * that differ in vendor, category, tier, maturity, frameworks and diagnostics, and a config with
 * a site URL and a repository). The collection is copied outside any git repository, so its
 * "what changed" page has no history to compare.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/site-ux');
const OUT = 'dist-ux';
const SITE_URL = 'https://guides.example.org/hardening/';
const acme = parseGuide(readFileSync(join(FIXTURE, 'content/guides/acme-console.md')), 'acme-console.md').guide;

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'hardmap-ux-'));
  cpSync(FIXTURE, work, { recursive: true });
  execFileSync(process.execPath, [join(ROOT, 'bin/hardmap.js'), 'build', '--no-cache', '--content', 'content'], { cwd: work, env: { ...process.env, HARDMAP_OUT: OUT }, stdio: 'ignore' });
  site = await serveStatic(join(ROOT, OUT));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext({ colorScheme: 'light', ...options })).newPage();
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  return page;
}

const visibleCards = (page: Page): Promise<string[]> => page.locator('#catalog .guide-card:visible h3').allTextContents();

describe('home catalog', () => {
  it('offers a filter for each fact that varies, and no option every guide shares', async () => {
    const page = await open('/');
    const names = await page.locator('#catalog-filters select').evaluateAll((selects) => selects.map((s) => (s as unknown as { name: string }).name));
    expect(names).toEqual(['vendor', 'category', 'tier', 'maturity', 'framework', 'diagnostics', 'sort']);
    // All three guides map to NIST 800-53, so it filters nothing and is not offered; the others are.
    const frameworks = await page.locator('select[name="framework"] option').allTextContents();
    expect(frameworks).toEqual(['Any framework', 'CIS v8 (1)', 'ISO 27001 (1)', 'SOC 2 (1)']);
    expect(await page.locator('input[name="q"]').count()).toBe(1);
  });

  it('filters change the list, the state goes into the URL, and a reload restores both', async () => {
    const page = await open('/');
    expect(await visibleCards(page)).toHaveLength(3);
    await page.selectOption('select[name="tier"]', '2');
    expect((await visibleCards(page)).sort()).toEqual(['Brisk Mail Hardening Guide', 'Cobalt CI Hardening Guide']);
    await page.fill('input[name="q"]', 'runner');
    expect(await visibleCards(page)).toEqual(['Cobalt CI Hardening Guide']);
    expect(new URL(page.url()).search).toBe('?tier=2&q=runner');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.inputValue('input[name="q"]')).toBe('runner');
    expect(await page.inputValue('select[name="tier"]')).toBe('2');
    expect(await visibleCards(page)).toEqual(['Cobalt CI Hardening Guide']);
    expect(await page.textContent('#catalog-status')).toBe('1 of 3 guides shown');
  });

  it('a linked query selects by vendor, maturity and diagnostics', async () => {
    for (const [query, expected] of [
      ['?vendor=acme', ['Acme Console Hardening Guide']],
      ['?maturity=ai-drafted', ['Cobalt CI Hardening Guide']],
      ['?diagnostics=with', ['Brisk Mail Hardening Guide']],
      ['?framework=iso27001-2022', ['Cobalt CI Hardening Guide']],
      ['?category=messaging&q=acme', []],
    ] as const) {
      const page = await open(`/${query}`);
      expect(await visibleCards(page), query).toEqual(expected);
      await page.context().close();
    }
  });
});

describe('guide level filter', () => {
  it('puts each checkbox right before its label, on one row', async () => {
    const page = await open('/guides/acme-console/');
    for (const level of ['L1', 'L2', 'L3']) {
      const box = await page.locator(`#level-filter input[value="${level}"]`).boundingBox();
      const label = await page.locator(`#level-filter input[value="${level}"] + .badge`).boundingBox();
      expect(box && label, level).toBeTruthy();
      if (!box || !label) continue;
      expect(Math.abs(box.y + box.height / 2 - (label.y + label.height / 2)), level).toBeLessThan(6);
      expect(label.x - (box.x + box.width), level).toBeGreaterThanOrEqual(0);
      expect(label.x - (box.x + box.width), level).toBeLessThan(16);
    }
  });

  it('hides a level: the URL says so, the TOC dims its controls, j/k skip them, and a reload keeps it', async () => {
    const page = await open('/guides/acme-console/', { viewport: { width: 1366, height: 500 } });
    await page.uncheck('#level-filter input[value="L2"]');
    expect(new URL(page.url()).search).toBe('?level=L1,L3');
    const dimmed = await page.locator('.guide-toc a.filtered-out').allTextContents();
    expect(dimmed).toEqual(acme.controls.filter((c) => c.level?.level === 'L2').map((c) => `${c.number} ${c.title}`));

    const focused = async (): Promise<string | null> => (await page.evaluate('document.activeElement?.getAttribute("aria-labelledby") ?? null')) as string | null;
    const anchors = acme.controls.filter((c) => c.level?.level !== 'L2').map((c) => c.anchor);
    await page.locator('h1').click();
    const forward: Array<string | null> = [];
    for (let i = 0; i < anchors.length; i++) {
      await page.keyboard.press('j');
      forward.push(await focused());
    }
    expect(forward).toEqual(anchors);
    await page.keyboard.press('k');
    expect(await focused()).toBe(anchors.at(-2));

    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.isChecked('#level-filter input[value="L2"]')).toBe(false);
    expect(await page.locator('.control-card[data-level="L2"]:visible').count()).toBe(0);
    expect(await page.textContent('#level-filter-status')).toBe(`${anchors.length} of ${acme.controls.length} controls shown`);
  });
});

describe('control cards', () => {
  const card = (page: Page, anchor: string) => page.locator(`.control-card[aria-labelledby="${anchor}"]`);

  it('show the ClickOps steps once each, in order, with where to click under its own step', async () => {
    const page = await open('/guides/acme-console/');
    const first = card(page, acme.controls[0]?.anchor ?? '');
    expect(await first.locator('[data-step]').evaluateAll((steps) => steps.map((s) => s.getAttribute('data-step')))).toEqual(['1', '2', '3']);
    const text = (await first.textContent()) ?? '';
    for (const step of ['Step 1', 'Step 2', 'Step 3']) expect(text.split(step).length - 1, step).toBe(1);
    // Step 3 names one menu path twice; where to click lists it once. Step 2 names none.
    const where = (n: number) => first.locator(`[data-step="${n}"] .where .menu-path`).allTextContents();
    expect(await where(1)).toEqual(['Admin›Security›Sign-in']);
    expect(await where(2)).toEqual([]);
    expect(await where(3)).toEqual(['Admin›Security›Factors']);
    // The table between step 2 and step 3 stays with step 2.
    expect(await first.locator('[data-step="2"] table').count()).toBe(1);
    // An untitled step (lists before any step heading) is shown, with its path, and no heading of its own.
    const third = card(page, acme.controls[2]?.anchor ?? '');
    expect(await third.locator('[data-step]').count()).toBe(1);
    expect(await third.locator('.where .menu-path').allTextContents()).toEqual(['Admin›Logs›Export']);
  });

  it('say the time to complete once, whether the guide writes it under ClickOps or under code', async () => {
    const page = await open('/guides/acme-console/');
    for (const control of acme.controls.slice(0, 2)) {
      const text = (await card(page, control.anchor).textContent()) ?? '';
      expect(text.match(/time to complete/gi), control.number).toHaveLength(1);
      expect(await card(page, control.anchor).locator('.time-to-complete').textContent(), control.number).toBe(`Time to complete: ${control.timeToComplete?.text}`);
    }
  });

  it('keep contributor details behind the footer toggle and out of print', async () => {
    const page = await open('/');
    const badges = page.locator('.guide-card .diag-count');
    expect(await badges.count()).toBe(3);
    expect(await page.locator('.guide-card .diag-count:visible').count()).toBe(0);
    await page.click('#contributor-toggle');
    expect(await page.locator('.guide-card .diag-count:visible').count()).toBe(3);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('.guide-card .diag-count:visible').count()).toBe(3);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.guide-card .diag-count:visible').count()).toBe(0);
    const control = await open('/guides/acme-console/1.1/');
    expect(await control.locator('.contrib:visible').count()).toBe(0);
    expect(await control.locator('.contrib').count()).toBeGreaterThan(0);
  });
});

describe('on a phone (390 px)', () => {
  const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

  it('the header stays under 80 px and the table of contents is collapsed above the first control', async () => {
    const page = await open('/guides/acme-console/', phone);
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height).toBeLessThan(80);
    expect(await page.locator('#guide-toc').evaluate((d) => (d as unknown as { open: boolean }).open)).toBe(false);
    expect(await page.locator('#guide-toc nav').isVisible()).toBe(false);
    await page.click('#guide-toc summary');
    expect(await page.locator('#guide-toc nav').isVisible()).toBe(true);
    await page.click(`#guide-toc a[href="#${acme.controls[1]?.anchor}"]`);
    expect(await page.locator('#guide-toc').evaluate((d) => (d as unknown as { open: boolean }).open)).toBe(false);
  });

  it('a wide screen shows the table of contents open', async () => {
    const page = await open('/guides/acme-console/', { viewport: { width: 1366, height: 900 } });
    expect(await page.locator('#guide-toc nav').isVisible()).toBe(true);
  });
});

describe('crawlers, links and history', () => {
  const pages = (): string[] => readdirSync(join(ROOT, OUT), { recursive: true }).map(String).filter((file) => file.endsWith('index.html')).map((file) => file.replace(/index\.html$/, '')).sort();

  it('every page has its canonical URL, a description and OpenGraph tags under the configured site URL', async () => {
    const all = pages();
    for (const path of ['', 'guides/acme-console/', 'guides/acme-console/1.1/', 'guides/acme-console/cheat-sheet/', 'frameworks/nist-800-53-r5/ia-2/', 'changes/', 'status/']) {
      expect(all, path).toContain(path);
      const html = readFileSync(join(ROOT, OUT, path, 'index.html'), 'utf8');
      expect(html, path).toContain(`<link rel="canonical" href="${SITE_URL}${path}">`);
      expect(html, path).toContain(`<meta property="og:url" content="${SITE_URL}${path}">`);
      expect(html, path).toMatch(/<meta name="description" content="[^"]+">/);
      expect(html, path).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html, path).toMatch(/<meta property="og:description" content="[^"]+">/);
    }
  });

  it('sitemap.xml lists exactly the built pages and robots.txt names it', async () => {
    const sitemap = readFileSync(join(ROOT, OUT, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => (m[1] ?? '').slice(SITE_URL.length)).sort();
    expect(listed).toEqual(pages());
    expect(readFileSync(join(ROOT, OUT, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE_URL}sitemap.xml\n`);
  });

  it('a guide links to its source in the configured repository, branch and folder', async () => {
    const page = await open('/guides/acme-console/');
    expect(await page.getAttribute('a.edit-link', 'href')).toBe('https://git.example.org/acme/guides/edit/trunk/collection/guides/acme-console.md');
  });

  it('the what-changed page says why there is nothing to compare outside git', async () => {
    const page = await open('/changes/');
    expect(await page.getAttribute('#changes-summary', 'data-changes')).toBe('unavailable');
    expect(await page.textContent('#changes-summary')).toContain('the content is not in a git repository');
  });
});

describe('cheat sheet', () => {
  it('lists every control by level, one row each, with its mapping IDs, and prints without the site frame', async () => {
    const page = await open('/guides/acme-console/cheat-sheet/');
    const groups = await page.locator('[data-level-group]').evaluateAll((sections) => sections.map((s) => ({
      level: s.getAttribute('data-level-group'),
      rows: [...s.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-control')),
    })));
    const levels = [...new Set(acme.controls.map((c) => c.level?.level ?? ''))].sort();
    expect(groups).toEqual(levels.map((level) => ({ level, rows: acme.controls.filter((c) => (c.level?.level ?? '') === level).map((c) => c.number) })));
    const row = (await page.locator('tr[data-control="1.1"] td').textContent())?.replace(/\s+/g, ' ').trim();
    expect(row).toBe('CIS v8 6.5 NIST 800-53 IA-2(1) SOC 2 CC6.1');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.views').isVisible()).toBe(false);
    expect(await page.locator('table.cheat').first().isVisible()).toBe(true);
  });
});

describe('the pages stay CSP-clean', () => {
  it('no built page carries an inline script body or a style attribute or element', () => {
    const offenders: string[] = [];
    for (const file of readdirSync(join(ROOT, OUT), { recursive: true }).map(String).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(ROOT, OUT, file), 'utf8');
      if (/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i.test(html) || /\sstyle=/i.test(html) || /<style[\s>]/i.test(html)) offenders.push(relative('.', file));
    }
    expect(offenders).toEqual([]);
  });
});
