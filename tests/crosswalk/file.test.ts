import { describe, expect, it } from 'vitest';
import { parseCrosswalkFile } from '../../src/index.ts';
import { readCrosswalkFiles } from '../../src/node.ts';
import { file } from './graph.ts';

describe('crosswalk files', () => {
  it('names the file and the field of a broken edge', () => {
    const broken = { ...file('a', 'b', [['1', '2', 'equal']]), edges: [{ from: '1', to: '2', relationship: 'subset' }] };
    expect(parseCrosswalkFile(broken, 'mappings/crosswalks/a__b.json')).toEqual({
      error: 'mappings/crosswalks/a__b.json: unexpected crosswalk at `edges[0].relationship`: Invalid option: expected one of "equal"|"superset-of"|"subset-of"|"intersects"|"unspecified"',
    });
    expect(parseCrosswalkFile({ ...broken, relationships: undefined, edges: [] }, 'x.json')).toEqual({ error: 'x.json: unexpected crosswalk at `relationships`: Invalid input: expected object, received undefined' });
  });

  it('loads every committed file whose ends are catalogued, the first four in their old order, every edge typed', () => {
    const counts = Object.fromEntries(readCrosswalkFiles().map((f) => [f.id, [...new Set(f.edges.map((e) => e.relationship))].sort().join(',')]));
    expect(counts).toEqual({
      'soc2-tsc-2017__nist-800-53-r5': 'unspecified',
      'cis-controls-v8__nist-800-53-r5': 'equal,subset-of,superset-of,unspecified',
      'nist-800-53-r5__iso27001-2022': 'intersects',
      'cis-controls-v8__iso27001-2022': 'equal,subset-of,superset-of',
      'hipaa-security-rule__nist-800-53-r5': 'unspecified',
      'nist-800-171-r3__nist-800-53-r5': 'intersects',
      'nist-csf-2.0__nist-800-53-r5': 'unspecified',
    });
    expect(Object.keys(counts).slice(0, 4)).toEqual(['soc2-tsc-2017__nist-800-53-r5', 'cis-controls-v8__nist-800-53-r5', 'nist-800-53-r5__iso27001-2022', 'cis-controls-v8__iso27001-2022']);
  });
});
