import type { RelationshipSource } from '../../src/core/model/crosswalk.ts';
import { buildCrosswalk, checkUnmapped } from './crosswalk.ts';
import { ISO_TERMS } from './iso.ts';
import type { NistCatalog } from './nist.ts';
import { SOC2_LICENSE, SOC2_TERMS } from './soc2.ts';
import type { Artifact, CatalogIndex, Input, Warn } from './types.ts';

type Soc2ToNist = {
  mappings: { tsc: string; nist80053Reference: string; nist80053Id: string }[];
  counts: { criteriaMarkedNone: string[] };
};
type NistToIso = { mappings: { nist80053Id: string; nist80053Label: string; iso27001Id: string }[] };

// The AICPA sheet cites statement items ("PS-6a"); the edge targets the control
// and keeps the citation in sourceRef.
function nistLabel(nist: NistCatalog, oscalId: string, context: string, warn: Warn): string {
  const label = nist.labelByOscalId.get(oscalId);
  if (!label) {
    warn(`${context}: OSCAL id ${oscalId} not in the NIST catalog`);
    return oscalId.toUpperCase();
  }
  if (nist.withdrawn.has(label)) warn(`${context}: ${label} is withdrawn`);
  return label;
}

export function buildSoc2ToNist(input: Input, soc2: CatalogIndex, nist: NistCatalog, warn: Warn): Artifact {
  const src = input.data as Soc2ToNist;
  const rows = src.mappings.map((m) => ({
    from: m.tsc,
    to: nistLabel(nist, m.nist80053Id, `SOC2→NIST ${m.tsc}`, warn),
    relationship: 'unspecified' as const,
    sourceRelationship: null,
    published: m.nist80053Reference,
  }));
  const artifact = buildCrosswalk(
    {
      from: soc2,
      to: nist,
      title: 'AICPA Trust Services Criteria 2017 to NIST SP 800-53 Rev 5 (AICPA "NIST 800-53 as Points of Focus")',
      license: SOC2_LICENSE,
      relationships: SOC2_RELATIONSHIPS,
      notes: SOC2_NOTES,
      sources: [input.ref],
      rows,
      note: {
        heading: 'Crosswalk: SOC 2 (TSC 2017) → NIST SP 800-53 Rev 5',
        what: [
          'The official AICPA mapping "NIST 800-53 as Points of Focus" (TSC 2017 with 2022 points of focus → SP 800-53 Rev 5), from the workbook `tsc_to_nist_800-53.xlsx`, sheet "NIST 800-53 as Points of Focus".',
          SOC2_NOTES,
        ],
        terms: SOC2_TERMS,
        gaps: [
          'The AICPA sheet presents 800-53 requirements as additional points of focus; it has no relationship types, hence "unspecified" throughout (meeting one side only contributes to the other).',
          'No criterion or control text (copyright / size).',
        ],
      },
    },
    warn,
  );
  checkUnmapped(artifact, src.counts.criteriaMarkedNone, 'SOC2→NIST', warn);
  return artifact;
}

export function buildNistToIso(input: Input, nist: NistCatalog, iso: CatalogIndex, warn: Warn): Artifact {
  const src = input.data as NistToIso;
  const rows = src.mappings.map((m) => {
    const label = nistLabel(nist, m.nist80053Id, `NIST→ISO ${m.iso27001Id}`, warn);
    if (label !== m.nist80053Label) warn(`NIST→ISO: label ${m.nist80053Label} vs OSCAL id ${m.nist80053Id}`);
    return { from: label, to: m.iso27001Id, relationship: 'intersects' as const, sourceRelationship: 'intersect' };
  });
  return buildCrosswalk(
    {
      from: nist,
      to: iso,
      title: 'NIST SP 800-53 Rev 5 to ISO/IEC 27001:2022 (NIST OLIR #155, via intuitem)',
      license: 'NIST OLIR mapping: public domain. ISO/IEC identifiers only. Identifier pairs only.',
      relationships: OLIR_RELATIONSHIPS,
      notes: NIST_ISO_NOTES,
      sources: [input.ref],
      rows,
      note: {
        heading: 'Crosswalk: NIST SP 800-53 Rev 5 → ISO/IEC 27001:2022',
        what: [
          'NIST’s OLIR Informative Reference #155, "sp800-53r5-to-iso-27001-mapping-2022-OLIR-2023-10-12-UPDATED.xlsx" (focal document SP 800-53 r5.1.1), as converted by intuitem into ciso-assistant `mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml` (library v1, 2025-07-03).',
          NIST_ISO_NOTES,
        ],
        terms: [
          'Mapping content is a U.S. Government work (NIST, public domain in the U.S.). Only identifier pairs are reproduced.',
          ...ISO_TERMS,
        ],
        gaps: [
          '**OLIR relationship types were lost** in intuitem’s conversion (every row is "intersect"). The original NIST xlsx was not available. Every OLIR type listed for a pair (subset of, superset of, equal, intersects with) implies that the two overlap, so the edges are typed `intersects`, the weakest of them: neither side is known to contain the other.',
          'A third party counted 643 rows and 121 ISO elements in the original; this conversion has 642 and 120, so one row may be missing.',
          'unmappedFrom lists every active 800-53 ID without an edge; OLIR #155 covers only a subset of the catalog.',
        ],
      },
    },
    warn,
  );
}

// AICPA lists 800-53 controls as points of focus of a criterion and types nothing; a point of
// focus is a characteristic of the criterion, not a statement of scope, so nothing stronger than
// "unspecified" can be read into an edge.
const SOC2_RELATIONSHIPS: RelationshipSource = {
  vocabulary: 'none: AICPA presents 800-53 controls as points of focus of a criterion, untyped',
  terms: { '(points of focus)': 'unspecified' },
  citation: 'AICPA tsc_to_nist_800-53.xlsx, sheet "NIST 800-53 as Points of Focus" (no relationship column)',
};

// OLIR's types (NIST IR 8278A: subset of, superset of, equal, intersects with) each imply overlap;
// the conversion kept only "intersect", so that lower bound is all that survives.
const OLIR_RELATIONSHIPS: RelationshipSource = {
  vocabulary: 'OLIR #155 types lost in conversion; every pair written "intersect" by intuitem',
  terms: { intersect: 'intersects' },
  citation: 'intuitem mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml (converter default); OLIR #155 xlsx not obtained',
};

const SOC2_NOTES =
  'IDs only. to is the normalised NIST display ID; sourceRef lists the references as published (statement items ' +
  'such as PS-6a, or the control itself when both are cited) where they differ from to. Rows citing several ' +
  'items of one control are merged into one edge. Criteria the AICPA sheet marks "None" are in unmappedFrom.';

const NIST_ISO_NOTES =
  'IDs only. The intuitem conversion set every relationship to "intersect", so OLIR relationship types (subset, ' +
  'superset, equal, intersect, not related) are not available. ISO targets include management-system clauses ' +
  '(e.g. 5.2, 7.5.1) as well as Annex A controls.';
