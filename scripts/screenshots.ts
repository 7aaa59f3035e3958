// Screenshots of the built site for the README: home, a guide, a control page, a requirement
// page and a matrix page, at a laptop width (1366 px) and a phone width (390 px), light theme.
// Run `npm run build` first; `npm run screenshots` writes docs/screenshots/<page>-<width>.png.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/browser/browser.ts';
import { serveStatic } from '../tests/browser/server.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, process.env['HARDMAP_OUT'] ?? 'dist');
const OUT = join(ROOT, 'docs/screenshots');

const PAGES: ReadonlyArray<[name: string, path: string]> = [
  ['home', '/'],
  ['guide', '/guides/okta/'],
  ['control', '/guides/okta/1.1/'],
  ['requirement', '/frameworks/nist-800-53-r5/ia-2/'],
  ['matrix', '/guides/okta/matrix/'],
];
const WIDTHS: ReadonlyArray<[width: number, height: number]> = [[1366, 900], [390, 844]];

if (!existsSync(join(DIST, 'index.html'))) {
  process.stderr.write(`screenshots: ${DIST} has no site; run \`npm run build\` first\n`);
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });
const site = await serveStatic(DIST);
const browser = await launchChromium();
try {
  for (const [width, height] of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: 'light', deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, path] of PAGES) {
      const response = await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
      const file = join(OUT, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: false });
      process.stdout.write(`${file}\n`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
