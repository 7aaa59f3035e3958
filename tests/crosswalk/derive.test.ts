import { describe, expect, it } from 'vitest';
import { CIS, ISO, NIST, relatedRequirements, ROLLUP, SOC2, type RelatedRequirement } from '../../src/index.ts';
import { catalogs, crosswalks } from './graph.ts';

const show = (r: RelatedRequirement): string => r.derivation === 'asserted'
  ? `${r.framework} ${r.id} asserted`
  : `${r.framework} ${r.id} ${r.strength} ${r.relationship}: ${r.path.map((s) => (s.crosswalk ? `-[${s.relationship} ${s.crosswalk}]-> ${s.id}` : s.id)).join(' ')}`;
const related = (...asserted: Array<[string, string]>): string[] =>
  relatedRequirements(asserted.map(([framework, id]) => ({ framework, id })), crosswalks, catalogs).map(show);

describe('crosswalk index', () => {
  it('reads an edge from either end, inverting the relationship walked backwards', () => {
    expect(crosswalks.edges(CIS, '1.2')).toEqual([{ crosswalk: 'cis-controls-v8__nist-800-53-r5', relationship: 'subset-of', reversed: false, framework: NIST, id: 'XA-2' }]);
    expect(crosswalks.edges(NIST, 'XA-2').map((e) => `${e.framework} ${e.id} ${e.relationship} ${e.reversed}`)).toEqual([
      'cis-controls-v8 1.2 superset-of true',
      'iso27001-2022 A.3 superset-of false',
    ]);
  });
});

describe('relatedRequirements on a small graph', () => {
  it('composes each chain and says meets only where every link allows it', () => {
    expect(related([CIS, '1.1'])).toEqual([
      'cis-controls-v8 1.1 asserted',
      'iso27001-2022 A.1 contributes-to intersects: 1.1 -[superset-of cis-controls-v8__nist-800-53-r5]-> XA-1 -[intersects nist-800-53-r5__iso27001-2022]-> A.1',
      'iso27001-2022 A.2 meets equal: 1.1 -[equal cis-controls-v8__iso27001-2022]-> A.2',
      'iso27001-2022 A.3 meets superset-of: 1.1 -[superset-of cis-controls-v8__nist-800-53-r5]-> XA-1 -[superset-of nist-800-53-r5__iso27001-2022]-> A.3',
      'nist-800-53-r5 XA-1 meets superset-of: 1.1 -[superset-of cis-controls-v8__nist-800-53-r5]-> XA-1',
      'soc2-tsc-2017 C1 contributes-to unspecified: 1.1 -[superset-of cis-controls-v8__nist-800-53-r5]-> XA-1 -[unspecified soc2-tsc-2017__nist-800-53-r5]-> C1',
    ]);
  });

  it('keeps a chain no stronger than its weakest link', () => {
    // 1.2 is inside XA-2 and XA-2 contains A.3: both sit inside XA-2, so nothing follows for A.3.
    expect(related([CIS, '1.2'])).toContain('iso27001-2022 A.3 contributes-to unspecified: 1.2 -[subset-of cis-controls-v8__nist-800-53-r5]-> XA-2 -[superset-of nist-800-53-r5__iso27001-2022]-> A.3');
    expect(related([CIS, '1.2'])).toContain('nist-800-53-r5 XA-2 contributes-to subset-of: 1.2 -[subset-of cis-controls-v8__nist-800-53-r5]-> XA-2');
  });

  it('picks the strongest of several chains to one requirement, whatever the order of the claims', () => {
    const a3 = (claims: Array<[string, string]>): string | undefined => related(...claims).find((line) => line.startsWith('iso27001-2022 A.3'));
    expect(a3([[CIS, '1.2'], [CIS, '1.1']])).toMatch(/^iso27001-2022 A.3 meets superset-of: 1.1 /);
    expect(a3([[CIS, '1.1'], [CIS, '1.2']])).toMatch(/^iso27001-2022 A.3 meets superset-of: 1.1 /);
  });

  it('rolls an enhancement up to its base as a contributing hop, visible in the path', () => {
    expect(related([NIST, 'XA-1(1)'])).toEqual([
      'iso27001-2022 A.1 contributes-to unspecified: XA-1(1) -[subset-of nist-800-53-r5:enhancement-to-base]-> XA-1 -[intersects nist-800-53-r5__iso27001-2022]-> A.1',
      'iso27001-2022 A.3 contributes-to unspecified: XA-1(1) -[subset-of nist-800-53-r5:enhancement-to-base]-> XA-1 -[superset-of nist-800-53-r5__iso27001-2022]-> A.3',
      'nist-800-53-r5 XA-1 contributes-to subset-of: XA-1(1) -[subset-of nist-800-53-r5:enhancement-to-base]-> XA-1',
      'nist-800-53-r5 XA-1(1) asserted',
      'soc2-tsc-2017 C1 contributes-to unspecified: XA-1(1) -[subset-of nist-800-53-r5:enhancement-to-base]-> XA-1 -[unspecified soc2-tsc-2017__nist-800-53-r5]-> C1',
    ]);
    const base = relatedRequirements([{ framework: NIST, id: 'XA-1(1)' }], crosswalks, catalogs).find((r) => r.id === 'XA-1');
    expect(base).toMatchObject({ rolledUp: true, crosswalks: [ROLLUP], via: [{ framework: NIST, id: 'XA-1(1)' }] });
  });

  it('lists an asserted requirement as asserted even when a chain also reaches it', () => {
    expect(related([CIS, '1.1'], [ISO, 'A.2'], [SOC2, 'C1'])).toEqual(expect.arrayContaining(['iso27001-2022 A.2 asserted', 'soc2-tsc-2017 C1 asserted']));
  });

  it('lists every step of every path, so no chain dead-ends', () => {
    for (const claims of [[[NIST, 'XA-1(1)']], [[CIS, '1.1'], [CIS, '1.2']]] as Array<Array<[string, string]>>) {
      const result = relatedRequirements(claims.map(([framework, id]) => ({ framework, id })), crosswalks, catalogs);
      const listed = new Set(result.map((r) => `${r.framework} ${r.id}`));
      for (const r of result) for (const step of r.path) expect(listed.has(`${step.framework} ${step.id}`), `${show(r)}: ${step.id}`).toBe(true);
    }
  });
});
