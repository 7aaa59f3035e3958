// The four frameworks catalogued from their folders: the registry resolves the labels guides use to
// them, keeps other editions uncatalogued, and parses their IDs by their grammars.
import { describe, expect, it } from 'vitest';
import { normalizeId } from '../../src/core/frameworks/ids.ts';
import { frameworkInfo, resolveFrameworkLabel } from '../../src/core/frameworks/registry.ts';

describe('registry: the new frameworks', () => {
  it.each([
    ['NIST CSF', 'nist-csf-2.0'], ['CSF 2.0', 'nist-csf-2.0'], ['**NIST Cybersecurity Framework 2.0**', 'nist-csf-2.0'],
    ['NIST 800-171', 'nist-800-171-r3'], ['NIST SP 800-171 Rev 3', 'nist-800-171-r3'],
    ['FedRAMP', 'fedramp-rev5'], ['FedRAMP Moderate', 'fedramp-rev5'],
    ['HIPAA', 'hipaa-security-rule'], ['45 CFR 164.312(b)', 'hipaa-security-rule'],
  ])('%s -> %s, catalogued', (label, key) => {
    expect(resolveFrameworkLabel(label)).toEqual({ key, known: true });
    expect(frameworkInfo(key)?.catalogued).toBe(true);
  });

  it.each([
    ['NIST CSF 1.1', 'nist-csf-1'], ['NIST SP 800-171 Rev 2', 'nist-800-171-r2'], ['HIPAA Privacy Rule', 'hipaa-other'], ['FedRAMP 20x', 'fedramp-other'],
  ])('%s stays uncatalogued (%s)', (label, key) => {
    expect(resolveFrameworkLabel(label)).toEqual({ key, known: true });
    expect(frameworkInfo(key)?.catalogued).toBe(false);
  });

  it('parses IDs by the folder grammars; FedRAMP reads 800-53 IDs', () => {
    expect(normalizeId('nist-csf-2.0', 'PR.AC-1')).toBe('PR.AC-01');
    expect(normalizeId('nist-800-171-r3', '03.01.01.c.01')).toBe('03.01.01');
    expect(normalizeId('hipaa-security-rule', '45 CFR § 164.312 (a)(2)(iv)')).toBe('164.312(a)(2)(iv)');
    expect(normalizeId('fedramp-rev5', 'AC-02(01)')).toBe('AC-2(1)');
  });
});
