// The five existing frameworks' folders hold exactly what mappings/catalogs/<id>.json holds:
// same IDs in the same order, titles, withdrawn status and targets, baselines / IGs, entry by entry.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogFileEntry } from '../../src/core/frameworks/framework-schema.ts';
import { loadFrameworkFolders } from '../../src/io/framework-folders.ts';

type Row = Record<string, unknown> & { id: string };
const old = (id: string) => JSON.parse(readFileSync(new URL(`../../mappings/catalogs/${id}.json`, import.meta.url), 'utf8')) as Record<string, Row[]>;
const folders = loadFrameworkFolders();
const entries = (id: string) => folders.get(id)?.catalog.entries ?? [];
const pick = (list: CatalogFileEntry[], levels: string[]) => list.filter((e) => levels.includes(e.level));

/** What the old file says of each entry, in the shape the folder says it. */
type Expected = { id: string; title: string; withdrawn: boolean; incorporatedInto: string[]; tags: string[]; parent: string | null };
const view = (e: CatalogFileEntry): Expected => ({ id: e.id, title: e.title, withdrawn: e.withdrawn, incorporatedInto: e.incorporatedInto, tags: e.tags, parent: e.parent });
const expected = (r: Row, over: Partial<Expected> = {}): Expected => ({ id: r.id, title: typeof r.title === 'string' ? r.title : '', withdrawn: r.withdrawn === true, incorporatedInto: (r.incorporatedInto as string[] | undefined) ?? [], tags: [], parent: null, ...over });

function compare(actual: CatalogFileEntry[], wanted: Expected[]): void {
  expect(actual.map((e) => e.id)).toEqual(wanted.map((e) => e.id));
  actual.forEach((entry, i) => expect(view(entry), entry.id).toEqual(wanted[i]));
}

describe('folders of the five catalogued frameworks equal mappings/catalogs', () => {
  it('nist-800-53-r5: controls, titles, families, withdrawn and targets, baselines', () => {
    const nist = old('nist-800-53-r5');
    compare(entries('nist-800-53-r5'), (nist.controls ?? []).map((c) => expected(c, { tags: c.baselines as string[], parent: c.parent as string | null })));
    expect(entries('nist-800-53-r5').map((e) => e.group)).toEqual((nist.controls ?? []).map((c) => c.family));
    expect(folders.get('nist-800-53-r5')?.catalog.groups).toEqual(Object.entries(nist.families ?? {}).map(([id, title]) => ({ id, title })));
  });

  it('cis-controls-v8: controls, safeguards, implementation groups', () => {
    const cis = old('cis-controls-v8');
    compare(pick(entries('cis-controls-v8'), ['control']), (cis.controls ?? []).map((c) => expected(c)));
    compare(pick(entries('cis-controls-v8'), ['safeguard']), (cis.safeguards ?? []).map((s) => expected(s, { parent: s.control as string, tags: (s.implementationGroups as number[]).map((n) => `ig${n}`) })));
    expect(entries('cis-controls-v8')).toHaveLength((cis.controls ?? []).length + (cis.safeguards ?? []).length);
  });

  it('soc2-tsc-2017: criteria with their series; series carry the AICPA heading', () => {
    const soc2 = old('soc2-tsc-2017');
    compare(pick(entries('soc2-tsc-2017'), ['criterion']), (soc2.criteria ?? []).map((c) => expected(c, { parent: c.group as string })));
    const headings = new Map((soc2.criteria ?? []).map((c) => [c.group as string, c.groupTitle as string]));
    expect(pick(entries('soc2-tsc-2017'), ['series']).map((s) => [s.id, s.title])).toEqual([...headings]);
  });

  it('iso27001-2022: Annex A controls by theme, clauses, themes as groups', () => {
    const iso = old('iso27001-2022');
    compare(pick(entries('iso27001-2022'), ['control']), (iso.controls ?? []).map((c) => expected(c)));
    expect(pick(entries('iso27001-2022'), ['control']).map((e) => e.group)).toEqual((iso.controls ?? []).map((c) => c.theme));
    expect(pick(entries('iso27001-2022'), ['clause']).map((e) => [e.id, e.title])).toEqual((iso.clauses ?? []).map((c) => [c.id, c.title]));
    expect(folders.get('iso27001-2022')?.catalog.groups.slice(0, (iso.themes ?? []).length)).toEqual((iso.themes ?? []).map((t) => ({ id: t.id, title: t.title })));
  });

  it('pci-dss-4.0.1: principal requirements and every sub-requirement with its parent', () => {
    const pci = old('pci-dss-4.0.1');
    compare(pick(entries('pci-dss-4.0.1'), ['principal-requirement']), (pci.principalRequirements ?? []).map((p) => expected(p)));
    compare(pick(entries('pci-dss-4.0.1'), ['requirement']), (pci.requirements ?? []).map((r) => expected(r, { parent: r.parent as string })));
  });
});
