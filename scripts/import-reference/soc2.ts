import { naturalCompare } from './natural.ts';
import type { Artifact, CatalogIndex, Input, Warn } from './types.ts';

export const SOC2_KEY = 'soc2-tsc-2017';

type SourceCriterion = {
  id: string;
  category: string;
  series: string;
  seriesName: string | null;
  shortName: string | null;
};
type SourceFile = { version: string; criteria: SourceCriterion[]; counts: Record<string, number> };

// AICPA presents the categories in this order; IDs sort naturally within each.
const CATEGORY_ORDER = ['CC', 'A', 'C', 'PI', 'P'];

export const SOC2_LICENSE = '(c) AICPA. Criterion IDs and section headings only; no criteria text or points of focus.';

export const SOC2_TERMS = [
  '© AICPA (Association of International Certified Professional Accountants). The criteria text and points of focus are copyrighted and are **not** reproduced. Only criterion IDs, the AICPA section headings and COSO principle numbers are included.',
  'The third-party repo that hosts the AICPA workbook (CyberRiskGuy/aicpa-soc-tsc-json) declares GPL-3.0 for its own files and says the source data remain subject to AICPA’s rights; that license does not cover AICPA content.',
];

export function buildSoc2Catalog(input: Input, warn: Warn): CatalogIndex & { artifact: Artifact } {
  const src = input.data as SourceFile;
  const criteria = [...src.criteria].sort(compareCriteria).map(toCriterion);
  const categories = categoriesOf(src.criteria);
  const counts: Record<string, number> = { criteria: criteria.length };
  for (const c of categories) counts[c.id] = criteria.filter((x) => x.category === c.id).length;
  for (const [key, n] of Object.entries(src.counts)) {
    if (counts[key] !== n) warn(`SOC 2 count ${key}=${counts[key]}, source says ${n}`);
  }
  const json = {
    framework: SOC2_KEY,
    title: 'AICPA Trust Services Criteria (SOC 2), 2017',
    version: src.version,
    license: SOC2_LICENSE,
    provenance: { sources: [input.ref], notes: NOTES },
    counts,
    categories,
    criteria,
  };
  return {
    key: SOC2_KEY,
    ids: new Set(criteria.map((c) => c.id)),
    mappable: criteria.map((c) => c.id),
    artifact: { file: `catalogs/${SOC2_KEY}.json`, json, sources: [input.ref], counts, note: NOTE },
  };
}

export function categoryOf(id: string): string {
  return /^[A-Z]+/.exec(id)?.[0] ?? id;
}

function rank(category: string): number {
  const i = CATEGORY_ORDER.indexOf(category);
  return i === -1 ? CATEGORY_ORDER.length : i;
}

function compareCriteria(a: SourceCriterion, b: SourceCriterion): number {
  return rank(categoryOf(a.id)) - rank(categoryOf(b.id)) || naturalCompare(a.id, b.id);
}

function toCriterion(c: SourceCriterion) {
  return {
    id: c.id,
    category: categoryOf(c.id),
    group: c.series,
    groupTitle: c.seriesName ?? null,
    shortName: c.shortName ?? null,
  };
}

// The source labels CC as "Security (Common Criteria)"; the short series name
// is the part in brackets.
function categoriesOf(criteria: SourceCriterion[]): { id: string; title: string }[] {
  const titles = new Map<string, string>();
  for (const c of criteria) {
    const id = categoryOf(c.id);
    if (!titles.has(id)) titles.set(id, /\(([^)]+)\)/.exec(c.category)?.[1] ?? c.category);
  }
  return [...titles]
    .sort(([a], [b]) => rank(a) - rank(b) || naturalCompare(a, b))
    .map(([id, title]) => ({ id, title }));
}

const NOTES =
  'Criterion IDs from the heading rows of the AICPA workbook tsc_to_nist_800-53.xlsx. groupTitle is the AICPA ' +
  'section heading (CC/A/C/PI from the CyberRiskGuy CSV "Control Family" column, P1-P8 from ciso-assistant). ' +
  'shortName is "COSO Principle N" for CC1.1-CC5.3 and null elsewhere: AICPA defines no short names.';

const NOTE = {
  heading: 'AICPA Trust Services Criteria 2017 (SOC 2) criteria IDs',
  what: [
    'The 61 criterion IDs of the 2017 Trust Services Criteria (revised points of focus, 2022): CC 33, A 3, C 2, PI 5, P 18, each with its category, series (group) and AICPA section heading.',
    NOTES,
  ],
  terms: SOC2_TERMS,
  gaps: [
    'No criterion text or points of focus (copyright, intentionally excluded). Points of focus have no AICPA IDs.',
    'ciso-assistant’s soc2_2017_with_rev_2022.yaml mislabels PI1.x as PP1.x; the IDs here follow the AICPA workbook.',
  ],
};
