// The labels and ID grammars written as data in the five existing folders read guides the way the
// code in src/core/frameworks/ does today, so the registry switch can replace one with the other.
// The new folders' grammars and labels are checked on the spellings guides use.
import { describe, expect, it } from 'vitest';
import type { FrameworkFile } from '../../src/core/frameworks/framework-schema.ts';
import { levelOf, matchId } from '../../src/core/frameworks/id-template.ts';
import { normalizeId } from '../../src/core/frameworks/ids.ts';
import { normalizeLabel, resolveFrameworkLabel } from '../../src/core/frameworks/registry.ts';
import { loadFrameworkFolders } from '../../src/io/framework-folders.ts';

const folders = loadFrameworkFolders();
const fw = (id: string): FrameworkFile => {
  const folder = folders.get(id);
  if (!folder) throw new Error(`no folder ${id}`);
  return folder.framework;
};
const read = (id: string, text: string) => {
  const grammar = fw(id).idGrammar;
  if (grammar.kind !== 'pattern') throw new Error(`${id} inherits its grammar`);
  return matchId(grammar, text)?.id ?? null;
};
const labelOf = (label: string) => [...folders.values()].filter(({ framework }) => framework.labels.patterns.some((p) => new RegExp(p.pattern, 'u').test(normalizeLabel(label)))).map(({ framework }) => framework.id);

const SAMPLES: Record<string, string[]> = {
  'nist-800-53-r5': ['AC-2', 'AC-02', 'ac-2', 'AC-2(1)', 'AC-2 (01)', 'ac-2.1', 'SC-7(4)', 'IA-2(12)'],
  'cis-controls-v8': ['6.3', 'CIS 6.3', '06.03', '4', '18.5'],
  'soc2-tsc-2017': ['CC6.1', 'cc6.1', 'CC 6.1', 'PI1.2', 'A1.2'],
  'iso27001-2022': ['A.8.15', 'A8.15', '8.15', 'a.5.1', 'A.9.4.2'],
  'pci-dss-4.0.1': ['8.3.1', 'Req. 8.3.1', 'Requirement 10', 'A3.2.1', 'a1.1'],
};

describe('existing grammars as data equal the code', () => {
  it.each(Object.entries(SAMPLES))('%s', (id, samples) => {
    expect(samples.map((s) => read(id, s))).toEqual(samples.map((s) => normalizeId(id, s)));
  });

  it.each([
    ['NIST SP 800-53 Rev. 5', 'nist-800-53-r5'], ['**NIST 800-53**', 'nist-800-53-r5'], ['CIS Controls v8.1', 'cis-controls-v8'], ['CIS CSC', 'cis-controls-v8'],
    ['SOC 2 Type II', 'soc2-tsc-2017'], ['TSC 2017', 'soc2-tsc-2017'], ['ISO/IEC 27001:2022', 'iso27001-2022'], ['PCI DSS v4.0.1', 'pci-dss-4.0.1'],
  ])('label %s', (label, key) => {
    expect(resolveFrameworkLabel(label).key).toBe(key);
    expect(labelOf(label)).toEqual([key]);
  });
});

describe('new frameworks: labels guides use', () => {
  it.each([
    ['NIST CSF', 'nist-csf-2.0'], ['CSF 2.0', 'nist-csf-2.0'], ['NIST CSF 2.0', 'nist-csf-2.0'], ['NIST Cybersecurity Framework 2.0', 'nist-csf-2.0'],
    ['NIST 800-171', 'nist-800-171-r3'], ['NIST SP 800-171 Rev 3', 'nist-800-171-r3'], ['NIST SP 800-171r3', 'nist-800-171-r3'],
    ['FedRAMP', 'fedramp-rev5'], ['FedRAMP Moderate', 'fedramp-rev5'], ['FedRAMP High Baseline', 'fedramp-rev5'], ['FedRAMP LI-SaaS', 'fedramp-rev5'],
    ['HIPAA', 'hipaa-security-rule'], ['HIPAA Security Rule', 'hipaa-security-rule'], ['45 CFR 164.312(b)', 'hipaa-security-rule'], ['45 CFR § 164.308(a)(1)(ii)(A)', 'hipaa-security-rule'],
  ])('%s -> %s, and no other folder', (label, key) => {
    expect(labelOf(label)).toEqual([key]);
  });

  it.each(['NIST CSF 1.1', 'NIST SP 800-171 Rev 2', 'HIPAA Privacy Rule', 'NIST 800-53', 'FedRAMP 20x'])('%s is not a new framework', (label) => {
    expect(labelOf(label).filter((id) => ['nist-csf-2.0', 'nist-800-171-r3', 'fedramp-rev5', 'hipaa-security-rule'].includes(id))).toEqual([]);
  });

  it('FedRAMP labels name their baseline', () => {
    const baselineOf = (label: string) => fw('fedramp-rev5').labels.patterns.find((p) => new RegExp(p.pattern, 'u').test(normalizeLabel(label)))?.baseline ?? null;
    expect(['FedRAMP', 'FedRAMP Low', 'FedRAMP Moderate', 'FedRAMP High', 'FedRAMP Tailored LI-SaaS'].map(baselineOf)).toEqual([null, 'low', 'moderate', 'high', 'li-saas']);
  });
});

describe('new frameworks: ID grammars', () => {
  it('CSF 2.0 pads CSF 1.1 spellings and reads categories and functions', () => {
    expect(['PR.AA-01', 'PR.AC-1', 'GV.OC', 'DE', 'CSF ID.AM-08'].map((s) => read('nist-csf-2.0', s))).toEqual(['PR.AA-01', 'PR.AC-01', 'GV.OC', 'DE', 'ID.AM-08']);
  });

  it('800-171 r3 reads 03.01.01 and statement items, and leaves Rev 2 numbering to otherEditions', () => {
    expect(['03.01.01', '03.01.01.c.01', '03.13', '3.1.1'].map((s) => read('nist-800-171-r3', s))).toEqual(['03.01.01', '03.01.01', '03.13', null]);
    const grammar = fw('nist-800-171-r3').idGrammar;
    expect(grammar.kind === 'pattern' && new RegExp(`^(?:${grammar.otherEditions[0]?.pattern ?? '$^'})$`, 'u').test('3.1.1')).toBe(true);
  });

  it('HIPAA reads CFR citations in the forms guides write', () => {
    expect(['164.312(b)', '45 CFR 164.312(b)', '§164.308(a)(1)(ii)(A)', '45 C.F.R. § 164.312 (a)(2)(iv)'].map((s) => read('hipaa-security-rule', s))).toEqual(['164.312(b)', '164.312(b)', '164.308(a)(1)(ii)(A)', '164.312(a)(2)(iv)']);
  });

  it('every catalog entry of every folder is at a level of its hierarchy, and grammar-shaped IDs read as themselves', () => {
    for (const [id, { framework, catalog }] of folders) {
      for (const entry of catalog.entries) {
        expect(levelOf(framework.hierarchy, entry.id)?.level, `${id} ${entry.id}`).toBe(entry.level);
        // Key activities and CPRT variants are not cited by guides; a bare ISO clause 4.1 reads as A.4.1 by design.
        if (framework.idGrammar.kind !== 'pattern' || ['key-activity', 'clause'].includes(entry.level) || entry.tags.includes('cprt-variant')) continue;
        const got = matchId(framework.idGrammar, entry.id);
        if (got && got.length === entry.id.length) expect(got.id, `${id} ${entry.id}`).toBe(entry.id);
      }
    }
  });
});
