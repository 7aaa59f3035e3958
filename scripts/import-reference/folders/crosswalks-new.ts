// Crosswalks of the new frameworks to SP 800-53 Rev 5, in the existing crosswalk file format.
import type { RelationshipSource } from '../../../src/core/model/crosswalk.ts';
import { buildCrosswalk, type Row } from '../crosswalk.ts';
import type { NistCatalog } from '../nist.ts';
import type { Artifact, CatalogIndex, Input, Warn } from '../types.ts';
import type { FolderSpec } from './folder.ts';

/** The endpoints a crosswalk may name: every entry; mappable = active entries at the given levels. */
export function folderIndex(folder: FolderSpec, levels: string[]): CatalogIndex {
  const entries = folder.catalog.entries;
  return { key: folder.meta.id, ids: new Set(entries.map((e) => e.id)), mappable: entries.filter((e) => !e.withdrawn && levels.includes(e.level)).map((e) => e.id) };
}

function target(nist: NistCatalog, label: string, context: string, warn: Warn): { to: string; flags: string[] } {
  if (!nist.ids.has(label)) warn(`${context}: ${label} is not in the 800-53 catalog`);
  if (nist.withdrawn.has(label)) {
    warn(`${context}: cites ${label}, which is withdrawn in SP 800-53 Rev 5; edge kept and flagged targetWithdrawnIn80053`);
    return { to: label, flags: ['targetWithdrawnIn80053'] };
  }
  return { to: label, flags: [] };
}

const untyped = (vocabulary: string, citation: string): RelationshipSource => ({ vocabulary, terms: { '(untyped)': 'unspecified' }, citation });

type CsfPair = { csfId: string; nist80053Label: string; nist80053Published: string; inRev511: boolean; inRev520: boolean };

export function buildCsfToNist(input: Input, csf: FolderSpec, nist: NistCatalog, warn: Warn): Artifact {
  const src = input.data as { mappings: CsfPair[] };
  const rows: Row[] = src.mappings.map((m) => {
    const { to, flags } = target(nist, m.nist80053Label, `CSF→NIST ${m.csfId}`, warn);
    const release = m.inRev511 && m.inRev520 ? [] : [m.inRev511 ? 'onlyInRev5.1.1References' : 'onlyInRev5.2.0References'];
    return { from: m.csfId, to, relationship: 'unspecified', sourceRelationship: null, published: m.nist80053Published, flags: [...flags, ...release] };
  });
  const levelOf = new Map(csf.catalog.entries.map((e) => [e.id, e.level]));
  const notSub = [...new Set(src.mappings.map((m) => m.csfId).filter((id) => levelOf.get(id) !== 'subcategory'))];
  const notes = `IDs only. ${notSub.length ? `Besides subcategories, the references start from ${notSub.length} categor${notSub.length === 1 ? 'y' : 'ies'} (${notSub.join(', ')}). ` : ''}NIST CSF 2.0 informative references to SP 800-53 (Reference Tool lines "SP 800-53 Rev 5.1.1: XX-nn" and "Rev 5.2.0: XX-nn", merged; the 5.2.0 set equals the OLIR concept crosswalk 186 pair for pair). sourceFlags marks pairs in only one release, and DE.AE-06 -> RA-4, which cites a withdrawn control. The 3 family-level references (GV.OC-03 -> PT, PR.IR-03 -> CP, IR) name no control and are not edges.`;
  return buildCrosswalk({
    from: folderIndex(csf, ['subcategory']), to: nist,
    title: 'NIST CSF 2.0 to NIST SP 800-53 Rev 5 (NIST informative references, CSF 2.0 Reference Tool / OLIR 186)',
    license: 'NIST informative references: public domain (U.S. Government work). Identifier pairs only.',
    relationships: untyped('none: informative references and a concept crosswalk, untyped (OLIR 186 strength and comment columns are empty)', 'CSF 2.0 Reference Tool csf2.xlsx, "Informative References"; OLIR 186 concept crosswalk (no relationship column)'),
    notes, sources: [input.ref], rows,
    note: {
      heading: 'Crosswalk: NIST CSF 2.0 → NIST SP 800-53 Rev 5',
      what: ['NIST\'s own CSF 2.0 informative references to SP 800-53 Rev 5 (5.1.1 and 5.2.0 lists merged).', notes],
      terms: ['U.S. Government work (NIST), public domain in the U.S.; CC0 1.0 worldwide. The re-hosting repository (degenaro/example-mapping, Apache-2.0) does not restrict NIST content.'],
      gaps: [
        '**Untyped**: NIST publishes no relationship type for these references, so every edge is `unspecified` (meeting one side only contributes to the other).',
        'DE.AE-06 -> RA-4: the 5.2.0 list cites RA-4, withdrawn in SP 800-53 Rev 5 (incorporated into RA-3); the 5.1.1 list has DE.AE-06 -> RA-3. Both edges are kept; RA-4 is flagged `targetWithdrawnIn80053` and reported in the import log.',
        'The Reference Tool export calls itself "user generated" rather than an official NIST publication; the final OLIR 186 release was not reachable.',
      ],
    },
  }, warn);
}

type Sp171Pair = { nist800171r3Id: string; nist80053Label: string; nist80053Published: string };

export function buildSp171ToNist(input: Input, sp171: FolderSpec, nist: NistCatalog, warn: Warn): Artifact {
  const src = input.data as { mappings: Sp171Pair[] };
  const rows: Row[] = src.mappings.map((m) => {
    const { to, flags } = target(nist, m.nist80053Label, `800-171→NIST ${m.nist800171r3Id}`, warn);
    return { from: m.nist800171r3Id, to, relationship: 'intersects', sourceRelationship: 'source control', published: m.nist80053Published, flags };
  });
  const notes = 'IDs only. Each edge is a source control the requirement cites in the OSCAL catalog itself (link rel="reference" to a back-matter resource whose rlink is a CPRT SP_800_53_5_1_1 element). Targets are SP 800-53 Release 5.1.1 IDs.';
  return buildCrosswalk({
    from: folderIndex(sp171, ['requirement']), to: nist,
    title: 'NIST SP 800-171 Rev 3 to NIST SP 800-53 Rev 5 (source controls cited by the catalog)',
    license: 'NIST SP 800-171 Rev 3: public domain (U.S. Government work). Identifier pairs only.',
    relationships: {
      vocabulary: 'SP 800-171 Rev 3 "source controls": the 800-53 Rev 5 controls each requirement was tailored from',
      terms: { 'source control': 'intersects' },
      citation: 'SP 800-171r3 OSCAL catalog: link rel="reference" to CPRT SP_800_53_5_1_1 elements; SP 800-171r3 Appendix C (tailoring)',
    },
    notes, sources: [input.ref], rows,
    note: {
      heading: 'Crosswalk: NIST SP 800-171 Rev 3 → NIST SP 800-53 Rev 5',
      what: [notes],
      terms: ['U.S. Government work (NIST), public domain in the U.S.; CC0 1.0 worldwide.'],
      gaps: [
        'Direction as defined by: SP 800-171 Rev 3 describes its requirements as derived from SP 800-53 Rev 5 (moderate baseline) source controls by tailoring (§1, Appendix C); the catalog links each requirement to those controls (link rel="reference" to CPRT SP_800_53_5_1_1 elements).',
        'Why `intersects`: a requirement is *derived from* its source controls, so each pair shares content, an overlap. Containment is not stated per pair: a requirement with several source controls (03.01.01 from AC-2, AC-2(3), AC-2(5), AC-2(13)) holds content outside any single one, and tailoring removes parts of each. `subset-of` would hold only against the union, which an edge cannot express.',
        'AU-9(4) and SC-28 are each cited by two requirements.',
      ],
    },
  }, warn);
}

type HipaaPair = { hipaaElementId: string; hipaaElementKind: string; nist80053Label: string; sourceNodeMatchedByOrder?: boolean };

export function buildHipaaToNist(input: Input, hipaa: FolderSpec, nist: NistCatalog, warn: Warn): Artifact {
  const src = input.data as { mappings: HipaaPair[] };
  const rows: Row[] = src.mappings.map((m) => {
    const { to, flags } = target(nist, m.nist80053Label, `HIPAA→NIST ${m.hipaaElementId}`, warn);
    return { from: m.hipaaElementId, to, relationship: 'unspecified', sourceRelationship: 'intersect', flags: [...flags, ...(m.sourceNodeMatchedByOrder ? ['sourceNodeMatchedByOrder'] : [])] };
  });
  const notes = 'IDs only. NIST CPRT mapping of SP 800-66 Rev 2 key activities (KA_...) and implementation specifications to SP 800-53 Rev 5, converted by intuitem; node numbers resolved to CPRT element IDs. 8 rows whose source node was matched by document order are flagged sourceNodeMatchedByOrder.';
  return buildCrosswalk({
    from: folderIndex(hipaa, ['key-activity', 'implementation-specification']), to: nist,
    title: 'HIPAA Security Rule (SP 800-66 Rev 2) to NIST SP 800-53 Rev 5 (NIST CPRT, via intuitem)',
    license: 'NIST CPRT mapping: public domain (U.S. Government work); HIPAA is federal regulation. Identifier pairs only.',
    relationships: { vocabulary: 'none published: intuitem wrote every row "intersect", its converter default', terms: { intersect: 'unspecified' }, citation: 'intuitem mapping-nist-sp-800-66-rev2-to-nist-sp-800-53-rev5.yaml ("Based on NIST CPRT"); CPRT types nothing' },
    notes, sources: [input.ref], rows,
    note: {
      heading: 'Crosswalk: HIPAA Security Rule (SP 800-66 Rev 2) → NIST SP 800-53 Rev 5',
      what: [notes],
      terms: ['Mapping content: U.S. Government work (NIST CPRT), public domain; conversion by intuitem (AGPL-3.0 repository), of which only identifier pairs are reproduced.'],
      gaps: [
        '**Untyped**: "intersect" is intuitem\'s default, not a NIST statement (unlike OLIR #155, where every published type implies overlap), so the edges are `unspecified`.',
        'unmappedFrom lists key activities and implementation specifications without an edge (standards are not endpoints).',
      ],
    },
  }, warn);
}
