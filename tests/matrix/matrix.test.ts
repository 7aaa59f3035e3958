import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baselineCoverage, cisGroupCoverage, guideMatrix, levelCoverage, mappingRows, nistFamilyCoverage, parseGuide, requirementIndex } from '../../src/index.ts';
import { loadReferenceData } from '../../src/node.ts';

const reference = loadReferenceData();
const guide = parseGuide(readFileSync(new URL('../fixtures/base-guide.md', import.meta.url)), 'example.md').guide;
const rows = mappingRows([guide], reference, { contentCommit: null });

describe('matrices', () => {
  it('indexes every guide control under each requirement, asserted before derived', () => {
    const index = requirementIndex(rows);
    expect(index.get('nist-800-53-r5')?.get('IA-2(1)')).toEqual([{ guide: 'example', controlNumber: '1.1', controlTitle: 'Enforce Multi-Factor Authentication', controlAnchor: '11-enforce-multi-factor-authentication', level: 'L1', derivation: 'asserted', via: '', relationship: '', strength: '', path: '', hops: [] }]);
    const cc72 = index.get('soc2-tsc-2017')?.get('CC7.2') ?? [];
    expect(cc72.map((entry) => [entry.controlNumber, entry.derivation, entry.strength, entry.relationship])).toEqual([['2.1', 'derived', 'contributes-to', 'unspecified']]);
  });

  it('builds the per-guide quick-reference matrix', () => {
    const matrix = guideMatrix(rows, 'example');
    expect(matrix.controls.map((control) => control.number)).toEqual(['1.1', '1.2', '2.1']);
    expect(matrix.controls[0]?.cells['nist-800-53-r5']).toEqual([{ id: 'IA-2', derivation: 'asserted' }, { id: 'IA-2(1)', derivation: 'asserted' }]);
    expect(matrix.frameworks.map((f) => f.key)).toContain('iso27001-2022');
  });

  it('counts NIST family, baseline, CIS group and level coverage against the catalogs', () => {
    const families = nistFamilyCoverage(rows, reference.catalogs);
    expect(families.families).toHaveLength(20);
    expect(families.cells['example']?.['IA']).toMatchObject({ covered: 2, asserted: 2, ids: ['IA-2', 'IA-2(1)'] });
    expect(families.cells['*']?.['AU']?.covered).toBeGreaterThanOrEqual(2);
    const baselines = baselineCoverage(rows, reference.catalogs);
    expect(baselines.map((b) => [b.framework, b.baseline, b.label, b.total])).toEqual([
      ['nist-800-53-r5', 'low', 'LOW', 149], ['nist-800-53-r5', 'moderate', 'MODERATE', 287], ['nist-800-53-r5', 'high', 'HIGH', 370],
      ['fedramp-rev5', 'fedramp-low', 'FedRAMP Rev 5 Low', 156], ['fedramp-rev5', 'fedramp-moderate', 'FedRAMP Rev 5 Moderate', 323],
      ['fedramp-rev5', 'fedramp-high', 'FedRAMP Rev 5 High', 410], ['fedramp-rev5', 'fedramp-li-saas', 'FedRAMP Rev 5 Tailored LI-SaaS', 156],
    ]);
    // FedRAMP selects 800-53 IDs: the guide's NIST rows cover them.
    expect(baselines[3]?.uncovered).not.toContain('IA-2');
    expect(baselines[3]?.covered).toBe(baselines[0]?.covered);
    expect(baselines[0]?.uncovered).not.toContain('IA-2');
    expect(baselines[0]?.uncovered).toContain('AC-1');
    expect(cisGroupCoverage(rows, reference.catalogs).map((g) => [g.group, g.total, g.covered])).toEqual([['ig1', 56, 3], ['ig2', 130, 3], ['ig3', 153, 3]]);
    expect(levelCoverage(rows, guide.controls.map((c) => ({ guide: 'example', level: c.level?.level ?? '' })))).toEqual([
      { level: 'L1', controls: 1, mappings: rows.filter((r) => r.level === 'L1').length },
      { level: 'L2', controls: 1, mappings: rows.filter((r) => r.level === 'L2').length },
      { level: 'L3', controls: 1, mappings: rows.filter((r) => r.level === 'L3').length },
    ]);
  });
});
