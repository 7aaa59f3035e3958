import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDownloads, type DownloadGuide } from '../../src/astro/downloads.ts';
import { copyDownloads } from '../../src/astro/site-downloads.ts';
import { heldGuides, parseGuide, type GuideHandle } from '../../src/index.ts';

/**
 * The downloads cache (astro/downloads.ts): a set of files is keyed on the digests of the guides
 * it covers, so after one guide changed only its set and the collection's are made again. Two
 * small synthetic guides; the "digest" stands for the analyzed source's key.
 */
const guideText = (slug: string, title: string, nist: string): string => `---
title: "${slug} Hardening Guide"
vendor: "${slug}"
slug: "${slug}"
version: "1.0.0"
last_updated: "2026-01-02"
---

## 1. Access

### 1.1 ${title}

**Profile Level:** L1

| Framework | Control |
|-----------|---------|
| NIST 800-53 | ${nist} |

#### Description
Text.
`;

const scratch = mkdtempSync(join(tmpdir(), 'hardmap-downloads-reuse-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const guide = (slug: string, title: string, nist: string): DownloadGuide => ({
  slug,
  digest: `${slug}:${title}:${nist}`,
  guide: heldGuides([parseGuide(new TextEncoder().encode(guideText(slug, title, nist)), `content/guides/${slug}.md`).guide])[0] as GuideHandle,
});
const site = { contentCommit: null, epoch: '1763683200', packs: null };
const bytesOf = (folders: ReadonlyMap<string, string>): Map<string, string> => new Map([...folders].map(([path, file]) => [path, readFileSync(file, 'latin1')]));

describe('downloads reused between builds', () => {
  it('makes a changed guide\'s files and the collection\'s again and keeps the unchanged guide\'s', async () => {
    const messages: string[] = [];
    const first = await makeDownloads([guide('alpha', 'Require MFA', 'IA-2'), guide('beta', 'Log sign-ins', 'AU-2')], site, scratch, (message) => messages.push(message));
    expect(messages.at(-1)).toMatch(`downloads: 3 sets of files made, 0 reused from ${scratch} (`);
    const before = bytesOf(first.folders);
    const betaCsv = first.folders.get('beta/mappings.csv') as string;
    const made = statSync(betaCsv).mtimeMs;

    const second = await makeDownloads([guide('alpha', 'Require MFA', 'IA-5'), guide('beta', 'Log sign-ins', 'AU-2')], site, scratch, (message) => messages.push(message));
    expect(messages.at(-1)).toMatch(`downloads: 2 sets of files made, 1 reused from ${scratch} (`);
    const after = bytesOf(second.folders);
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect(after.get('alpha/mappings.csv')).not.toBe(before.get('alpha/mappings.csv'));
    expect(after.get('alpha/mappings.csv')).toContain('IA-5');
    expect(after.get('mappings.csv')).toContain('IA-5');
    // The same file, not a copy made again.
    expect(second.folders.get('beta/mappings.csv')).toBe(betaCsv);
    expect(statSync(betaCsv).mtimeMs).toBe(made);
    for (const [path, bytes] of after) if (path.startsWith('beta/')) expect(bytes, path).toBe(before.get(path));
    // Sets no longer used are removed: three sets, three folders.
    expect(readdirSync(scratch).filter((name) => /^[0-9a-f]{64}$/.test(name))).toHaveLength(3);
    expect(second.downloads.map((file) => file.path)).toEqual(first.downloads.map((file) => file.path));

    // Into the output as hard links to the kept files: the same bytes, no second copy on disk.
    const out = join(scratch, 'out');
    await copyDownloads(second.folders, out);
    for (const [path, kept] of second.folders) {
      expect(readFileSync(join(out, path), 'latin1'), path).toBe(after.get(path));
      expect(statSync(join(out, path)).ino, path).toBe(statSync(kept).ino);
    }
  });

  // /dev/shm is a tmpfs on Linux: a link from there into the temporary folder crosses file systems.
  const otherDevice = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(tmpdir()).dev;
  it.skipIf(!otherDevice)('copies the downloads when the output is on another file system', async () => {
    const kept = mkdtempSync('/dev/shm/hardmap-kept-');
    try {
      writeFileSync(join(kept, 'a.csv'), 'first');
      writeFileSync(join(kept, 'b.csv'), 'second');
      const out = join(scratch, 'other-device');
      await copyDownloads(new Map([['mappings.csv', join(kept, 'a.csv')], ['guide/mappings.csv', join(kept, 'b.csv')]]), out);
      expect(readFileSync(join(out, 'mappings.csv'), 'utf8')).toBe('first');
      expect(readFileSync(join(out, 'guide/mappings.csv'), 'utf8')).toBe('second');
      expect(statSync(join(out, 'mappings.csv')).dev).not.toBe(statSync(join(kept, 'a.csv')).dev);
    } finally {
      rmSync(kept, { recursive: true, force: true });
    }
  });
});
