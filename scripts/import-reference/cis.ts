import { sortNatural } from './natural.ts';
import type { Artifact, CatalogIndex, Input, Warn } from './types.ts';

export const CIS_KEY = 'cis-controls-v8';

type SourceSafeguard = {
  id: string;
  control: string;
  title: string;
  assetType: string;
  securityFunction: string;
  implementationGroups: number[];
  sourceDisagreement?: Record<string, unknown>;
};
type SourceFile = {
  version: string;
  controls: { id: string; title: string }[];
  safeguards: SourceSafeguard[];
  counts: Record<string, number>;
};

export const CIS_LICENSE = 'CC BY-NC-ND 4.0, (c) Center for Internet Security, Inc. IDs, short titles and attributes only.';

export const CIS_TERMS = [
  'CIS Controls content © Center for Internet Security, Inc., licensed **CC BY-NC-ND 4.0** (https://creativecommons.org/licenses/by-nc-nd/4.0/legalcode). That allows non-commercial redistribution with credit and a link to the license, bars distributing modified material, and requires CIS’s prior approval for commercial use (the "License for Use" sheet in the CIS workbooks).',
  'Only IDs, short titles and classification attributes were extracted; no safeguard descriptions. The original CIS workbooks are not copied. A commercial product should get CIS approval or have users supply the workbook. Refer users to https://www.cisecurity.org/controls/.',
];

export function buildCisCatalog(input: Input, warn: Warn): CatalogIndex & { artifact: Artifact } {
  const src = input.data as SourceFile;
  const controls = sortNatural(src.controls, (c) => c.id).map((c) => ({ id: c.id, title: c.title }));
  const safeguards = sortNatural(src.safeguards, (s) => s.id).map(toSafeguard);
  const counts = countSafeguards(controls.length, safeguards);
  for (const key of ['controls', 'safeguards', 'ig1', 'ig2', 'ig3']) {
    if (counts[key] !== src.counts[key]) warn(`CIS count ${key}=${counts[key]}, source says ${src.counts[key]}`);
  }
  const notes = disagreementNote(src.safeguards);
  const json = {
    framework: CIS_KEY,
    title: 'CIS Critical Security Controls v8',
    version: src.version,
    license: CIS_LICENSE,
    provenance: { sources: [input.ref], notes },
    counts,
    controls,
    safeguards,
  };
  return {
    key: CIS_KEY,
    ids: new Set(safeguards.map((s) => s.id)),
    mappable: safeguards.map((s) => s.id),
    artifact: {
      file: `catalogs/${CIS_KEY}.json`,
      json,
      sources: [input.ref],
      counts,
      note: { ...NOTE, what: [...NOTE.what, notes] },
    },
  };
}

// Key order follows the documented output shape; the source's order differs.
function toSafeguard(s: SourceSafeguard) {
  return {
    id: s.id,
    control: s.control,
    title: s.title,
    implementationGroups: [...s.implementationGroups].sort((a, b) => a - b),
    assetType: s.assetType,
    securityFunction: s.securityFunction,
  };
}

function countSafeguards(controls: number, safeguards: ReturnType<typeof toSafeguard>[]): Record<string, number> {
  const ig = (n: number) => safeguards.filter((s) => s.implementationGroups.includes(n)).length;
  return { controls, safeguards: safeguards.length, ig1: ig(1), ig2: ig(2), ig3: ig(3) };
}

// Attribute disagreements between CIS's own sources are resolved upstream by
// majority vote; say which safeguards were affected so reviewers can look.
function disagreementNote(safeguards: SourceSafeguard[]): string {
  const items = sortNatural(
    safeguards.filter((s) => s.sourceDisagreement),
    (s) => s.id,
  ).map((s) => `${s.id} (${Object.keys(s.sourceDisagreement ?? {}).sort().join(', ')})`);
  return (
    'Attributes are the majority vote of three CIS sources (assessment specification, NIST and ISO mapping workbooks). ' +
    `Sources disagree for ${items.length} safeguards: ${items.join('; ')}.`
  );
}

const NOTE = {
  heading: 'CIS Critical Security Controls v8 catalog',
  what: [
    'The 18 CIS Controls v8 (v8.0) and their 153 safeguards: ID, parent control, short title, implementation groups (IG1/IG2/IG3), asset type and security function.',
  ],
  terms: CIS_TERMS,
  gaps: [
    'This is CIS Controls **v8.0**. v8.1 / v8.1.2 (June 2024 / March 2025) was not available as data, so the v8.1 "Govern" security function and other v8.1 changes are absent.',
    'Stale assessment-specification files for 18.6–18.11 (not in the toctree) were ignored upstream.',
  ],
};
