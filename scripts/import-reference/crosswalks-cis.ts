import type { Relationship } from '../../src/core/model/relationship.ts';
import type { RelationshipSource } from '../../src/core/model/crosswalk.ts';
import { CIS_LICENSE, CIS_TERMS } from './cis.ts';
import { buildCrosswalk, checkUnmapped, type Row } from './crosswalk.ts';
import { uniqueNatural } from './natural.ts';
import type { NistCatalog } from './nist.ts';
import type { Artifact, CatalogIndex, Input, Warn } from './types.ts';

type CisRow = {
  cisSafeguard: string;
  relationship: string | null;
  duplicateRowInSource?: boolean;
  sourceRowTitleMatchesSafeguard?: string;
};
type CisToNist = { mappings: (CisRow & { nist80053Label: string; nist80053Id: string })[]; unmappedSafeguards: string[] };
type CisToIso = { mappings: (CisRow & { iso27001Id: string; iso27001AsPublished: string })[]; unmappedSafeguards: string[] };

// CIS states each relationship from the safeguard's point of view: "1.1 Subset CM-8" says the
// safeguard's scope is contained in CM-8's. CIS's own OSCAL serialization of this mapping writes
// exactly that (`cis-1.1 subset-of cm-8`, `cis-1.1 superset-of cm-8.1`). A blank cell is kept as
// "unspecified" (and flagged) rather than guessed.
const CIS_TERMS_TYPED: Record<string, Relationship> = { Subset: 'subset-of', Superset: 'superset-of', Equivalent: 'equal' };

export const CIS_RELATIONSHIPS: RelationshipSource = {
  vocabulary: "CIS Subset / Superset / Equivalent, from the safeguard's point of view; blank kept as unspecified",
  terms: { ...CIS_TERMS_TYPED, '(blank)': 'unspecified' },
  citation: 'CISecurity/CISControls_OSCAL src/mappings/SP_800_53MOD_CISControlsv8_Mapping.xml (CIS serialization)',
};

function relationshipOf(row: CisRow, warn: Warn): Relationship {
  if (!row.relationship) return 'unspecified';
  const typed = CIS_TERMS_TYPED[row.relationship];
  if (!typed) warn(`CIS ${row.cisSafeguard}: relationship "${row.relationship}" is not Subset, Superset or Equivalent; kept as unspecified`);
  return typed ?? 'unspecified';
}

function flagsOf(row: CisRow): string[] {
  const flags: string[] = [];
  if (row.duplicateRowInSource) flags.push('duplicateRowInSource');
  if (row.sourceRowTitleMatchesSafeguard) flags.push(`sourceRowTitleMatchesSafeguard:${row.sourceRowTitleMatchesSafeguard}`);
  if (!row.relationship) flags.push('relationshipBlankInSource');
  return flags;
}

function withFlags(row: Row, flags: string[]): Row {
  return flags.length ? { ...row, flags } : row;
}

export function buildCisToNist(input: Input, cis: CatalogIndex, nist: NistCatalog, warn: Warn): Artifact {
  const src = input.data as CisToNist;
  const notes = cisNistNotes(src.mappings);
  const rows = src.mappings.map((m) => {
    const label = nist.labelByOscalId.get(m.nist80053Id);
    if (label !== m.nist80053Label) warn(`CIS→NIST ${m.cisSafeguard}: ${m.nist80053Label} vs OSCAL id ${m.nist80053Id}`);
    if (nist.withdrawn.has(m.nist80053Label)) warn(`CIS→NIST ${m.cisSafeguard}: ${m.nist80053Label} is withdrawn`);
    return withFlags({ from: m.cisSafeguard, to: m.nist80053Label, relationship: relationshipOf(m, warn), sourceRelationship: m.relationship }, flagsOf(m));
  });
  const artifact = buildCrosswalk(
    {
      from: cis,
      to: nist,
      title: 'CIS Controls v8 safeguards to NIST SP 800-53 Rev 5 (CIS mapping, Moderate and Low baselines, Jan 2023)',
      license: CIS_LICENSE,
      relationships: CIS_RELATIONSHIPS,
      notes,
      sources: [input.ref],
      rows,
      note: {
        heading: 'Crosswalk: CIS Controls v8 → NIST SP 800-53 Rev 5',
        what: [
          'CIS’s own mapping of v8 safeguards to SP 800-53 Rev 5 controls and enhancements, from the workbook "CIS_Controls_v8_Mapping_to_NIST_SP_800_53_Rev_5_Moderate_and_Low_Base.xlsx" (last updated January 2023). Relationship is CIS’s Subset/Superset/Equivalent from the safeguard’s point of view, typed as subset-of/superset-of/equal (“1.1 Subset CM-8”: the safeguard’s scope is contained in CM-8’s; CIS’s own OSCAL serialization of the mapping, CISecurity/CISControls_OSCAL `src/mappings/SP_800_53MOD_CISControlsv8_Mapping.xml`, writes it `cis-1.1 subset-of cm-8`).',
          notes,
        ],
        terms: CIS_TERMS,
        gaps: [
          'The workbook covers the Moderate and Low baselines only; HIGH-only and non-baseline controls are largely absent.',
          'Maps CIS v8.0; no v8.1 mapping was available as data.',
          'Rows for 15.2–15.5 are ambiguous (see sourceFlags); review before relying on them.',
        ],
      },
    },
    warn,
  );
  checkUnmapped(artifact, src.unmappedSafeguards, 'CIS→NIST', warn);
  return artifact;
}

export function buildCisToIso(input: Input, cis: CatalogIndex, iso: CatalogIndex, warn: Warn): Artifact {
  const src = input.data as CisToIso;
  const rows = src.mappings.map((m) =>
    withFlags(
      { from: m.cisSafeguard, to: m.iso27001Id, relationship: relationshipOf(m, warn), sourceRelationship: m.relationship, published: m.iso27001AsPublished },
      flagsOf(m),
    ),
  );
  const artifact = buildCrosswalk(
    {
      from: cis,
      to: iso,
      title: 'CIS Controls v8 safeguards to ISO/IEC 27001:2022 Annex A (CIS mapping, Jan 2023)',
      license: CIS_LICENSE,
      relationships: CIS_RELATIONSHIPS,
      notes: CIS_ISO_NOTES,
      sources: [input.ref],
      rows,
      note: {
        heading: 'Crosswalk: CIS Controls v8 → ISO/IEC 27001:2022',
        what: [
          'CIS’s own mapping of v8 safeguards to ISO/IEC 27001:2022 Annex A controls, from the workbook "CIS_Controls_v8_NEW_MAPPING_to_ISO.IEC_27001.2022_2_2023.xlsx" (January 2023). Relationship is CIS’s Subset/Superset/Equivalent from the safeguard’s point of view, typed as subset-of/superset-of/equal, read as in CIS’s NIST mapping.',
          CIS_ISO_NOTES,
        ],
        terms: [...CIS_TERMS, 'ISO/IEC 27001:2022 is © ISO/IEC: only its control identifiers appear here.'],
        gaps: ['Maps CIS v8.0 only; no v8.1 mapping was available as data.', 'Annex A controls only; no clause mappings.'],
      },
    },
    warn,
  );
  checkUnmapped(artifact, src.unmappedSafeguards, 'CIS→ISO', warn);
  return artifact;
}

// Built from the rows so the note cannot drift from the data it describes.
function cisNistNotes(rows: CisToNist['mappings']): string {
  const titleFlagged = rows.filter((r) => r.sourceRowTitleMatchesSafeguard);
  const ids = uniqueNatural(titleFlagged.map((r) => r.cisSafeguard));
  const blank = rows.filter((r) => !r.relationship).map((r) => `${r.cisSafeguard} -> ${r.nist80053Label}`);
  return (
    `IDs only. Known source defect: ${titleFlagged.length} rows (IDs ${ids.join(', ')}) carry the title and ` +
    'description of the next safeguard; the ID, IG, asset and function columns agree with the published ID, so ' +
    'the ID was kept and the edge is listed in sourceFlags (sourceRowTitleMatchesSafeguard). Duplicate rows ' +
    'flagged by the source (duplicateRowInSource) were merged. ' +
    `Rows with a blank relationship, kept as "unspecified": ${blank.join(', ') || 'none'}.`
  );
}

const CIS_ISO_NOTES =
  'IDs only. ISO IDs normalised from the workbook form "A5.9" to "A.5.9"; sourceRef keeps the published form. ' +
  'Duplicate rows flagged by the source (duplicateRowInSource) were merged.';
