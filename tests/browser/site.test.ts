import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { mappingRows, parseGuide, parseRunbook, requirementIndex, requirementRollup, type Catalog } from '../../src/index.ts';
import { loadReferenceData, main } from '../../src/node.ts';
import { idSlug } from '../../src/astro/index.ts';
import { launchChromium } from './browser.ts';
import { serveStatic } from './server.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = join(ROOT, 'test-results/screenshots');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const quiet = { write: () => true };

let browser: Browser;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  mkdirSync(SHOTS, { recursive: true });
  site = await serveStatic(join(ROOT, 'dist'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, options: { bypassCSP?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: options.bypassCSP ?? false, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  return page;
}

const qualys = parseGuide(readFileSync(join(ROOT, 'content/guides/qualys.md')), 'content/guides/qualys.md').guide;

describe('the built site in Chromium', () => {
  it('search finds a control by a phrase from its body', async () => {
    const control = qualys.controls.find((c) => c.number === '3.3');
    const phrase = (control?.description?.text ?? '').split(/\s+/).slice(0, 6).join(' ');
    const page = await open('/search/');
    await page.fill('.pagefind-ui__search-input', phrase);
    const result = page.locator('.pagefind-ui__result-link', { hasText: control?.title ?? '' }).first();
    await result.waitFor({ timeout: 20_000 });
    expect(await result.textContent()).toContain(control?.title);
  });

  it('the level filter hides L2 and L3 controls', async () => {
    const page = await open('/guides/qualys/');
    const byLevel = (level: string): number => qualys.controls.filter((c) => c.level?.level === level).length;
    await page.uncheck('#level-filter input[value="L2"]');
    await page.uncheck('#level-filter input[value="L3"]');
    expect(await page.locator('.control-card[data-level="L1"]:visible').count()).toBe(byLevel('L1'));
    expect(await page.locator('.control-card[data-level="L2"]:visible').count()).toBe(0);
    expect(await page.locator('.control-card[data-level="L3"]:visible').count()).toBe(0);
    expect(await page.textContent('#level-filter-status')).toBe(`${byLevel('L1')} of ${qualys.controls.length} controls shown`);
  });

  it('a framework requirement page lists exactly the controls the model maps there', async () => {
    const guides = ['aws-iam', 'gitlab', 'linux-server', 'okta', 'qualys'].map((slug) => parseGuide(readFileSync(join(ROOT, `content/guides/${slug}.md`)), `content/guides/${slug}.md`).guide);
    const index = requirementIndex(mappingRows(guides, loadReferenceData(), { contentCommit: null }));
    for (const [framework, id] of [['nist-800-53-r5', 'IA-2(1)'], ['soc2-tsc-2017', 'CC6.1'], ['cis-controls-v8', '6.5']] as const) {
      const expected = (index.get(framework)?.get(id) ?? []).map((row) => `${row.guide} ${row.controlNumber} ${row.derivation}`).sort();
      const page = await open(`/frameworks/${framework}/${idSlug(id)}/`);
      const rows = await page.locator('[aria-label="Guide controls"] table tbody tr').evaluateAll((trs) => trs.map((tr) => {
        const link = tr.querySelector('td a')?.getAttribute('href') ?? '';
        const guide = /\/guides\/([^/]+)\//.exec(link)?.[1] ?? '';
        const number = (tr.querySelector('td a')?.textContent ?? '').split(' ')[0] ?? '';
        return `${guide} ${number} ${tr.querySelector('td.derived') ? 'derived' : 'asserted'}`;
      }));
      expect(rows.sort(), `${framework} ${id}`).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
  });

  const contentGuides = (): ReturnType<typeof parseGuide>['guide'][] => ['aws-iam', 'gitlab', 'linux-server', 'okta', 'qualys'].map((slug) => parseGuide(readFileSync(join(ROOT, `content/guides/${slug}.md`)), `content/guides/${slug}.md`).guide);
  /** `guide number` of every row of a requirement page's Guide controls table. */
  const listedControls = (page: Page): Promise<string[]> => page.locator('[aria-label="Guide controls"] table tbody tr').evaluateAll((trs) => trs.map((tr) => {
    const link = tr.querySelector('td a');
    return `${/\/guides\/([^/]+)\//.exec(link?.getAttribute('href') ?? '')?.[1] ?? ''} ${(link?.textContent ?? '').split(' ')[0] ?? ''}`;
  }));

  it('a requirement page shows its roll-up per enhancement or safeguard, and derived controls with strength, relationship and a path whose every hop lists the control', async () => {
    const reference = loadReferenceData();
    const index = requirementIndex(mappingRows(contentGuides(), reference, { contentCommit: null }));
    for (const [framework, id] of [['nist-800-53-r5', 'IA-2'], ['cis-controls-v8', '6']] as const) {
      const rollup = requirementRollup(index, reference.catalogs.get(framework) as Catalog, id);
      const page = await open(`/frameworks/${framework}/${idSlug(id)}/`);
      expect(await page.locator('#rollup').textContent()).toBe(`Roll-up: ${id} with its ${rollup?.kind}`);
      expect(await page.locator('[data-rollup-total]').getAttribute('data-rollup-total')).toBe(String(rollup?.total));
      const parts = await page.locator('[data-rollup-part]').evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-rollup-part')}=${li.getAttribute('data-count')}`));
      expect(parts).toEqual(rollup?.parts.map((part) => `${part.id}=${part.controls.length}`));
      expect(rollup?.parts.some((part) => part.controls.length > 0)).toBe(true);
    }
    // IA-2: a derived row says how it holds and links each step of its path.
    const page = await open('/frameworks/nist-800-53-r5/ia-2/');
    const derived = (index.get('nist-800-53-r5')?.get('IA-2') ?? []).filter((row) => row.derivation === 'derived');
    expect(derived.length).toBeGreaterThan(0);
    const cells = await page.locator('td.derived').evaluateAll((tds) => tds.map((td) => ({
      strength: td.querySelector('.strength')?.textContent ?? '',
      text: td.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      hops: [...td.querySelectorAll('a.hop')].map((a) => a.getAttribute('href') ?? ''),
    })));
    expect(cells.map((c) => c.strength).sort()).toEqual(derived.map((row) => (row.strength === 'meets' ? 'Meets' : 'Contributes to')).sort());
    expect(cells[0]?.text).toMatch(/^Derived: (Meets|Contributes to) \((equal|superset-of|subset-of|intersects|unspecified)\) via .+ → /);
    // Table rows and model rows come in the same order (guide, then control number).
    const listings = new Map<string, string[]>();
    for (const [i, row] of derived.entries()) {
      expect(cells[i]?.hops.length, `${row.guide} ${row.controlNumber}`).toBe(row.hops.length);
      for (const href of cells[i]?.hops ?? []) {
        if (!listings.has(href)) listings.set(href, await listedControls(await open(href)));
        expect(listings.get(href), href).toContain(`${row.guide} ${row.controlNumber}`);
      }
    }
  });

  it('a control page lists its derived ISO, SOC 2 and NIST mappings, each with strength, relationship and path', async () => {
    const rows = mappingRows(contentGuides(), loadReferenceData(), { contentCommit: null }).filter((row) => row.guide === 'aws-iam' && row.controlNumber === '1.1' && row.derivation === 'derived');
    const page = await open('/guides/aws-iam/1.1/');
    const items = await page.locator('[data-derived]').evaluateAll((lis) => lis.map((li) => ({
      key: li.getAttribute('data-derived') ?? '',
      strength: li.querySelector('.strength')?.getAttribute('data-strength') ?? '',
      text: li.textContent?.replace(/\s+/g, ' ') ?? '',
      hops: li.querySelectorAll('a.hop').length,
    })));
    expect(items.map((i) => `${i.key} ${i.strength}`).sort()).toEqual(rows.map((row) => `${row.framework} ${row.frameworkId} ${row.strength}`).sort());
    // ISO, SOC 2 and NIST at least (CSF 2.0 and HIPAA are reached from NIST through their crosswalks too).
    const derivedFrameworks = new Set(rows.map((row) => row.framework));
    for (const framework of ['iso27001-2022', 'nist-800-53-r5', 'soc2-tsc-2017']) expect(derivedFrameworks.has(framework), framework).toBe(true);
    for (const row of rows) {
      const item = items.find((i) => i.key === `${row.framework} ${row.frameworkId}`);
      expect(item?.text, row.frameworkId).toContain(`(${row.relationship}) via`);
      expect(item?.hops, row.frameworkId).toBe(row.hops.length);
    }
  });

  it('every runbook is linked from each control it applies to, and links back', async () => {
    for (const file of readdirSync(join(ROOT, 'content/runbooks'))) {
      const { runbook } = parseRunbook(readFileSync(join(ROOT, 'content/runbooks', file)), file);
      const page = await open(`/runbooks/${runbook.slug}/`);
      for (const target of runbook.appliesTo) {
        expect(await page.locator(`a[href="/guides/${target.guide}/${target.control}/"]`).count(), `${runbook.slug} -> ${target.text}`).toBeGreaterThan(0);
        const control = await open(`/guides/${target.guide}/${target.control}/`);
        expect(await control.locator(`a[href="/runbooks/${runbook.slug}/"]`).count(), `${target.text} -> ${runbook.slug}`).toBeGreaterThan(0);
        await control.context().close();
      }
      await page.context().close();
    }
  });

  it('the downloaded CSV equals the CLI export', async () => {
    const page = await open('/downloads/');
    const response = await page.request.get(`${site.url}/downloads/mappings.csv`);
    expect(response.status()).toBe(200);
    const out = mkdtempSync(join(tmpdir(), 'hardmap-csv-'));
    expect(await main(['export', 'content', '--format', 'csv', '--out', out], { cwd: ROOT, env: process.env, stdout: quiet, stderr: quiet })).toBe(0);
    expect(Buffer.from(await response.body()).equals(readFileSync(join(out, 'mappings.csv')))).toBe(true);
  });

  it('axe finds no serious or critical violations on home, a guide, a framework page and a matrix', async () => {
    for (const [name, path] of [['home', '/'], ['guide', '/guides/qualys/'], ['framework', '/frameworks/nist-800-53-r5/ia-2.1/'], ['roll-up', '/frameworks/nist-800-53-r5/ia-2/'], ['control', '/guides/aws-iam/1.1/'], ['matrix', '/matrices/nist-families/']] as const) {
      // axe is injected as a script, which the site's CSP rightly forbids; this context bypasses it.
      const page = await open(path, { bypassCSP: true });
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (globalThis as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run();
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
      });
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
      expect(violations, path).toEqual([]);
    }
  });
});

describe('light and dark themes', () => {
  const background = async (page: Page): Promise<string> => String(await page.evaluate('getComputedStyle(document.body).backgroundColor'));

  it('follow the system setting, and the toggle overrides it either way', async () => {
    const light = await open('/', { colorScheme: 'light' });
    expect(await background(light)).toBe('rgb(255, 255, 255)');
    await light.click('#theme-toggle');
    expect(await background(light)).toBe('rgb(17, 20, 24)');

    const dark = await open('/', { colorScheme: 'dark' });
    expect(await background(dark)).toBe('rgb(17, 20, 24)');
    await dark.click('#theme-toggle');
    expect(await background(dark)).toBe('rgb(255, 255, 255)');
  });

  it('axe finds no contrast violation on a guide page in the dark theme', async () => {
    const page = await open('/guides/qualys/', { bypassCSP: true, colorScheme: 'dark' });
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const result = await (globalThis as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run();
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
    });
    expect(violations).toEqual([]);
  });
});

describe('a hostile guide', () => {
  let hostile: { url: string; close: () => Promise<void> };
  const out = join(ROOT, 'dist-hostile');

  beforeAll(async () => {
    execFileSync(process.execPath, ['bin/hardmap.js', 'build', '--content', 'tests/fixtures/site-hostile'], { cwd: ROOT, env: { ...process.env, HARDMAP_OUT: 'dist-hostile' }, stdio: 'ignore' });
    hostile = await serveStatic(out);
  });
  afterAll(async () => hostile?.close());

  it('runs no script from the guide and writes nothing outside the output folder', async () => {
    expect(existsSync(join(ROOT, 'escape'))).toBe(false);
    const context = await browser.newContext();
    const page = await context.newPage();
    const events: string[] = [];
    page.on('dialog', async (dialog) => {
      events.push(`dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    page.on('console', (message) => {
      if (/xss/.test(message.text())) events.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => events.push(`pageerror: ${error.message}`));
    await page.goto(`${hostile.url}/`, { waitUntil: 'networkidle' });
    const guideLink = page.locator('a[href*="/guides/"]').first();
    await guideLink.click();
    await page.waitForLoadState('networkidle');
    await page.hover('text=hover').catch(() => undefined);
    for (const link of await page.locator('a', { hasText: /click me|raw link/ }).all()) await link.click({ timeout: 2_000 }).catch(() => undefined);
    const html = await page.content();
    await page.screenshot({ path: join(SHOTS, 'hostile-guide.png') });
    expect(events).toEqual([]);
    expect(html).not.toMatch(/<script[^>]*>[^<]*xss/i);
    expect(html).not.toMatch(/\son(error|mouseover|load)=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/<iframe/i);
  });
});
