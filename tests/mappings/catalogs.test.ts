// Checks the committed mappings/ files, not ../shared/reference: these tests
// must pass on a clone that has only this repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { naturalCompare } from '../../scripts/import-reference/natural.ts';
import { loadFrameworkFolders } from '../../src/io/framework-folders.ts';

const MAPPINGS = fileURLToPath(new URL('../../mappings/', import.meta.url));

type Json = Record<string, unknown>;
type Entry = { id: string } & Json;

function readText(rel: string): string {
  return readFileSync(join(MAPPINGS, rel), 'utf8');
}

function load(rel: string): Json {
  return JSON.parse(readText(rel)) as Json;
}

function entries(doc: Json, key: string): Entry[] {
  return doc[key] as Entry[];
}

function byId(list: Entry[], id: string): Entry | undefined {
  return list.find((e) => e.id === id);
}

const nist = load('catalogs/nist-800-53-r5.json');
const cis = load('catalogs/cis-controls-v8.json');
const soc2 = load('catalogs/soc2-tsc-2017.json');
const iso = load('catalogs/iso27001-2022.json');
const pci = load('catalogs/pci-dss-4.0.1.json');

const CATALOG_FILES: Record<string, string> = {
  'nist-800-53-r5': 'catalogs/nist-800-53-r5.json',
  'cis-controls-v8': 'catalogs/cis-controls-v8.json',
  'soc2-tsc-2017': 'catalogs/soc2-tsc-2017.json',
  'iso27001-2022': 'catalogs/iso27001-2022.json',
  'pci-dss-4.0.1': 'catalogs/pci-dss-4.0.1.json',
};

// Which entry lists of each catalog a crosswalk endpoint may name.
const ENDPOINT_LISTS: Record<string, string[]> = {
  'nist-800-53-r5': ['controls'],
  'cis-controls-v8': ['safeguards'],
  'soc2-tsc-2017': ['criteria'],
  'iso27001-2022': ['themes', 'controls', 'clauses'],
  'pci-dss-4.0.1': ['principalRequirements', 'requirements'],
};

/** The four frameworks added as folders only (issue 14) have their IDs in mappings/frameworks/<id>/catalog.json. */
const FOLDERS = loadFrameworkFolders();

function endpointIds(framework: string): Set<string> {
  const file = CATALOG_FILES[framework];
  if (!file) {
    const folder = FOLDERS.get(framework);
    if (!folder) throw new Error(`unknown framework ${framework}`);
    return new Set(folder.catalog.entries.map((entry) => entry.id));
  }
  const doc = load(file);
  return new Set((ENDPOINT_LISTS[framework] ?? []).flatMap((key) => entries(doc, key).map((e) => e.id)));
}

const crosswalkFiles = readdirSync(join(MAPPINGS, 'crosswalks'))
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('NIST SP 800-53 Rev 5 catalog', () => {
  const controls = entries(nist, 'controls');
  const base = controls.filter((c) => c.parent === null);
  const enhancements = controls.filter((c) => c.parent !== null);
  const inBaseline = (level: string) => controls.filter((c) => (c.baselines as string[]).includes(level)).length;

  it('has every control and enhancement, withdrawn included', () => {
    expect(controls).toHaveLength(1196);
    expect(base).toHaveLength(324);
    expect(base.filter((c) => c.withdrawn)).toHaveLength(24);
    expect(enhancements).toHaveLength(872);
    expect(enhancements.filter((c) => c.withdrawn)).toHaveLength(158);
  });

  it('has the published baseline sizes', () => {
    expect(inBaseline('low')).toBe(149);
    expect(inBaseline('moderate')).toBe(287);
    expect(inBaseline('high')).toBe(370);
    expect(inBaseline('privacy')).toBe(96);
  });

  it('uses unpadded display IDs whose parent and family exist', () => {
    const ids = new Set(controls.map((c) => c.id));
    const families = nist.families as Record<string, string>;
    for (const c of controls) {
      expect(c.id).toMatch(/^[A-Z]{2}-[1-9]\d*(\([1-9]\d*\))?$/);
      expect(families[c.family as string]).toBeTruthy();
      if (c.parent !== null) expect(ids.has(c.parent as string)).toBe(true);
    }
    expect(ids.size).toBe(controls.length);
  });

  it('knows AC-2(1) and the SA-12 withdrawal', () => {
    expect(byId(controls, 'AC-2(1)')).toMatchObject({
      title: 'Automated System Account Management',
      family: 'AC',
      parent: 'AC-2',
      withdrawn: false,
    });
    const sa12 = byId(controls, 'SA-12');
    expect(sa12?.withdrawn).toBe(true);
    expect((sa12?.incorporatedInto as string[]).length).toBeGreaterThan(0);
  });

  it('redirects withdrawn entries to controls, families or statement items that exist', () => {
    const ids = new Set(controls.map((c) => c.id));
    const families = nist.families as Record<string, string>;
    for (const c of controls) {
      for (const target of c.incorporatedInto as string[]) {
        const item = /^(.+\d\)?)[a-z]$/.exec(target)?.[1];
        expect(ids.has(target) || target in families || (item !== undefined && ids.has(item)), `${c.id} -> ${target}`).toBe(true);
      }
      if (!c.withdrawn) expect(c.incorporatedInto).toEqual([]);
    }
  });
});

describe('CIS Controls v8 catalog', () => {
  const safeguards = entries(cis, 'safeguards');
  const ig = (n: number) => safeguards.filter((s) => (s.implementationGroups as number[]).includes(n)).length;

  it('has 18 controls and 153 safeguards with the official IG counts', () => {
    expect(entries(cis, 'controls')).toHaveLength(18);
    expect(safeguards).toHaveLength(153);
    expect(ig(1)).toBe(56);
    expect(ig(2)).toBe(130);
    expect(ig(3)).toBe(153);
  });

  it('puts 6.5 (MFA for administrative access) in IG1', () => {
    expect(byId(safeguards, '6.5')?.implementationGroups).toContain(1);
  });
});

describe('other catalogs', () => {
  it('SOC 2 has the 61 TSC 2017 criteria, CC6.1 among them', () => {
    const criteria = entries(soc2, 'criteria');
    expect(criteria).toHaveLength(61);
    expect(byId(criteria, 'CC6.1')).toMatchObject({ category: 'CC', group: 'CC6' });
    const categories = new Set(entries(soc2, 'categories').map((c) => c.id));
    for (const c of criteria) expect(categories.has(c.category as string)).toBe(true);
  });

  it('ISO 27001:2022 has 93 Annex A controls, A.8.15 among them', () => {
    const controls = entries(iso, 'controls');
    expect(controls).toHaveLength(93);
    expect(entries(iso, 'themes')).toHaveLength(4);
    expect(byId(controls, 'A.8.15')).toMatchObject({ theme: 'A.8' });
  });

  it('PCI DSS 4.0.1 has every ID level, 8.3 and 8.3.1 among them', () => {
    const requirements = entries(pci, 'requirements');
    const ids = endpointIds('pci-dss-4.0.1');
    expect(byId(requirements, '8.3.1')).toMatchObject({ parent: '8.3' });
    expect(byId(requirements, '8.3')).toMatchObject({ parent: '8' });
    for (const r of requirements) expect(ids.has(r.parent as string), r.id).toBe(true);
  });
});

describe('crosswalks', () => {
  it('include the seven expected files', () => {
    expect(crosswalkFiles).toEqual([
      'cis-controls-v8__iso27001-2022.json',
      'cis-controls-v8__nist-800-53-r5.json',
      'hipaa-security-rule__nist-800-53-r5.json',
      'nist-800-171-r3__nist-800-53-r5.json',
      'nist-800-53-r5__iso27001-2022.json',
      'nist-csf-2.0__nist-800-53-r5.json',
      'soc2-tsc-2017__nist-800-53-r5.json',
    ]);
  });

  for (const file of crosswalkFiles) {
    it(`${file}: every endpoint exists in its catalog`, () => {
      const doc = load(`crosswalks/${file}`);
      const from = endpointIds(doc.from as string);
      const to = endpointIds(doc.to as string);
      const edges = doc.edges as { from: string; to: string }[];
      expect(edges.length).toBeGreaterThan(0);
      for (const e of edges) {
        expect(from.has(e.from), `${doc.from}:${e.from}`).toBe(true);
        expect(to.has(e.to), `${doc.to}:${e.to}`).toBe(true);
      }
    });

    it(`${file}: edges are unique and in natural order`, () => {
      const doc = load(`crosswalks/${file}`);
      const edges = doc.edges as { from: string; to: string; relationship: string }[];
      for (let i = 1; i < edges.length; i++) {
        const [a, b] = [edges[i - 1]!, edges[i]!];
        const order = naturalCompare(a.from, b.from) || naturalCompare(a.to, b.to) || naturalCompare(a.relationship, b.relationship);
        expect(order, `${a.from}->${a.to} before ${b.from}->${b.to}`).toBeLessThan(0);
      }
      expect((doc.counts as Json).edges).toBe(edges.length);
    });
  }
});

// CIS, AICPA, ISO and PCI text is copyrighted: only IDs and short labels may be
// committed. Long strings are the symptom of prose creeping in. `provenance` is
// our own text about the data, so it is exempt.
const RESTRICTED = [
  'catalogs/cis-controls-v8.json',
  'catalogs/soc2-tsc-2017.json',
  'catalogs/iso27001-2022.json',
  'catalogs/pci-dss-4.0.1.json',
  ...crosswalkFiles.map((f) => `crosswalks/${f}`).filter((f) => !f.includes('nist-800-53-r5__iso')),
];
const PROSE_KEYS = new Set(['description', 'text', 'statement', 'guidance', 'discussion', 'pointsOfFocus', 'criterion']);

function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'provenance') continue;
      expect(PROSE_KEYS.has(k), `${path}.${k} looks like a prose field`).toBe(false);
      yield* strings(v, `${path}.${k}`);
    }
  }
}

describe('license guard', () => {
  for (const file of RESTRICTED) {
    it(`${file} holds no string longer than 120 characters`, () => {
      const long = [...strings(load(file), '$')].filter(([, s]) => s.length > 120);
      expect(long).toEqual([]);
    });
  }
});

describe('files', () => {
  const jsonFiles = [...Object.values(CATALOG_FILES), ...crosswalkFiles.map((f) => `crosswalks/${f}`)];

  for (const file of jsonFiles) {
    it(`${file}: is 2-space JSON with a trailing newline, records input hashes and has a note`, () => {
      const text = readText(file);
      const doc = JSON.parse(text) as Json;
      expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
      const sources = (doc.provenance as { sources: { sha256: string }[] }).sources;
      expect(sources.length).toBeGreaterThan(0);
      for (const s of sources) expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(typeof doc.license).toBe('string');
      expect(existsSync(join(MAPPINGS, file.replace(/\.json$/, '.md')))).toBe(true);
    });
  }

  it('has a README', () => {
    expect(readText('README.md')).toContain('npm run import-reference');
  });
});
