import { editDistance } from './catalog.ts';
import { UNCATALOGUED } from './known-labels.ts';

/**
 * The framework labels hardmap knows. Guides spell one framework many ways (`NIST 800-53`,
 * `**NIST SP 800-53 Rev. 5**`); each label is reduced to a canonical key here. Frameworks with a
 * catalog in mappings/ get their IDs validated; the others are recognised but kept as written.
 */
export interface FrameworkInfo {
  key: string;
  /** Display name used in generated tables and exports. */
  name: string;
  /** Short name for chips and column headers. */
  short: string;
  catalogued: boolean;
  /** Matched against the normalized label (lowercase, no emphasis, single spaces). */
  labels: RegExp[];
  /** Spellings offered in "did you mean" suggestions. */
  spellings: string[];
  /** A group of distinct standards (`ISO 27002`, `ISO 27017`): each label keeps its own `uncatalogued:` key. */
  perLabel?: true;
}

export const NIST = 'nist-800-53-r5';
export const CIS = 'cis-controls-v8';
export const SOC2 = 'soc2-tsc-2017';
export const ISO = 'iso27001-2022';
export const PCI = 'pci-dss-4.0.1';

export const FRAMEWORKS: readonly FrameworkInfo[] = [
  {
    key: NIST, name: 'NIST SP 800-53 Rev 5', short: 'NIST 800-53', catalogued: true,
    labels: [/^nist (sp )?800-?53( ?(rev\.?|revision|r) ?5(\.\d+)*)?$/],
    spellings: ['NIST 800-53', 'NIST 800-53 Rev 5', 'NIST SP 800-53'],
  },
  {
    key: CIS, name: 'CIS Controls v8', short: 'CIS v8', catalogued: true,
    labels: [/^cis (critical security )?controls?( v ?8(\.\d+)*)?$/, /^cis( csc)? v ?8(\.\d+)*$/, /^cis csc$/],
    spellings: ['CIS Controls', 'CIS Controls v8'],
  },
  {
    key: SOC2, name: 'SOC 2 Trust Services Criteria (2017)', short: 'SOC 2', catalogued: true,
    labels: [/^(aicpa )?soc ?2( type (ii|2|i|1))?( tsc| trust services criteria)?( 2017)?$/, /^(aicpa )?tsc( 2017)?$/, /^trust services criteria$/],
    spellings: ['SOC 2', 'SOC 2 TSC'],
  },
  {
    key: ISO, name: 'ISO/IEC 27001:2022 Annex A', short: 'ISO 27001', catalogued: true,
    labels: [/^iso(\/iec)? ?27001( ?: ?2022| 2022)?( annex a)?$/],
    spellings: ['ISO 27001', 'ISO 27001:2022'],
  },
  {
    key: PCI, name: 'PCI DSS v4.0.1', short: 'PCI DSS', catalogued: true,
    labels: [/^pci[ -]?dss( v? ?4(\.0(\.1)?)?)?$/],
    spellings: ['PCI DSS', 'PCI DSS v4.0.1'],
  },
  ...UNCATALOGUED,
];

const BY_KEY = new Map(FRAMEWORKS.map((framework) => [framework.key, framework]));

export function frameworkInfo(key: string): FrameworkInfo | undefined {
  return BY_KEY.get(key);
}

/** Lowercase, emphasis and trailing colons removed, whitespace collapsed. */
export function normalizeLabel(label: string): string {
  return label
    .replace(/[*_`]/g, '')
    .replace(/[:\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface ResolvedLabel {
  key: string;
  known: boolean;
}

/** Further spellings of catalogued labels, only to measure how near an unknown label is to one. */
const NEAR_SPELLINGS: Record<string, string[]> = {
  [NIST]: ['NIST SP 800-53 Rev 5'],
  [CIS]: ['CIS Critical Security Controls', 'CIS v8'],
  [SOC2]: ['SOC 2 Type II', 'SOC 2 Type 2', 'AICPA SOC 2'],
  [ISO]: ['ISO/IEC 27001:2022'],
  [PCI]: ['PCI DSS 4.0'],
};

/**
 * The catalogued framework an unknown label is a near-miss spelling of (`NIST 800-35`,
 * `CIS Controlz v8`, `SOC 2 Type 3`): at most two edits from one of its spellings. Labels of
 * real other frameworks are resolved before this is asked, so they are never near-misses.
 */
export function nearCataloguedLabel(label: string): { framework: FrameworkInfo; spelling: string } | null {
  const normalized = normalizeLabel(label);
  let best: { framework: FrameworkInfo; spelling: string; distance: number } | null = null;
  for (const framework of FRAMEWORKS) {
    if (!framework.catalogued) continue;
    for (const spelling of [...framework.spellings, ...(NEAR_SPELLINGS[framework.key] ?? [])]) {
      const distance = editDistance(normalized, normalizeLabel(spelling), 3);
      if (distance <= 2 && (!best || distance < best.distance)) best = { framework, spelling: framework.spellings.includes(spelling) ? spelling : (framework.spellings[0] ?? spelling), distance };
    }
  }
  return best && { framework: best.framework, spelling: best.spelling };
}

/** Canonical key for a label; an unknown label becomes `uncatalogued:<slug>` so it is kept, not dropped. */
export function resolveFrameworkLabel(label: string): ResolvedLabel {
  const normalized = normalizeLabel(label);
  const own = `uncatalogued:${normalized.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unnamed'}`;
  for (const framework of FRAMEWORKS) {
    if (framework.labels.some((pattern) => pattern.test(normalized))) return { key: framework.perLabel ? own : framework.key, known: true };
  }
  // `CIS` and a product (`CIS Windows 11`) names a benchmark, unless it is a slip for CIS Controls.
  if (/^cis [a-z]/.test(normalized) && !nearCataloguedLabel(label)) return { key: own, known: true };
  return { key: own, known: false };
}

export function frameworkName(key: string): string {
  return BY_KEY.get(key)?.name ?? key.replace(/^uncatalogued:/, '');
}
