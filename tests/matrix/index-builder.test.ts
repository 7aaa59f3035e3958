import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baselineCoverage, cisGroupCoverage, levelCoverage, levelCoverageOfCounts, mappingRows, nistFamilyCoverage, parseGuide, requirementIndex, requirementIndexBuilder, type MappingRow, type RequirementIndex } from '../../src/index.ts';
import { loadReferenceData } from '../../src/node.ts';
import { indexRows } from '../../site/lib/rows.ts';

const reference = loadReferenceData();
const base = readFileSync(new URL('../fixtures/base-guide.md', import.meta.url), 'utf8');
// Two guides that map the same requirements: their derivation paths are the same.
const guides = ['alpha', 'beta'].map((slug) => parseGuide(new TextEncoder().encode(base.replace('slug: "example"', `slug: "${slug}"`)), `${slug}.md`).guide);
const rows = mappingRows(guides, reference, { contentCommit: null });
/** The packed index as plain maps of its lists. */
const plain = (index: RequirementIndex): ReturnType<typeof requirementIndex> => new Map([...index].map(([framework, lists]) => [framework, new Map([...lists.keys()].map((id) => [id, lists.get(id) ?? []]))]));

describe('requirement index, guide by guide', () => {
  it('is the index of all rows at once, in any row order', () => {
    const builder = requirementIndexBuilder();
    for (const guide of guides) builder.addGuide(rows.filter((row) => row.guide === guide.slug));
    const byGuide = builder.finish();
    expect(plain(byGuide)).toEqual(requirementIndex(rows));
    expect(requirementIndex([...rows].reverse())).toEqual(plain(byGuide));
    const lists = byGuide.get('nist-800-53-r5');
    expect(lists?.get('IA-2(1)')?.map((entry) => [entry.guide, entry.controlNumber, entry.derivation])).toEqual([['alpha', '1.1', 'asserted'], ['beta', '1.1', 'asserted']]);
    expect(lists?.get('IA-2(1)', 'beta')?.map((entry) => entry.guide)).toEqual(['beta']);
    expect([lists?.has('IA-2(1)'), lists?.has('AC-1'), lists?.get('AC-1')]).toEqual([true, false, undefined]);
  });

  it('keeps one copy of a derivation path that two controls share', () => {
    const list = requirementIndex(rows).get('soc2-tsc-2017')?.get('CC7.2') ?? [];
    expect(list.map((entry) => [entry.guide, entry.derivation])).toEqual([['alpha', 'derived'], ['beta', 'derived']]);
    expect(list[0]?.hops.length).toBeGreaterThan(1);
    expect(list[0]?.hops).toBe(list[1]?.hops);
    expect(list[0]?.hops).toEqual(rows.find((row) => row.guide === 'beta' && row.frameworkId === 'CC7.2')?.hops);
  });

  it('lists a control once, as asserted, when it both asserts and derives a requirement', () => {
    const asserted = rows.find((row) => row.derivation === 'asserted' && row.guide === 'alpha') as MappingRow;
    const derived: MappingRow = { ...asserted, derivation: 'derived', via: 'x', path: 'x', hops: [{ framework: asserted.framework, id: asserted.frameworkId, crosswalk: 'c', relationship: 'equal' }] };
    const index = requirementIndex([derived, asserted]);
    expect(index.get(asserted.framework)?.get(asserted.frameworkId)).toEqual([expect.objectContaining({ derivation: 'asserted', via: '', path: '', hops: [] })]);
  });
});

describe('coverage from the site\'s row summary', () => {
  it('counts the same as coverage over every row', () => {
    const indexer = indexRows(reference);
    for (const guide of guides) indexer.add(guide);
    const { rows: summary, requirements } = indexer.finish();
    expect(summary.coverage.length).toBeLessThan(rows.length);
    expect([summary.count, summary.asserted]).toEqual([rows.length, rows.filter((row) => row.derivation === 'asserted').length]);
    expect(nistFamilyCoverage(summary.coverage, reference.catalogs)).toEqual(nistFamilyCoverage(rows, reference.catalogs));
    expect(baselineCoverage(summary.coverage, reference.catalogs)).toEqual(baselineCoverage(rows, reference.catalogs));
    expect(cisGroupCoverage(summary.coverage, reference.catalogs)).toEqual(cisGroupCoverage(rows, reference.catalogs));
    const controls = guides.flatMap((guide) => guide.controls.map((control) => ({ guide: guide.slug, level: control.level?.level ?? '' })));
    expect(levelCoverageOfCounts(summary.perLevel, controls)).toEqual(levelCoverage(rows, controls));
    expect(plain(requirements)).toEqual(requirementIndex(rows));
  });
});
