import { describe, expect, it } from 'vitest';
import { exportStreams, type ExportOptions } from '../../src/core/export/bundle.ts';
import { collectPieces } from '../../src/core/export/pieces.ts';
import { heldGuides, parseGuide, type Guide, type GuideHandle } from '../../src/index.ts';
import { loadReferenceData } from '../../src/node.ts';

/** A small guide of two sections; `nist` varies the mappings so each guide's rows differ. */
const guideText = (slug: string, nist: string): string => `---
title: "${slug} guide"
vendor: "${slug} Inc"
slug: "${slug}"
last_updated: "2026-0${slug.length % 9 + 1}-01"
---

## 1. Identity

### 1.1 Require MFA for ${slug}

**Profile Level:** L1

| Framework | Control |
|-----------|---------|
| NIST 800-53 | ${nist} |
| CIS Controls | 6.5 |

#### Description
Ask for a second factor.

#### ClickOps Implementation

**Step 1: Turn it on**
1. Open **Settings**

## 2. Logging

### 2.1 Keep audit logs

**Profile Level:** L2

| Framework | Control |
|-----------|---------|
| NIST 800-53 | AU-2, AU-12 |
`;

const SOURCES = { gamma: 'IA-2(1)', alpha: 'IA-5', beta: 'AC-2' };
const parse = (slug: string, nist: string): Guide => parseGuide(guideText(slug, nist), `guides/${slug}.md`).guide;

/** Handles that parse their guide again on every load, as a model store read does, and count the loads. */
function countingHandles(): { handles: GuideHandle[]; loads: Map<string, number> } {
  const loads = new Map<string, number>();
  const handles = Object.entries(SOURCES).map(([slug, nist]): GuideHandle => {
    const first = parse(slug, nist);
    return {
      slug, path: first.path, title: first.title, lastUpdated: first.frontmatter?.fields.last_updated,
      load: () => {
        loads.set(slug, (loads.get(slug) ?? 0) + 1);
        return parse(slug, nist);
      },
    };
  });
  return { handles, loads };
}

const reference = loadReferenceData();
const options = (guides: string[] = []): ExportOptions => ({
  formats: ['csv', 'xlsx', 'json', 'oscal', 'md'],
  filter: { frameworks: [], levels: [], guides },
  contentCommit: null,
  date: '2026-11-20',
  generator: { name: 'hardmap', version: '0.0.0' },
  title: 'test export',
});

async function files(handles: readonly GuideHandle[], guides?: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const stream of exportStreams(handles, reference, options(guides))) out.set(stream.path, Buffer.from(await collectPieces(stream.pieces())).toString('latin1'));
  return out;
}

describe('exports read guides through handles', () => {
  it('writes the same bytes from models loaded again on each pass as from models held in memory', async () => {
    const held = await files(heldGuides(Object.entries(SOURCES).map(([slug, nist]) => parse(slug, nist))));
    const { handles, loads } = countingHandles();
    const loaded = await files(handles);
    expect([...loaded.keys()]).toEqual([...held.keys()]);
    expect([...loaded.keys()]).toContain('oscal/catalog.json');
    for (const [path, bytes] of held) expect(loaded.get(path), path).toBe(bytes);
    // Every pass (rows of each format, the OSCAL index and catalog) went back to the handles.
    for (const slug of Object.keys(SOURCES)) expect(loads.get(slug) ?? 0, slug).toBeGreaterThan(2);
  });

  it('loads only the selected guide for a one-guide export', async () => {
    const { handles, loads } = countingHandles();
    const out = await files(handles, ['beta']);
    expect(out.get('mappings.csv')).toContain('beta,beta Inc,1.1');
    expect(out.get('mappings.csv')).not.toContain('alpha Inc');
    expect(loads.get('beta') ?? 0).toBeGreaterThan(0);
    expect(loads.get('alpha')).toBeUndefined();
    expect(loads.get('gamma')).toBeUndefined();
  });

  it('says so when a model no longer matches the index the catalog was planned from', async () => {
    let calls = 0;
    const first = parse('alpha', 'IA-5');
    const changed = parseGuide(guideText('alpha', 'IA-5').replace('### 1.1 Require MFA for alpha', '### 1.1 Require phishing-resistant MFA'), 'guides/alpha.md').guide;
    const handle: GuideHandle = { slug: 'alpha', path: first.path, title: first.title, lastUpdated: undefined, load: () => (calls++ === 0 ? first : changed) };
    const catalog = exportStreams([handle], reference, { ...options(), formats: ['oscal'] }).find((stream) => stream.path === 'oscal/catalog.json');
    await expect(collectPieces(catalog?.pieces() ?? [])).rejects.toThrow('the model of guides/alpha.md changed during the export (control 1.1)');
  });
});
