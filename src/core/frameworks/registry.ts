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
  uncatalogued('iso27001-2013', 'ISO/IEC 27001:2013', [/^iso(\/iec)? ?27001 ?:? ?2013/], ['ISO 27001:2013']),
  uncatalogued('nist-800-53-r4', 'NIST SP 800-53 Rev 4', [/^nist (sp )?800-?53 ?(rev\.?|revision|r) ?4$/], ['NIST 800-53 Rev 4']),
  uncatalogued('nist-csf', 'NIST Cybersecurity Framework', [/^nist csf( ?2(\.0)?)?$/, /^nist cybersecurity framework/], ['NIST CSF']),
  uncatalogued('nist-800-171', 'NIST SP 800-171', [/^nist (sp )?800-?171/], ['NIST 800-171']),
  uncatalogued('nist-800-63', 'NIST SP 800-63', [/^nist (sp )?800-?63/], ['NIST 800-63']),
  uncatalogued('nist-ssdf', 'NIST SSDF (SP 800-218)', [/^(nist )?(sp )?800-?218/, /^(nist )?ssdf$/], ['NIST SSDF']),
  uncatalogued('nist-ai-rmf', 'NIST AI RMF', [/^nist ai rmf/], ['NIST AI RMF']),
  uncatalogued('cis-benchmark', 'CIS Benchmark', [/^cis .*benchmarks?$/, /^cis (m365|microsoft 365|aws|azure|gcp|google workspace)$/], ['CIS Benchmark', 'CIS M365 Benchmark']),
  uncatalogued('disa-stig', 'DISA STIG', [/^(disa )?stig$/], ['DISA STIG']),
  uncatalogued('cisa-scuba', 'CISA SCuBA', [/^(cisa )?scuba$/], ['CISA SCuBA']),
  uncatalogued('slsa', 'SLSA', [/^slsa( v?1(\.\d)?)?$/], ['SLSA']),
  uncatalogued('owasp-llm', 'OWASP Top 10 for LLM Applications', [/^owasp (top 10 )?(for )?llm/], ['OWASP LLM']),
  uncatalogued('owasp-top-10', 'OWASP Top 10', [/^owasp top ?10$/], ['OWASP Top 10']),
  uncatalogued('owasp-asvs', 'OWASP ASVS', [/^owasp asvs/], ['OWASP ASVS']),
  uncatalogued('hipaa', 'HIPAA Security Rule', [/^hipaa( security rule)?$/], ['HIPAA']),
  uncatalogued('fedramp', 'FedRAMP', [/^fedramp/], ['FedRAMP']),
  uncatalogued('gdpr', 'GDPR', [/^gdpr$/], ['GDPR']),
  uncatalogued('cmmc', 'CMMC', [/^cmmc/], ['CMMC']),
  uncatalogued('csa-ccm', 'CSA Cloud Controls Matrix', [/^(csa )?ccm( v?4)?$/], ['CSA CCM']),
  uncatalogued('mitre-attack', 'MITRE ATT&CK', [/^mitre att ?& ?ck$/, /^att ?& ?ck$/], ['MITRE ATT&CK']),
  uncatalogued('iso42001', 'ISO/IEC 42001', [/^iso(\/iec)? ?42001/], ['ISO 42001']),
  uncatalogued('sox', 'SOX ITGC', [/^sox( itgc)?$/], ['SOX']),
  uncatalogued('cobit', 'COBIT', [/^cobit/], ['COBIT']),
];

function uncatalogued(key: string, name: string, labels: RegExp[], spellings: string[]): FrameworkInfo {
  return { key, name, short: spellings[0] ?? name, catalogued: false, labels, spellings };
}

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

/** Canonical key for a label; an unknown label becomes `uncatalogued:<slug>` so it is kept, not dropped. */
export function resolveFrameworkLabel(label: string): ResolvedLabel {
  const normalized = normalizeLabel(label);
  for (const framework of FRAMEWORKS) {
    if (framework.labels.some((pattern) => pattern.test(normalized))) return { key: framework.key, known: true };
  }
  const slug = normalized.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unnamed';
  return { key: `uncatalogued:${slug}`, known: false };
}

export function frameworkName(key: string): string {
  return BY_KEY.get(key)?.name ?? key.replace(/^uncatalogued:/, '');
}
