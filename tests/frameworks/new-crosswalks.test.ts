// The three new crosswalks: valid against the existing crosswalk schema, endpoints in the
// folders, counts in the file recomputed from its edges, the withdrawn RA-4 pair kept and flagged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCrosswalkFile } from '../../src/core/model/crosswalk.ts';
import { loadFrameworkFolders } from '../../src/io/framework-folders.ts';

const folders = loadFrameworkFolders();
const read = (id: string) => JSON.parse(readFileSync(new URL(`../../mappings/crosswalks/${id}.json`, import.meta.url), 'utf8')) as Record<string, any>;

describe.each([
  ['nist-csf-2.0__nist-800-53-r5', 'unspecified'],
  ['nist-800-171-r3__nist-800-53-r5', 'intersects'],
  ['hipaa-security-rule__nist-800-53-r5', 'unspecified'],
])('%s', (id, relationship) => {
  const doc = read(id);
  const parsed = parseCrosswalkFile(doc, `mappings/crosswalks/${id}.json`);

  it('matches the crosswalk schema', () => {
    expect('error' in parsed ? parsed.error : 'ok').toBe('ok');
  });

  it('has endpoints that are entries of the two folders, and no duplicate edge', () => {
    const from = new Set(folders.get(doc.from)?.catalog.entries.map((e) => e.id));
    const to = new Set(folders.get(doc.to)?.catalog.entries.map((e) => e.id));
    const edges = doc.edges as Array<{ from: string; to: string; relationship: string }>;
    expect(edges.filter((e) => !from.has(e.from) || !to.has(e.to))).toEqual([]);
    expect(new Set(edges.map((e) => `${e.from} ${e.to}`)).size).toBe(edges.length);
    expect(new Set(edges.map((e) => e.relationship))).toEqual(new Set([relationship]));
    expect(doc.counts.edges).toBe(edges.length);
    expect(doc.counts.byRelationship).toEqual({ [relationship]: edges.length });
    expect(doc.counts.fromMapped).toBe(new Set(edges.map((e) => e.from)).size);
    expect(doc.counts.toMapped).toBe(new Set(edges.map((e) => e.to)).size);
  });

  it('flags exactly the edges whose 800-53 target is withdrawn', () => {
    const withdrawn = new Set(folders.get('nist-800-53-r5')?.catalog.entries.filter((e) => e.withdrawn).map((e) => e.id));
    const flagged = (doc.sourceFlags as Array<{ from: string; to: string; flag: string }>).filter((f) => f.flag === 'targetWithdrawnIn80053').map((f) => `${f.from}→${f.to}`);
    const toWithdrawn = (doc.edges as Array<{ from: string; to: string }>).filter((e) => withdrawn.has(e.to)).map((e) => `${e.from}→${e.to}`);
    expect(flagged).toEqual(toWithdrawn);
  });
});

it('the CSF crosswalk keeps DE.AE-06 -> RA-4 and flags it', () => {
  const doc = read('nist-csf-2.0__nist-800-53-r5');
  expect(doc.edges).toContainEqual(expect.objectContaining({ from: 'DE.AE-06', to: 'RA-4', relationship: 'unspecified' }));
  expect(doc.sourceFlags).toContainEqual({ from: 'DE.AE-06', to: 'RA-4', flag: 'targetWithdrawnIn80053' });
});
