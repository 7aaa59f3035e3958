import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GuideRef } from '../../src/astro/entries.ts';
import type { SiteRun } from '../../src/astro/integration.ts';
import { readDownloads, startDownloads } from '../../src/astro/site-downloads.ts';
import { parseGuide } from '../../src/index.ts';
import { storedGuideJson } from '../../src/core/stored.ts';
import { createModelStore } from '../../src/io/model-store.ts';
import { DEFAULT_CHECK_OPTIONS } from '../../src/core/rules/run-rules.ts';

const guideText = (slug: string, nist: string): string => `---
title: "${slug} guide"
vendor: "${slug} Inc"
slug: "${slug}"
---

## 1. Identity

### 1.1 Require MFA

**Profile Level:** L1

| Framework | Control |
|-----------|---------|
| NIST 800-53 | ${nist} |
`;

const scratch = mkdtempSync(join(tmpdir(), 'hardmap-downloads-thread-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function siteRun(name: string, guides: Array<[string, string]>, missing: string[] = []): Promise<SiteRun> {
  const folder = join(scratch, name, 'models');
  const store = createModelStore(folder);
  const refs: GuideRef[] = [];
  for (const [slug, nist] of guides) {
    const path = `content/${slug}.md`;
    const key = `${name}-${slug}`.padEnd(64, '0');
    if (!missing.includes(slug)) await store.set(key, { slug, json: storedGuideJson(parseGuide(guideText(slug, nist), path), [], false) }, true);
    refs.push({ kind: 'guide-ref', key, folder, path, requestedSlug: slug, slug });
  }
  const downloadsCache = join(scratch, name, 'downloads');
  return {
    content: 'content', cwd: scratch, check: DEFAULT_CHECK_OPTIONS, store, results: null, packsRoot: null, guides: refs, downloadsCache,
    pages: { check: DEFAULT_CHECK_OPTIONS, contentCommit: null, epoch: '1763683200', packs: null, packsDir: null, publish: { url: null, editBase: null, contentRoot: 'content' }, changes: { commits: null, guides: [] } as unknown as SiteRun['pages']['changes'], downloads: join(downloadsCache, 'downloads.json') },
  };
}

describe('downloads made on their own thread', () => {
  it('lists every file for the downloads page once made, reading the models from the store', async () => {
    const run = await siteRun('ok', [['alpha', 'IA-2'], ['beta', 'AU-2']]);
    const done = startDownloads(run, () => undefined);
    // The page asks at once: it waits for the list instead of reading none or a stale one.
    const listed = await readDownloads(run.pages.downloads);
    const folders = await done;
    expect(listed.map((file) => file.path)).toContain('mappings.csv');
    expect(listed.map((file) => file.path)).toContain('beta/oscal/catalog.json');
    expect([...folders.keys()]).toEqual(listed.map((file) => file.path));
    const csv = readFileSync(folders.get('mappings.csv') as string, 'utf8');
    expect(csv).toContain('alpha,alpha Inc,1.1');
    expect(csv).toContain('beta,beta Inc,1.1');
    for (const file of listed) expect(readFileSync(folders.get(file.path) as string).length, file.path).toBe(file.bytes);
  });

  it('fails with a message naming the missing model, and the page lists nothing', async () => {
    const run = await siteRun('missing', [['alpha', 'IA-2'], ['gamma', 'AC-2']], ['gamma']);
    const done = startDownloads(run, () => undefined);
    await expect(done).rejects.toThrow('hardmap: the downloads could not be made: hardmap: the model of content/gamma.md is missing');
    expect(await readDownloads(run.pages.downloads)).toEqual([]);
  });
});
