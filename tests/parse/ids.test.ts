import { describe, expect, it } from 'vitest';
import { CIS, ISO, isIso2013Notation, nearCataloguedLabel, NIST, normalizeId, parseIdCell, PCI, resolveFrameworkLabel, SOC2 } from '../../src/index.ts';

describe('framework labels', () => {
  it.each([
    ['NIST 800-53', NIST], ['**NIST 800-53**', NIST], ['NIST 800-53 Rev 5', NIST], ['NIST SP 800-53 Rev. 5', NIST],
    ['CIS Controls', CIS], ['**CIS Controls v8**', CIS], ['SOC 2', SOC2], ['SOC 2 Type II', SOC2],
    ['ISO 27001', ISO], ['ISO/IEC 27001:2022', ISO], ['PCI DSS', PCI], ['PCI DSS v4.0.1', PCI],
    ['ISO 27001:2013', 'iso27001-2013'], ['CISA SCuBA', 'cisa-scuba'], ['**SLSA**', 'slsa'], ['CIS M365 Benchmark', 'cis-benchmark'],
  ])('%s -> %s', (label, key) => {
    expect(resolveFrameworkLabel(label)).toEqual({ key, known: true });
  });

  it.each(['MITRE ATLAS', 'MITRE ATT&CK', 'NIST AI RMF', 'NIST CSF', 'FINRA', 'HIPAA', 'CIS Windows 11', 'CIS Google Workspace Benchmark v1.2', 'CISA SCuBA (Gmail)', 'CISA SCuBA M365', 'OWASP LLM Top 10', 'ISO 42001', 'EU AI Act', 'NIST SP 800-207', 'SOX', 'ISO 27002', 'SOC 1', 'NIST 800-52', 'CIS Controls v7', 'PCI DSS 3.2.1'])('knows the real uncatalogued framework %s and never calls it a slip', (label) => {
    expect(resolveFrameworkLabel(label).known).toBe(true);
  });

  it('gives distinct standards recognised by one pattern keys of their own', () => {
    expect(resolveFrameworkLabel('ISO 27002').key).not.toBe(resolveFrameworkLabel('ISO 27017').key);
  });

  it.each([['NIST 800-35', 'NIST 800-53'], ['CIS Controlz v8', 'CIS Controls v8'], ['SOC 2 Type 3', 'SOC 2']])('reads %s as a near-miss of %s', (label, spelling) => {
    expect(resolveFrameworkLabel(label).known).toBe(false);
    expect(nearCataloguedLabel(label)?.spelling).toBe(spelling);
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

  it('returns entries that match no grammar whole, marked as not shaped like an ID', () => {
    expect(parseIdCell(NIST, 'see vendor docs').map((t) => [t.id, t.shaped])).toEqual([['see vendor docs', false]]);
  });

  const entries = (framework: string, cell: string): Array<[string, string, boolean]> => parseIdCell(framework, cell).map((t) => [t.id, t.text, t.shaped]);

  it('keeps a title with commas after an ID in that ID\'s entry', () => {
    expect(entries(NIST, 'SI-7 Software, Firmware, and Information Integrity')).toEqual([['SI-7', 'SI-7 Software, Firmware, and Information Integrity', true]]);
    expect(entries(NIST, 'AU-6 Audit Record Review, Analysis, and Reporting, AU-2')).toEqual([
      ['AU-6', 'AU-6 Audit Record Review, Analysis, and Reporting', true],
      ['AU-2', 'AU-2', true],
    ]);
  });

  it('does not continue an entry without a name: words after a bare ID are text of their own', () => {
    expect(entries(NIST, 'AC-2, see vendor docs')).toEqual([['AC-2', 'AC-2', true], ['see vendor docs', 'see vendor docs', false]]);
  });

  it.each([
    [NIST, 'AU-2 / AU-6 / AU-9', ['AU-2', 'AU-6', 'AU-9']],
    [NIST, 'AC-11, AC-12', ['AC-11', 'AC-12']],
    [SOC2, 'CC6.1 & CC6.2', ['CC6.1', 'CC6.2']],
    [SOC2, 'CC6.1 and CC6.2; CC7.2', ['CC6.1', 'CC6.2', 'CC7.2']],
    [CIS, '6.3, 6.4 Require MFA for Remote Access', ['6.3', '6.4']],
  ])('keeps every ID of a %s cell `%s`', (framework, cell, ids) => {
    expect(parseIdCell(framework, cell).map((t) => t.id)).toEqual(ids);
  });

  it('reads the ID of a link and keeps other links, words and family names as unshaped text', () => {
    const tokens = parseIdCell(NIST, '[AC-2](https://example.com/ac-2), Access Control family, [policy](https://example.com/p)');
    expect(tokens.map((t) => [t.id, t.shaped, t.start])).toEqual([['AC-2', true, 1], ['Access Control family', false, 34], ['[policy](https://example.com/p)', false, 57]]);
  });

  it('does not read a word such as 2FA as a CIS safeguard', () => {
    expect(entries(CIS, '2FA everywhere')).toEqual([['2FA everywhere', '2FA everywhere', false]]);
  });

  it('expands ranges of uncatalogued IDs and completes abbreviated ones from the entry before', () => {
    const scuba = 'uncatalogued:cisa-scuba-gmail';
    const full = parseIdCell(scuba, 'GWS.EXAMPLE.7.1v1–7.3v1').map((t) => t.id);
    expect(full).toEqual(['GWS.EXAMPLE.7.1v1', 'GWS.EXAMPLE.7.2v1', 'GWS.EXAMPLE.7.3v1']);
    expect(parseIdCell(scuba, 'GWS.EXAMPLE.7.1v1–7.3v1, 7.1v1–7.3v1').map((t) => t.id)).toEqual([...full, ...full]);
    expect(parseIdCell(scuba, 'GWS.EXAMPLE.2.1v1, 2.2v1').map((t) => [t.id, t.idText])).toEqual([['GWS.EXAMPLE.2.1v1', 'GWS.EXAMPLE.2.1v1'], ['GWS.EXAMPLE.2.2v1', '2.2v1']]);
  });

  it.each([
    ['GWS.EXAMPLE.7.1v1–8.3v1', 'ends differ in more than the last number'],
    ['GWS.EXAMPLE.7.3v1–7.1v1', 'descending'],
    ['Build L2, L3', 'no numeric prefix to inherit'],
  ])('keeps `%s` as written (%s)', (cell) => {
    expect(parseIdCell('uncatalogued:x', cell).map((t) => t.id)).toEqual(parseIdCell('uncatalogued:x', cell).map((t) => t.text));
  });

  it('recognises ISO 27001:2013 notation', () => {
    expect(isIso2013Notation('A.9.4.2')).toBe(true);
    expect(isIso2013Notation('A.12.4')).toBe(true);
    expect(isIso2013Notation('A.8.15')).toBe(false);
  });
});
