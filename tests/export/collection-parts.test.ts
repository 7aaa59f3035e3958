import { describe, expect, it } from 'vitest';
import { exportStreams, type ExportOptions } from '../../src/core/export/bundle.ts';
import { GuideFileShapeError, guideRowsPart, REUSABLE_FILES, type GuideFiles, type ReusableFile } from '../../src/core/export/collection-parts.ts';
import { collectPieces } from '../../src/core/export/pieces.ts';
import { heldGuides, parseGuide, type GuideHandle } from '../../src/index.ts';
import { loadReferenceData } from '../../src/node.ts';

/** `rows: false` gives a guide whose control maps to nothing, so its files have no rows. */
const guideText = (slug: string, nist: string, rows = true): string => `---
title: "${slug} guide"
vendor: "${slug} | Inc"
slug: "${slug}"
---

## 1. Identity

### 1.1 Require MFA for "${slug}", everywhere

**Profile Level:** L1

${rows ? `| Framework | Control |\n|-----------|---------|\n| NIST 800-53 | ${nist} |\n| CIS Controls | 6.5 |` : 'No mapping yet.'}

#### Description
Ask for a second factor.
`;

// Out of slug order on purpose: the collection's rows follow slugs, not input order.
const handles: GuideHandle[] = heldGuides([
  parseGuide(guideText('zeta', 'IA-2(1)'), 'guides/zeta.md').guide,
  parseGuide(guideText('alpha', 'AC-2'), 'guides/alpha.md').guide,
  parseGuide(guideText('empty', '', false), 'guides/empty.md').guide,
  parseGuide(guideText('mid', 'AU-2, AU-12'), 'guides/mid.md').guide,
]);
const reference = loadReferenceData();
const options = (guides: string[] = [], frameworks: string[] = []): ExportOptions => ({
  formats: ['csv', 'json', 'md', 'xlsx'],
  filter: { frameworks, levels: [], guides },
  contentCommit: 'abc123',
  date: '2026-11-20',
  generator: { name: 'hardmap', version: '0.0.0' },
  title: 'test export',
});

async function written(guideFiles?: GuideFiles, guides: string[] = [], frameworks: string[] = []): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const stream of exportStreams(handles, reference, { ...options(guides, frameworks), ...(guideFiles ? { guideFiles } : {}) })) {
    const data = await collectPieces(stream.pieces());
    out.set(stream.path, typeof data === 'string' ? new TextEncoder().encode(data) : data);
  }
  return out;
}

async function guideFiles(): Promise<{ files: GuideFiles; reads: string[] }> {
  const perGuide = new Map<string, Map<string, Uint8Array>>();
  for (const handle of handles) perGuide.set(handle.slug, await written(undefined, [handle.slug]));
  const reads: string[] = [];
  return {
    reads,
    files: {
      has: (slug) => perGuide.has(slug),
      read: (slug, file) => {
        reads.push(`${slug}/${file}`);
        return perGuide.get(slug)?.get(file) as Uint8Array;
      },
    },
  };
}

const text = (data: Uint8Array | undefined): string => new TextDecoder().decode(data);

describe('the collection\'s CSV, JSON and Markdown made from its guides\' files', () => {
  it('gives exactly the bytes of writing every row again', async () => {
    const whole = await written();
    const { files, reads } = await guideFiles();
    const assembled = await written(files);
    for (const file of REUSABLE_FILES) {
      expect(text(assembled.get(file)), file).toBe(text(whole.get(file)));
      // Every guide's file was read, in slug order.
      expect(reads.filter((read) => read.endsWith(file))).toEqual(['alpha', 'empty', 'mid', 'zeta'].map((slug) => `${slug}/${file}`));
    }
    expect(text(whole.get('mappings.csv'))).toContain('AU-12');
    // The workbook is always written whole, and still the same.
    expect(assembled.get('mappings.xlsx')).toEqual(whole.get('mappings.xlsx'));
  });

  it('gives the empty files when no guide has a row', async () => {
    const onlyEmpty = heldGuides([parseGuide(guideText('empty', '', false), 'guides/empty.md').guide]);
    const solo = async (files?: GuideFiles): Promise<string[]> => {
      const out: string[] = [];
      for (const stream of exportStreams(onlyEmpty, reference, { ...options(), formats: ['csv', 'json', 'md'], ...(files ? { guideFiles: files } : {}) })) out.push(await collectPieces(stream.pieces()).then((data) => (typeof data === 'string' ? data : text(data))));
      return out;
    };
    const own = await solo();
    const guideOwn = new Map(REUSABLE_FILES.map((file, index) => [file, new TextEncoder().encode(index === 0 ? own[0] : index === 1 ? own[1] : own[3])]));
    expect(own[1]).toContain('"rows": []');
    expect(await solo({ has: () => true, read: (_slug, file) => guideOwn.get(file) as Uint8Array })).toEqual(own);
  });

  it('writes rows again for a filtered export, or when a guide has no files', async () => {
    const untouched: GuideFiles = { has: () => true, read: () => { throw new Error('read'); } };
    expect(text((await written(untouched, [], ['nist-800-53-r5'])).get('mappings.csv'))).not.toContain(',L1,CIS Controls v8,6.5,');
    const partial: GuideFiles = { has: (slug) => slug !== 'mid', read: () => { throw new Error('read'); } };
    expect(text((await written(partial)).get('mappings.csv'))).toBe(text((await written()).get('mappings.csv')));
  });

  it('refuses a guide file that is not the shape hardmap writes', () => {
    const damaged = (file: ReusableFile): Uint8Array => new TextEncoder().encode(`damaged ${file}`);
    for (const file of REUSABLE_FILES) expect(() => guideRowsPart(file, damaged(file)), file).toThrow(GuideFileShapeError);
  });
});
