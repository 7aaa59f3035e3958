import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { baselineCoverage, cisGroupCoverage, mappingRows, nistFamilyCoverage, OSCAL_VERSION, parseGuide, requirementIndex, type Catalog, type RequirementControl } from '../../src/index.ts';
import { loadReferenceData } from '../../src/node.ts';
import { idSlug } from '../../src/astro/index.ts';
import { ROOT, useBuiltSite } from './harness.ts';

// Data pages give the model's answers: each test compares a page with the library's own figures.
const SLUGS = ['aws-iam', 'gitlab', 'linux-server', 'okta', 'qualys'];
const guides = SLUGS.map((slug) => parseGuide(readFileSync(join(ROOT, `content/guides/${slug}.md`)), `content/guides/${slug}.md`).guide);
const reference = loadReferenceData();
const rows = mappingRows(guides, reference, { contentCommit: null });

const site = useBuiltSite();

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await site.browser.newContext({ colorScheme: options.colorScheme ?? 'light', bypassCSP: options.bypassCSP ?? false, acceptDownloads: true });
  const page = await context.newPage();
  // The table tools are an external module that writes a blob: CSV: any CSP refusal on the way is a failure.
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) refused.push(`${path}: ${message.text()}`);
  });
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  return page;
}
const refused: string[] = [];
afterAll(() => expect(refused).toEqual([]));

const text = (page: Page, selector: string): Promise<string> => page.locator(selector).first().evaluate((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());
/** First-column values of the visible body rows of the first table-tools table. */
const shownIds = (page: Page, within = 'body'): Promise<string[]> => page.locator(`${within} [data-table-tools] tbody tr:not([hidden]) > :first-child`).evaluateAll((cells) => cells.map((cell) => (cell.textContent ?? '').trim()));

/** Clicks the CSV button and parses what the browser saves (simple CSV: the tests' cells carry no line breaks). */
async function downloadedCsv(page: Page): Promise<{ name: string; lines: string[] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-table-tools] button.table-csv')]);
  const path = await download.path();
  return { name: download.suggestedFilename(), lines: readFileSync(path, 'utf8').trimEnd().split('\r\n') };
}

describe('matrices and coverage pages', () => {
  it('/matrices/ names the uncovered baseline counts, as the baselines page does', async () => {
    const page = await open('/matrices/');
    const expected = baselineCoverage(rows, reference.catalogs).map((b) => `${b.label} ${b.uncovered.length} of ${b.total}`).join(', ');
    expect(await text(page, '#uncovered-summary')).toBe(expected);
  });

  it('every non-empty heatmap cell links to the list it counts, and that list has exactly the counted controls', async () => {
    const families = nistFamilyCoverage(rows, reference.catalogs);
    const page = await open('/matrices/nist-families/');
    const links = await page.locator('.heatmap td a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const nonEmpty = [...families.guides, '*'].flatMap((guide) => families.families.filter((f) => (families.cells[guide]?.[f.id]?.covered ?? 0) > 0).map((f) => ({ guide, family: f.id })));
    expect(links).toHaveLength(nonEmpty.length);
    for (const [guide, family] of [['qualys', 'AC'], ['*', 'IA']] as const) {
      const cell = families.cells[guide]?.[family];
      expect(cell?.covered, `${guide} ${family}`).toBeGreaterThan(0);
      const list = await open(`/matrices/nist-families/${family.toLowerCase()}/${guide === '*' ? '' : `${guide}/`}`);
      expect(await list.locator('#cell-summary').getAttribute('data-covered')).toBe(String(cell?.covered));
      expect(await shownIds(list)).toEqual(cell?.ids);
    }
  });

  it('the heatmap has its own dark-mode colours, and they pass axe contrast', async () => {
    const colour = async (scheme: 'light' | 'dark'): Promise<string> => {
      const page = await open('/matrices/nist-families/', { colorScheme: scheme });
      return String(await page.evaluate("getComputedStyle(document.querySelector('.heatmap td.h1')).backgroundColor"));
    };
    expect(await colour('dark')).not.toBe(await colour('light'));
    const page = await open('/matrices/nist-families/', { colorScheme: 'dark', bypassCSP: true });
    await page.addScriptTag({ content: readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      const result = await (globalThis as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe.run();
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });

  it('baseline gaps: one row per uncovered control under its lowest baseline, filterable from the URL, CSV of the rows shown', async () => {
    const baselines = baselineCoverage(rows, reference.catalogs).filter((b) => b.framework === 'nist-800-53-r5');
    const low = baselines[0]?.uncovered ?? [];
    const all = [...new Set(baselines.flatMap((b) => b.uncovered))];
    const page = await open('/matrices/baselines/');
    const ids = await shownIds(page, '#nist-800-53-r5');
    expect(ids.length).toBe(all.length);
    expect(new Set(ids).size).toBe(ids.length);
    const filtered = await open('/matrices/baselines/?baseline=LOW');
    expect((await shownIds(filtered, '#nist-800-53-r5')).sort()).toEqual([...low].sort());
    expect(await text(filtered, '#nist-800-53-r5 .table-tools-status')).toBe(`${low.length} of ${all.length} controls shown`);
    const csv = await downloadedCsv(filtered);
    expect(csv.name).toBe('nist-uncovered-baseline-controls.csv');
    expect(csv.lines[0]).toBe('ID,Title,Family,Lowest baseline');
    expect(csv.lines.slice(1).map((line) => line.split(',')[0]).sort()).toEqual([...low].sort());
  });

  it('CIS groups: no IG1 safeguard repeated under IG2 or IG3, and the group filter narrows the list', async () => {
    const groups = cisGroupCoverage(rows, reference.catalogs);
    const page = await open('/matrices/cis-groups/');
    const ids = await shownIds(page);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(new Set(groups.flatMap((g) => g.uncovered)).size);
    await page.selectOption('#table-tools-0-f3', 'IG2');
    const ig1 = new Set(groups[0]?.uncovered);
    const ig2 = (await shownIds(page)).sort();
    expect(ig2).toEqual((groups[1]?.uncovered ?? []).filter((id) => !ig1.has(id)).sort());
    expect(new URL(page.url()).searchParams.get('group')).toBe('IG2');
  });
});

describe('requirement and framework pages', () => {
  it('a SOC 2 criterion with many controls sorts, filters and exports exactly what is shown', async () => {
    const index = requirementIndex(rows);
    const controls = index.get('soc2-tsc-2017')?.get('CC6.1') ?? [];
    expect(controls.length).toBeGreaterThan(20);
    const page = await open('/frameworks/soc2-tsc-2017/cc6.1/');
    expect(await text(page, '.table-tools-status')).toBe(`${controls.length} of ${controls.length} controls shown`);
    await page.selectOption('#table-tools-0-f0', 'Qualys');
    const qualys = controls.filter((row) => row.guide === 'qualys').length;
    expect(await page.locator('[data-table-tools] tbody tr:not([hidden])').count()).toBe(qualys);
    await page.click('[data-table-tools] th:nth-child(2) button.sort');
    await page.click('[data-table-tools] th:nth-child(2) button.sort');
    expect(await page.locator('[data-table-tools] th:nth-child(2)').getAttribute('aria-sort')).toBe('descending');
    const shown = await page.locator('[data-table-tools] tbody tr:not([hidden]) td:nth-child(2)').evaluateAll((tds) => tds.map((td) => (td.textContent ?? '').trim().split(' ')[0] ?? ''));
    const csv = await downloadedCsv(page);
    expect(csv.name).toBe('soc2-tsc-2017-cc6.1-controls.csv');
    expect(csv.lines).toHaveLength(qualys + 1);
    expect(csv.lines.slice(1).map((line) => line.split(',')[1]?.replace(/^"/, '').split(' ')[0])).toEqual(shown);
  });

  it('an ISO requirement derived through NIST: every hop of every path is a page that lists the same control', async () => {
    const iso = [...(requirementIndex(rows).get('iso27001-2022') ?? new Map<string, RequirementControl[]>()).entries()].find(([, list]) => list.some((row) => row.hops.some((hop) => hop.framework === 'nist-800-53-r5')));
    expect(iso).toBeDefined();
    const [id, list] = iso ?? ['', []];
    const page = await open(`/frameworks/iso27001-2022/${idSlug(id)}/`);
    const hopsPerRow = await page.locator('[aria-label="Guide controls"] tbody tr').evaluateAll((trs) => trs.map((tr) => ({
      control: `${/\/guides\/([^/]+)\//.exec(tr.querySelector('td a')?.getAttribute('href') ?? '')?.[1] ?? ''} ${(tr.querySelector('td a')?.textContent ?? '').split(' ')[0] ?? ''}`,
      hops: [...tr.querySelectorAll('a.hop')].map((a) => a.getAttribute('href') ?? ''),
    })));
    expect(hopsPerRow.length).toBe(list.length);
    const listings = new Map<string, string[]>();
    for (const { control, hops } of hopsPerRow) for (const href of hops) {
      if (!listings.has(href)) {
        const target = await open(href);
        listings.set(href, await target.locator('[aria-label="Guide controls"] tbody tr td:first-of-type a').evaluateAll((as) => as.map((a) => `${/\/guides\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1] ?? ''} ${(a.textContent ?? '').split(' ')[0] ?? ''}`)));
        await target.context().close();
      }
      expect(listings.get(href), `${control} via ${href}`).toContain(control);
    }
  });

  it('derived paths name each crosswalk in words and link to its provenance page', async () => {
    const page = await open('/frameworks/nist-800-53-r5/ia-2/');
    const links = await page.locator('td.derived a.crosswalk').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', name: (a.textContent ?? '').trim() })));
    expect(links.length).toBeGreaterThan(0);
    for (const link of new Map(links.map((l) => [l.href, l])).values()) {
      expect(link.name).not.toMatch(/__/);
      if (link.href.includes('#roll-up')) continue;
      const target = await open(link.href);
      expect(await text(target, 'h1')).toBe(link.name);
      expect(await target.locator('dt', { hasText: 'Sources' }).count()).toBe(1);
    }
  });

  it('/frameworks/ and each framework page give the same requirement count, withdrawn ones explained', async () => {
    const index = await open('/frameworks/');
    for (const key of ['nist-800-53-r5', 'cis-controls-v8', 'pci-dss-4.0.1']) {
      const catalog = reference.catalogs.get(key) as Catalog;
      const withdrawn = [...catalog.entries.values()].filter((entry) => entry.withdrawn).length;
      const row = index.locator('tr', { has: index.locator(`a[href="/frameworks/${key}/"]`) }).locator('.requirement-count');
      const page = await open(`/frameworks/${key}/`);
      const own = page.locator('.requirement-count');
      expect(await row.getAttribute('data-active')).toBe(String(catalog.entries.size - withdrawn));
      expect(await own.getAttribute('data-active')).toBe(String(catalog.entries.size - withdrawn));
      expect(await own.getAttribute('data-withdrawn')).toBe(String(withdrawn));
      expect(await row.textContent()).toBe(await own.textContent());
      if (withdrawn > 0) expect(await own.textContent()).toContain(`${withdrawn.toLocaleString('en-US')} withdrawn (each keeps its page, saying where it went)`);
    }
  });

  it('PCI DSS shows its numbering instead of placeholders, says why there are no titles, and that no guide maps to it', async () => {
    expect(rows.some((row) => row.framework === 'pci-dss-4.0.1')).toBe(false);
    const page = await open('/frameworks/pci-dss-4.0.1/');
    expect(await page.content()).not.toContain('(no title in the catalog)');
    expect(await text(page, '#untitled-note')).toMatch(/licensed/);
    expect(await text(page, '#unmapped-note')).toMatch(/^No guide maps to PCI DSS/);
    const row = page.locator('tr', { has: page.locator('a[href="/frameworks/pci-dss-4.0.1/1.2.3/"]') });
    expect((await row.locator('td').first().textContent())?.replace(/\s+/g, ' ')).toMatch(/^Sub-requirement of 1\.2 · 1 \S/);
    expect(await row.locator('td').first().getAttribute('class')).toBe('depth-2');
  });

  it('/status/ keeps place, severity, message and rule apart', async () => {
    const page = await open('/status/');
    const items = await page.locator('ol.diagnostics li').evaluateAll((lis) => lis.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatch(/^\d+:\d+ (error|warning|info) \S.* \[[a-z0-9-]+\]$/);
  });
});

describe('downloads', () => {
  it('per-guide files save under the guide slug, OSCAL titles name the guide, the page gives the OSCAL version of the files', async () => {
    const page = await open('/downloads/');
    expect(await text(page, 'main p')).toContain(`OSCAL ${OSCAL_VERSION} documents`);
    for (const guide of guides) {
      const names = await page.locator(`a[href^="/downloads/${guide.slug}/"]`).evaluateAll((as) => as.map((a) => a.getAttribute('download') ?? ''));
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(name.startsWith(`${guide.slug}-`), name).toBe(true);
      expect(new Set(names).size).toBe(names.length);
      const catalog = await page.request.get(`${site.url}/downloads/${guide.slug}/oscal/catalog.json`);
      const document = await catalog.json() as { catalog: { metadata: { title: string; 'oscal-version': string } } };
      expect(document.catalog.metadata.title).toBe(`hardmap: Hardening Guide Controls: ${guide.title}`);
      expect(document.catalog.metadata['oscal-version']).toBe(OSCAL_VERSION);
    }
    const all = await (await page.request.get(`${site.url}/downloads/oscal/catalog.json`)).json() as { catalog: { metadata: { title: string } } };
    expect(all.catalog.metadata.title).toBe('hardmap: Hardening Guide Controls');
  });
});
