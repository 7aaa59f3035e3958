import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liquidStrip, packSection } from '../../src/index.ts';
import { readPackTree } from '../../src/node.ts';
import { launchChromium } from './browser.ts';
import { serveStatic } from './server.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = join(ROOT, 'test-results/screenshots');
const FIXTURE = 'tests/fixtures/packs/basic';
/** Browser globals, typed here: the tests' tsconfig has no DOM library. */
type BrowserGlobals = { getComputedStyle(element: unknown): { color: string }; navigator: { clipboard: { readText(): Promise<string> } } };

let browser: Browser;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // The fixture collection: content/ with packs/ beside it, found by the default rule.
  execFileSync(process.execPath, ['bin/hardmap.js', 'build', '--content', `${FIXTURE}/content`, '--no-cache'], { cwd: ROOT, env: { ...process.env, HARDMAP_OUT: 'dist-packs' }, stdio: 'ignore' });
  site = await serveStatic(join(ROOT, 'dist-packs'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a guide with code packs in Chromium', () => {
  it('shows each include\'s excerpts, highlighted without inline style, copies them, and keeps the CSP', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => problems.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(`${site.url}/guides/acme/`, { waitUntil: 'networkidle' });

    const { tree } = await readPackTree(`${FIXTURE}/packs`, ROOT);
    const expected = ['1.1', '1.2', '2.1'].map((key) => packSection(tree, 'acme', key)?.entries.map((entry) => entry.type) ?? []);
    const shown = await page.locator('.pack-code').evaluateAll((packs) => packs.map((pack) => [...pack.querySelectorAll('details')].map((d) => /pack-type-(\w+)/.exec(d.className)?.[1] ?? '')));
    // Sigma's two rule files share one block, as in the upstream template.
    expect(shown).toEqual(expected.map((types) => [...new Set(types)]));
    expect(await page.locator('text=/\\{%\\s*include\\s+pack-code/').count()).toBe(0);

    const terraform = page.locator('.pack-code details.pack-type-terraform').first();
    await terraform.locator('summary').click();
    const block = terraform.locator('figure.code-block').first();
    expect(await block.locator('.code-lang').textContent()).toBe('HCL');
    expect(await block.locator('.code-caption').textContent()).toBe('hth-acme-1.01-require-mfa.tf, lines 4–5');
    expect(await block.locator('code span[class^="hl-"]').count()).toBeGreaterThan(3);
    // Highlighting is classes only: no element of the page carries a style attribute.
    expect(await page.locator('[style]').count()).toBe(0);
    const color = await block.locator('code span[class^="hl-"]').first().evaluate((span) => (globalThis as unknown as BrowserGlobals).getComputedStyle(span).color);
    expect(color).not.toBe(await block.locator('code').evaluate((code) => (globalThis as unknown as BrowserGlobals).getComputedStyle(code).color));

    await block.locator('button.copy-code').click();
    await expect.poll(() => block.locator('button.copy-code').textContent()).toBe('Copied');
    const excerpt = packSection(tree, 'acme', '1.1')?.entries[0]?.excerpts[0]?.text ?? '';
    expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).navigator.clipboard.readText())).toBe(liquidStrip(excerpt));

    // The validation mark sits on the API accordion only (validated_types="api").
    expect(await page.locator('details.pack-type-api .status-mark').textContent()).toContain('AI Validated (2026-03-01)');
    expect(await page.locator('details.pack-type-terraform .status-mark').count()).toBe(0);
    // Ordinary fenced code of the guide gets the same treatment.
    expect(await page.locator('figure.code-block code.language-bash span[class^="hl-"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'guide-with-packs.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('lists a control\'s pack files and serves the guide\'s pack as a zip', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${site.url}/guides/acme/1.1/`, { waitUntil: 'networkidle' });
    const files = await page.locator('.pack-files tbody tr td:first-child').allTextContents();
    expect(files).toEqual(expect.arrayContaining(['acme/terraform/hth-acme-1.01-require-mfa.tf', 'acme/api/hth-acme-1.01-require-mfa.sh', 'acme/siem/sigma/hth-acme-1.01-mfa-disabled.yml', 'acme/controls/hth-acme-1.1-require-mfa.yaml']));
    const zip = await page.request.get(`${site.url}/downloads/code-packs/acme.zip`);
    expect(zip.status()).toBe(200);
    const bytes = Buffer.from(await zip.body());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(bytes.equals(readFileSync(join(ROOT, 'dist-packs/downloads/code-packs/acme.zip')))).toBe(true);
  });
});
