// A small synthetic reference: three NIST entries (one enhancement), two CIS safeguards, two SOC 2
// criteria and three ISO controls, with crosswalks of every relationship type.
import { buildCatalogs, buildCrosswalks, type CatalogFiles, type CrosswalkFile, type Relationship } from '../../src/index.ts';

const head = { title: 't', version: '1' };

export const catalogs = buildCatalogs({
  nist: { ...head, families: { X: 'Family X' }, controls: [
    { id: 'XA-1', title: 'One', family: 'X', parent: null, withdrawn: false },
    { id: 'XA-1(1)', title: 'One, enhanced', family: 'X', parent: 'XA-1', withdrawn: false },
    { id: 'XA-2', title: 'Two', family: 'X', parent: null, withdrawn: false },
  ] },
  cis: { ...head, controls: [{ id: '1', title: 'Control one' }], safeguards: [
    { id: '1.1', control: '1', title: 'a', implementationGroups: [1] },
    { id: '1.2', control: '1', title: 'b', implementationGroups: [2] },
  ] },
  soc2: { ...head, categories: [{ id: 'CC', title: 'Common' }], criteria: [{ id: 'C1', category: 'CC' }, { id: 'C2', category: 'CC' }] },
  iso: { ...head, themes: [{ id: 'A', title: 'Theme' }], controls: [{ id: 'A.1', theme: 'A', title: 'a1' }, { id: 'A.2', theme: 'A', title: 'a2' }, { id: 'A.3', theme: 'A', title: 'a3' }] },
  pci: { ...head, principalRequirements: [{ id: '1', title: 'p' }], requirements: [] },
} satisfies CatalogFiles);

export function file(from: string, to: string, edges: Array<[string, string, Relationship]>): CrosswalkFile {
  return {
    id: `${from}__${to}`, from, to, title: `${from} to ${to}`, license: 'test',
    relationships: { vocabulary: 'test', terms: {}, citation: 'test' }, unmappedFrom: [],
    edges: edges.map(([a, b, relationship]) => ({ from: a, to: b, relationship })),
  };
}

export const crosswalks = buildCrosswalks([
  file('cis-controls-v8', 'nist-800-53-r5', [['1.1', 'XA-1', 'superset-of'], ['1.2', 'XA-2', 'subset-of']]),
  file('nist-800-53-r5', 'iso27001-2022', [['XA-1', 'A.1', 'intersects'], ['XA-1', 'A.3', 'superset-of'], ['XA-2', 'A.3', 'superset-of']]),
  file('soc2-tsc-2017', 'nist-800-53-r5', [['C1', 'XA-1', 'unspecified']]),
  file('cis-controls-v8', 'iso27001-2022', [['1.1', 'A.2', 'equal']]),
]);
