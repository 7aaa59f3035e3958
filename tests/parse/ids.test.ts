import { describe, expect, it } from 'vitest';
import { CIS, ISO, isIso2013Notation, NIST, normalizeId, parseIdCell, PCI, resolveFrameworkLabel, SOC2 } from '../../src/index.ts';

describe('framework labels', () => {
  it.each([
    ['NIST 800-53', NIST], ['**NIST 800-53**', NIST], ['NIST 800-53 Rev 5', NIST], ['NIST SP 800-53 Rev. 5', NIST],
    ['CIS Controls', CIS], ['**CIS Controls v8**', CIS], ['SOC 2', SOC2], ['SOC 2 Type II', SOC2],
    ['ISO 27001', ISO], ['ISO/IEC 27001:2022', ISO], ['PCI DSS', PCI], ['PCI DSS v4.0.1', PCI],
    ['ISO 27001:2013', 'iso27001-2013'], ['CISA SCuBA', 'cisa-scuba'], ['**SLSA**', 'slsa'], ['CIS M365 Benchmark', 'cis-benchmark'],
  ])('%s -> %s', (label, key) => {
    expect(resolveFrameworkLabel(label)).toEqual({ key, known: true });
  });

  it('keeps an unknown label as an uncatalogued framework', () => {
    expect(resolveFrameworkLabel('Acme Internal Standard')).toEqual({ key: 'uncatalogued:acme-internal-standard', known: false });
  });
});

describe('ID normalization', () => {
  it.each([
    [NIST, 'AC-2(1) Automated System Account Management', 'AC-2(1)'],
    [NIST, 'AC-6 (Least Privilege)', 'AC-6'],
    [NIST, 'ac-2.1', 'AC-2(1)'],
    [NIST, 'AC-02(01)', 'AC-2(1)'],
    [SOC2, 'cc6.1', 'CC6.1'],
    [ISO, '8.15', 'A.8.15'],
    [ISO, 'A8.15', 'A.8.15'],
    [CIS, 'CIS 6.3', '6.3'],
    [PCI, 'Req. 8.3.1', '8.3.1'],
  ])('%s %s -> %s', (framework, raw, id) => {
    expect(normalizeId(framework, raw)).toBe(id);
  });

  it('splits a cell on commas outside parentheses and keeps each entry as written', () => {
    const tokens = parseIdCell(NIST, 'AC-6(1) (Least Privilege, Security Functions), IA-2 / IA-5');
    expect(tokens.map((t) => [t.id, t.text, t.start])).toEqual([
      ['AC-6(1)', 'AC-6(1) (Least Privilege, Security Functions)', 0],
      ['IA-2', 'IA-2', 47],
      ['IA-5', 'IA-5', 54],
    ]);
  });

  it('returns entries that match no grammar whole', () => {
    expect(parseIdCell(NIST, 'see vendor docs').map((t) => t.id)).toEqual(['see vendor docs']);
  });

  it('recognises ISO 27001:2013 notation', () => {
    expect(isIso2013Notation('A.9.4.2')).toBe(true);
    expect(isIso2013Notation('A.12.4')).toBe(true);
    expect(isIso2013Notation('A.8.15')).toBe(false);
  });
});
