import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseRunbook } from '../../src/index.ts';
import { ROOT, useBuiltSite } from './harness.ts';

// Pagefind over the built site, driven through its default UI as a reader would.

const site = useBuiltSite();

/** The search page after a query has settled: results shown and the message naming their count. */
async function search(query: string): Promise<Page> {
  const page = await (await site.browser.newContext()).newPage();
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
  await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
  await page.locator('.pagefind-ui__message', { hasText: /^\d+ results? for/ }).waitFor({ timeout: 20_000 });
  return page;
}

const resultCount = async (page: Page): Promise<number> => Number(/^(\d+)/.exec((await page.locator('.pagefind-ui__message').textContent()) ?? '')?.[1]);
const firstResult = (page: Page): Promise<string | null> => page.locator('.pagefind-ui__result-link').first().getAttribute('href');

describe('search', () => {
  it('a requirement ID returns its requirement page first (a bare ID: the base catalog; a named framework: its own)', async () => {
    for (const [query, href] of [['IA-2', '/frameworks/nist-800-53-r5/ia-2/'], ['CC6.1', '/frameworks/soc2-tsc-2017/cc6.1/'], ['CIS 6.5', '/frameworks/cis-controls-v8/6.5/'], ['FedRAMP IA-2', '/frameworks/fedramp-rev5/ia-2/']] as const) {
      const page = await search(query);
      expect(await firstResult(page), query).toBe(href);
      await page.context().close();
    }
  });

  it('a word search still offers guide controls first: a vendor name is not a stemmed catalog title ("Qualys" is not "quality")', async () => {
    const page = await search('Qualys');
    expect(await firstResult(page)).toMatch(/^\/guides\/qualys\/\d/);
  });

  it('runbooks are in the index', async () => {
    for (const file of readdirSync(join(ROOT, 'content/runbooks'))) {
      const { runbook } = parseRunbook(readFileSync(join(ROOT, 'content/runbooks', file)), file);
      const page = await search(runbook.title);
      expect(await firstResult(page), runbook.title).toBe(`/runbooks/${runbook.slug}/`);
      await page.context().close();
    }
  });

  it('each framework filter counts what selecting it returns: one value per page, not one per chip', async () => {
    const page = await search('IA-2');
    const total = await resultCount(page);
    await page.locator('.pagefind-ui__filter-name', { hasText: /framework/i }).click();
    const group = page.locator('.pagefind-ui__filter-group').filter({ hasText: /framework/i });
    const read = (): Promise<Array<{ id: string; count: number }>> => group.locator('.pagefind-ui__filter-value').evaluateAll((values) => values.map((value) => ({
      id: value.querySelector('input')?.id ?? '',
      count: Number(/\((\d+)\)\s*$/.exec(value.textContent ?? '')?.[1] ?? 'NaN'),
    })));
    // The UI fills in the search's counts a moment after its results (before that: the whole index's).
    await expect.poll(async () => (await read()).every((option) => option.count <= total), { timeout: 10_000 }).toBe(true);
    const counted = (await read()).filter((option) => option.count > 0);
    expect(counted.length).toBeGreaterThan(2);
    for (const option of counted) {
      await page.check(`[id="${option.id}"]`);
      await page.locator('.pagefind-ui__message', { hasText: new RegExp(`^${option.count} results? for`) }).waitFor({ timeout: 10_000 });
      await page.uncheck(`[id="${option.id}"]`);
      await page.locator('.pagefind-ui__message', { hasText: new RegExp(`^${total} results? for`) }).waitFor({ timeout: 10_000 });
    }
  });

  it('snippets carry the control text, not the card UI (level badge, "View in guide", vendor line)', async () => {
    // A vendor name and a level word: both stood next to the card's badge and links ("L2 HardenedView in guide Qualys · Time to").
    for (const query of ['Qualys', 'Hardened']) {
      const page = await search(query);
      const excerpts = await page.locator('.pagefind-ui__result-excerpt').evaluateAll((ps) => ps.map((p) => p.textContent ?? ''));
      expect(excerpts.length).toBeGreaterThan(0);
      for (const excerpt of excerpts) expect(excerpt, query).not.toMatch(/View in guide|L[1-4] (Baseline|Hardened|Maximum)|Time to complete/);
      await page.context().close();
    }
  });
});
