import { sortNatural } from './natural.ts';
import type { Artifact, CatalogIndex, Input, Warn } from './types.ts';

export const ISO_KEY = 'iso27001-2022';

type Named = { id: string; name: string };
type SourceFile = {
  annexAThemes: Named[];
  annexAControls: (Named & { theme: string; nameInCisWorkbook?: string })[];
  clauses: Named[];
  counts: Record<string, number>;
};

// ISO writes "organization" throughout (the same source spells clause 4
// "Context of the organization"); only this heading came through as
// "Organisational", so normalise it rather than ship two spellings.
const TITLE_CORRECTIONS: Record<string, { from: string; to: string }> = {
  'A.5': { from: 'Organisational controls', to: 'Organizational controls' },
};

export const ISO_LICENSE = '(c) ISO/IEC. Clause and control IDs and titles only; no standard text.';

export const ISO_TERMS = [
  'ISO/IEC 27001:2022 is © ISO/IEC; the standard text is **not** reproduced. Only clause/control identifiers and control titles.',
  'IDs and titles as published in data form by intuitem/ciso-assistant-community (library `iso27001-2022.yaml`, "outline of the ISO27001-2022 standard"); that repository is AGPL-3.0 outside `enterprise/`.',
];

export function buildIsoCatalog(input: Input, warn: Warn): CatalogIndex & { artifact: Artifact } {
  const src = input.data as SourceFile;
  const themes = sortNatural(src.annexAThemes, (t) => t.id).map((t) => ({ id: t.id, title: corrected(t, warn) }));
  const controls = sortNatural(src.annexAControls, (c) => c.id).map((c) => ({
    id: c.id,
    theme: c.theme,
    title: corrected(c, warn),
  }));
  const clauses = sortNatural(src.clauses, (c) => c.id).map((c) => ({ id: c.id, title: c.name }));
  const counts: Record<string, number> = { themes: themes.length, controls: controls.length, clauses: clauses.length };
  for (const t of themes) counts[t.id] = controls.filter((c) => c.theme === t.id).length;
  checkCounts(counts, src.counts, warn);
  const notes = provenanceNotes(src);
  const json = {
    framework: ISO_KEY,
    title: 'ISO/IEC 27001:2022',
    version: '2022',
    license: ISO_LICENSE,
    provenance: { sources: [input.ref], notes },
    counts,
    themes,
    controls,
    clauses,
  };
  const all = [...themes, ...controls, ...clauses].map((x) => x.id);
  return {
    key: ISO_KEY,
    ids: new Set(all),
    mappable: controls.map((c) => c.id),
    artifact: {
      file: `catalogs/${ISO_KEY}.json`,
      json,
      sources: [input.ref],
      counts,
      note: { ...NOTE, what: [...NOTE.what, notes] },
    },
  };
}

function corrected(entry: Named, warn: Warn): string {
  const fix = TITLE_CORRECTIONS[entry.id];
  if (!fix) return entry.name;
  if (fix.from !== entry.name) warn(`ISO ${entry.id}: expected source title "${fix.from}", found "${entry.name}"`);
  return fix.to;
}

function checkCounts(ours: Record<string, number>, published: Record<string, number>, warn: Warn): void {
  const pairs: [string, string][] = [
    ['themes', 'annexAThemes'],
    ['controls', 'annexAControls'],
    ['clauses', 'clauseEntries'],
    ['A.5', 'annexA_A.5'],
    ['A.6', 'annexA_A.6'],
    ['A.7', 'annexA_A.7'],
    ['A.8', 'annexA_A.8'],
  ];
  for (const [key, theirs] of pairs) {
    if (ours[key] !== published[theirs]) warn(`ISO count ${key}=${ours[key]}, source says ${published[theirs]}`);
  }
}

function provenanceNotes(src: SourceFile): string {
  const differing = sortNatural(
    src.annexAControls.filter((c) => c.nameInCisWorkbook),
    (c) => c.id,
  ).map((c) => `${c.id} "${c.nameInCisWorkbook}"`);
  const fixes = Object.entries(TITLE_CORRECTIONS).map(([id, f]) => `${id} "${f.from}" -> "${f.to}"`);
  return (
    'Annex A themes and controls and clauses 4-10 from ciso-assistant iso27001-2022.yaml (library v18). ' +
    `Title normalised: ${fixes.join('; ')}. ` +
    `The CIS v8 workbook uses different titles for ${differing.join(', ')}.`
  );
}

const NOTE = {
  heading: 'ISO/IEC 27001:2022 identifiers',
  what: [
    'The 4 Annex A themes, the 93 Annex A controls (A.5 37, A.6 8, A.7 14, A.8 34) and the 41 management-system clause entries (4–10.2), IDs and titles only. Clauses are included because the NIST OLIR crosswalk maps to clauses such as 5.2 and 7.5.1.',
  ],
  terms: ISO_TERMS,
  gaps: [
    'Titles come from a third-party outline (ciso-assistant), not from an ISO publication. SOURCES.md states the official A.8.1 title is "User endpoint devices"; the outline has "User end point devices" and is kept as is.',
    'No ISO/IEC 27002:2022 attributes (control type, cybersecurity concepts, etc.).',
  ],
};
