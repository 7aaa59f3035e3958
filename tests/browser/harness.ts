import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveStatic } from './server.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** dist/ served on 127.0.0.1 and one Chromium, for the tests of one file; filled in by beforeAll. */
export function useBuiltSite(): { url: string; browser: Browser } {
  const state = {} as { url: string; browser: Browser };
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
    const site = await serveStatic(join(ROOT, 'dist'));
    close = site.close;
    state.url = site.url;
    state.browser = await launchChromium();
  });
  afterAll(async () => {
    await state.browser?.close();
    await close?.();
  });
  return state;
}
