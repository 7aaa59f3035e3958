import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { HARDMAP_NS, HARDMAP_UUID_NAMESPACE, oscalDocuments, parseGuide, uuidV5, type Guide } from '../../src/index.ts';
import { loadReferenceData } from '../../src/node.ts';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** A second guide whose slug starts with a digit (not a valid OSCAL token) and repeats a control number. */
const INLINE = `---
title: "Example Hardening Guide"
vendor: "Example Cloud"
slug: "1example"
---

## 1. Access

### 1.1 Enforce MFA

**Profile Level:** L1 (Baseline)

| Framework | Control |
|-----------|---------|
| NIST 800-53 Rev 5 | IA-2(1) |

#### Description
Require a second factor for every administrator.

#### ClickOps Implementation

**Step 1: Require MFA**
1. Navigate to: **Settings** → **Security**
   - Select **Require MFA**

---

### 1.1 Export Audit Logs

**Profile Level:** L3 (Maximum Security)
**NIST 800-53:** AU-2
`;

const guides: Guide[] = [parseGuide(read('content/guides/qualys.md'), 'content/guides/qualys.md').guide, parseGuide(INLINE, 'inline/1example.md').guide];
const reference = loadReferenceData();
const OPTIONS = { lastModified: '2026-11-20T00:00:00Z', version: '0.1.0', contentCommit: '0123456789abcdef0123456789abcdef01234567' };
type Doc = Record<string, any>;
const documents = oscalDocuments(guides, reference, OPTIONS) as Record<string, Doc>;
const doc = (name: string): Doc => documents[name] ?? {};

// Ajv 8 compiles patterns with the `u` flag, which the schema's \p{L} / \p{N} need; formats cover date-time and uri.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(read('mappings/schemas/oscal_complete_schema-1-2-2.json')));

const errorsOf = (value: unknown): string[] =>
  validate(value) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);

/** Every control of the catalog with the guide group it sits in. */
function catalogControls(): Array<{ id: string; guide: string; label: string; level: string | undefined }> {
  return (doc('catalog.json').catalog.groups as Doc[]).flatMap((g) => (g.groups as Doc[]).flatMap((s) => (s.controls as Doc[]).map((c) => ({
    id: c.id, guide: g.title, label: c.props.find((p: Doc) => p.name === 'label').value, level: c.props.find((p: Doc) => p.name === 'level')?.value,
  }))));
}

describe('OSCAL export', () => {
  it.each(Object.keys(documents))('%s is valid against the OSCAL 1.2.2 complete schema', (name) => {
    expect(errorsOf(documents[name])).toEqual([]);
  });

  it('has one catalog control per model control; ids are valid tokens and unique across groups, controls and parts', () => {
    const controls = catalogControls();
    expect(controls).toHaveLength(guides.reduce((n, g) => n + g.controls.length, 0));
    // OSCAL indexes group, control and part ids together; the schema cannot check that they are unique.
    const ids = [...JSON.stringify(documents['catalog.json']).matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(controls.length * 3);
    expect(new Set(ids).size).toBe(ids.length);
    expect(controls.filter((c) => c.guide === 'Example Hardening Guide').map((c) => c.id)).toEqual(['_1example-1.1', '_1example-1.1-2']);
  });

  it('selects cumulative levels: L1 exactly, L2 = L1 + L2, L3 = L1 + L2 + L3', () => {
    const byId = new Map(catalogControls().map((c) => [c.id, c]));
    const selected = (level: string): string[] => (doc(`profile-${level}.json`).profile.imports[0]['include-controls'][0]['with-ids'] as string[])
      .map((id) => `${byId.get(id)?.guide} ${byId.get(id)?.label} ${byId.get(id)?.level}`).sort();
    const expected = (levels: string[]): string[] => guides.flatMap((g) => g.controls.filter((c) => levels.includes(c.level?.level ?? ''))
      .map((c) => `${g.title} ${c.number} ${c.level?.level}`)).sort();
    expect(selected('L1')).toEqual(expected(['L1']));
    expect(selected('L1')).toHaveLength(11);
    expect(selected('L2')).toEqual(expected(['L1', 'L2']));
    expect(selected('L3')).toEqual(expected(['L1', 'L2', 'L3']));
  });

  it('has one component per vendor, implementing asserted NIST controls in OSCAL id form', () => {
    const components = doc('component-definition.json')['component-definition'].components as Doc[];
    expect(components.map((c) => c.title)).toEqual(['Example Cloud', 'Qualys']);
    const example = components[0]?.['control-implementations'][0];
    expect(example.source).toBe('https://raw.githubusercontent.com/usnistgov/oscal-content/main/nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json');
    expect(example['implemented-requirements'].map((r: Doc) => r['control-id'])).toEqual(['au-2', 'ia-2.1']);
    expect(example['implemented-requirements'][1].description).toContain('1.1 Enforce MFA (L1) [_1example-1.1]');
  });

  it('maps every source to a catalog control and marks derived maps', () => {
    const ids = new Set(catalogControls().map((c) => c.id));
    const mappings = doc('mapping-collection.json')['mapping-collection'].mappings as Doc[];
    const maps = mappings.flatMap((m) => m.maps as Doc[]);
    expect(maps.every((m) => ids.has(m.sources[0]['id-ref']))).toBe(true);
    const derived = maps.filter((m) => m.props.some((p: Doc) => p.name === 'derivation' && p.value === 'derived'));
    expect(derived.length).toBeGreaterThan(0);
    expect(derived.every((m) => typeof m.remarks === 'string' && m.remarks.startsWith('Derived: '))).toBe(true);
    expect(maps.some((m) => m.sources[0]['id-ref'] === 'qualys-1.1' && m.targets[0]['id-ref'] === 'ac-2.1')).toBe(true);
  });

  it('gives each map its real relationship: intersects-with for a claim, the composition for a derivation', () => {
    const mappings = doc('mapping-collection.json')['mapping-collection'].mappings as Doc[];
    const propOf = (m: Doc, name: string): string | undefined => (m.props as Doc[]).find((p) => p.name === name)?.value;
    const find = (source: string, target: string): Doc | undefined => mappings.flatMap((m) => m.maps as Doc[]).find((m) => m.sources[0]['id-ref'] === source && m.targets[0]['id-ref'] === target);
    const asserted = mappings.flatMap((m) => (m.maps as Doc[]).filter((x) => propOf(x, 'derivation') === 'asserted'));
    expect(new Set(asserted.map((m) => `${m.relationship} ${m.ns ?? ''}`))).toEqual(new Set(['intersects-with ']));
    // IA-2(1) is asserted; its base IA-2 is a roll-up (subset-of): meeting IA-2(1) contributes to IA-2.
    expect(find('_1example-1.1', 'ia-2')).toMatchObject({ relationship: 'intersects-with', props: expect.arrayContaining([{ name: 'strength', ns: HARDMAP_NS, value: 'contributes-to' }, { name: 'path-relationship', ns: HARDMAP_NS, value: 'subset-of' }, { name: 'rolled-up', ns: HARDMAP_NS, value: 'true' }]) });
    // AU-2 to SOC 2 goes through the untyped AICPA mapping: nothing OSCAL defines, so hardmap's namespace.
    const soc2 = mappings.find((m) => m.uuid === uuidV5('mapping:soc2-tsc-2017:derived'));
    const au2 = (soc2?.maps as Doc[]).find((m) => m.sources[0]['id-ref'] === '_1example-1.1-2');
    expect(au2).toMatchObject({ relationship: 'unspecified', ns: HARDMAP_NS });
    expect(propOf(au2 ?? {}, 'strength')).toBe('contributes-to');
    // ISO 27001 edges are included; CIS ids are CIS's own OSCAL ids.
    expect(mappings.some((m) => m.uuid === uuidV5('mapping:iso27001-2022:derived'))).toBe(true);
    const cis = mappings.find((m) => m.uuid === uuidV5('mapping:cis-controls-v8:asserted'));
    expect((cis?.maps as Doc[]).every((m) => /^cis-\d+\.\d+$/.test(m.targets[0]['id-ref']))).toBe(true);
  });

  it('summarizes source and target gaps, and what the crosswalks themselves leave unmapped', () => {
    const mappings = doc('mapping-collection.json')['mapping-collection'].mappings as Doc[];
    const soc2 = mappings.find((m) => m.uuid === uuidV5('mapping:soc2-tsc-2017:derived')) ?? {};
    const targetGap = soc2['target-gap-summary']['unmapped-controls'][0]['with-ids'] as string[];
    const mapped = new Set((soc2.maps as Doc[]).map((m) => m.targets[0]['id-ref']));
    // CC1.2 is one of the criteria AICPA marks "None": no crosswalk reaches it, so no guide can derive it.
    expect(targetGap).toContain('CC1.2');
    expect(targetGap.filter((id) => mapped.has(id))).toEqual([]);
    expect(soc2.remarks).toBe('Gaps in the crosswalks themselves, from their unmapped lists: soc2-tsc-2017__nist-800-53-r5: 12 of 61 soc2-tsc-2017 requirements have no edge (its unmapped list).');
    const sources = new Set((soc2.maps as Doc[]).map((m) => m.sources[0]['id-ref']));
    expect([...sources, ...soc2['source-gap-summary']['unmapped-controls'][0]['with-ids']].sort()).toEqual(catalogControls().map((c) => c.id).sort());
  });

  it('resolves every #uuid reference to a back-matter resource of the same document', () => {
    for (const [name, value] of Object.entries(documents)) {
      const text = JSON.stringify(value);
      const resources = new Set([...text.matchAll(/"resources":\[(.*)\]/g)].flatMap((m) => [...(m[1] ?? '').matchAll(/"uuid":"([0-9a-f-]{36})"/g)].map((u) => u[1])));
      const refs = [...text.matchAll(/"href":"#([0-9a-f-]{36})"/g)].map((m) => m[1]);
      expect(refs.filter((ref) => !resources.has(ref)), name).toEqual([]);
    }
  });

  it('is deterministic: two runs, and reversed input, give the same files as byte-identical JSON', () => {
    const text = (docs: Record<string, unknown>): Array<[string, string]> => Object.entries(docs).map(([name, value]) => [name, JSON.stringify(value, null, 2)]);
    expect(Object.keys(documents)).toEqual(['catalog.json', 'profile-L1.json', 'profile-L2.json', 'profile-L3.json', 'component-definition.json', 'mapping-collection.json']);
    expect(text(oscalDocuments(guides, reference, OPTIONS))).toEqual(text(documents));
    expect(text(oscalDocuments([...guides].reverse(), reference, OPTIONS))).toEqual(text(documents));
    expect(doc('catalog.json').catalog.metadata['last-modified']).toBe(OPTIONS.lastModified);
  });

  // Expected values computed independently with Python's uuid.uuid5.
  it('derives UUIDv5 exactly as Python uuid.uuid5 does', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5('urn:hardmap:oscal', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).toBe(HARDMAP_UUID_NAMESPACE);
    expect(uuidV5('control:qualys-1.1')).toBe('12560896-c77b-5ec7-b8d8-82b9a9cc97ff');
    expect(uuidV5('Ünïcödé ✓')).toBe('18d8919e-7d00-5589-ba32-7f741254c62a');
  });
});

describe('the validator catches breakage', () => {
  const broken = (name: string, edit: (copy: Doc) => void): string[] => { const copy = structuredClone(doc(name)); edit(copy); return errorsOf(copy); };

  it('rejects a missing metadata, a non-token id (Unicode-aware patterns), no mappings, a date-only timestamp', () => {
    expect(broken('catalog.json', (c) => { delete c.catalog.metadata; })).toContain('/catalog must have required property \'metadata\' {"missingProperty":"metadata"}');
    const errors = broken('catalog.json', (c) => { c.catalog.groups[0].groups[0].controls[0].id = '1.1'; });
    expect(errors.some((e) => e.startsWith('/catalog/groups/0/groups/0/controls/0/id must match pattern'))).toBe(true);
    expect(broken('mapping-collection.json', (c) => { c['mapping-collection'].mappings = []; })).not.toEqual([]);
    expect(broken('profile-L1.json', (c) => { c.profile.metadata['last-modified'] = '2026-11-20'; })).not.toEqual([]);
  });
});
