// HIPAA citations as guides write them, and derivation from a direct CSF 2.0 citation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeGuide, DEFAULT_CHECK_OPTIONS, relatedRequirements } from '../../src/index.ts';
import { loadReferenceData } from '../../src/node.ts';

const reference = loadReferenceData();
const bytes = readFileSync(new URL('../fixtures/frameworks-data/hipaa-cfr-csf.md', import.meta.url));
const { parsed: { guide }, diagnostics } = analyzeGuide(bytes, 'hipaa-cfr-csf.md', reference, DEFAULT_CHECK_OPTIONS);
const control = guide.controls[0];

describe('HIPAA citations', () => {
  it('reads the CFR citation of a label (`| 45 CFR 164.312(b) | Audit controls |`) as the ID, and the cell as its description', () => {
    const cited = control?.mappings.filter((m) => m.framework === 'hipaa-security-rule').map((m) => [m.id, `${m.position.start.line}:${m.position.start.column}`]);
    expect(cited).toEqual([['164.312(b)', '22:3'], ['164.312(a)(1)', '23:11']]);
    expect(control?.unparsedMappings).toEqual([]);
  });

  it('accepts the CFR paragraph of a standard (164.312(a)(1) for 164.312(a), a cfr: tag derived by rule)', () => {
    expect(diagnostics.filter((d) => d.ruleId.startsWith('hipaa-')).map((d) => d.message)).toEqual([]);
    expect(reference.catalogs.get('hipaa-security-rule')?.aliases?.get('164.312(a)(1)')).toBe('164.312(a)');
  });

  it('still reports an ID that is neither an entry nor a CFR paragraph of one', () => {
    const wrong = analyzeGuide(Buffer.from(bytes.toString('utf8').replace('164.312(a)(1)', '164.312(a)(9)')), 'x.md', reference, DEFAULT_CHECK_OPTIONS);
    expect(wrong.diagnostics.filter((d) => d.ruleId === 'hipaa-id-unknown').map((d) => d.actual)).toEqual(['164.312(a)(9)']);
  });
});

describe('derivation from a direct CSF 2.0 citation', () => {
  const related = relatedRequirements([{ framework: 'nist-csf-2.0', id: 'PR.AA-01' }], reference.crosswalks, reference.catalogs);

  it('reaches 800-53 through the CSF crosswalk, untyped: contributes to, never meets', () => {
    const ac2 = related.find((r) => r.framework === 'nist-800-53-r5' && r.id === 'AC-2');
    expect(ac2).toMatchObject({ derivation: 'derived', relationship: 'unspecified', strength: 'contributes-to', crosswalks: ['nist-csf-2.0__nist-800-53-r5'] });
    expect(related.filter((r) => r.framework === 'nist-800-53-r5').every((r) => r.strength === 'contributes-to')).toBe(true);
  });

  it('goes no further than 800-53: no SOC 2, ISO or HIPAA requirement and no way back into CSF', () => {
    expect([...new Set(related.map((r) => r.framework))]).toEqual(['nist-800-53-r5', 'nist-csf-2.0']);
    expect(related.filter((r) => r.framework === 'nist-csf-2.0').map((r) => r.id)).toEqual(['PR.AA-01']);
  });
});
