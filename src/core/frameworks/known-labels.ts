import type { FrameworkInfo } from './registry.ts';

/**
 * Real frameworks hardmap has no catalog for. Their labels are recognised (no finding) and their
 * IDs kept as written. Listing them is what lets a near-miss of a catalogued label (`NIST 800-35`)
 * be told apart from a different standard whose name is one keystroke away (`ISO 27002`, `SOC 1`,
 * `NIST 800-52`, `PCI DSS 3.2.1`): a different standard must never get a "did you mean".
 */
export function uncatalogued(key: string, name: string, labels: RegExp[], spellings: string[]): FrameworkInfo {
  return { key, name, short: spellings[0] ?? name, catalogued: false, labels, spellings };
}

/** Several distinct standards recognised by one pattern; each label keeps a key of its own. */
function group(key: string, name: string, labels: RegExp[], spellings: string[]): FrameworkInfo {
  return { ...uncatalogued(key, name, labels, spellings), perLabel: true };
}

/** NIST SP 800 publications other than 800-53 that guides cite (800-35 is left out: it is read as a slip for 800-53). */
const NIST_800 = ['12', '30', '37', '39', '40', '41', '45', '46', '52', '53a', '53b', '57', '61', '77', '81', '83', '86', '88', '92', '94', '95', '100', '115', '123', '124', '125', '128', '137', '144', '145', '146', '150', '161', '162', '177', '181', '190', '192', '204', '207', '209', '210', '213', '215'];

export const UNCATALOGUED: readonly FrameworkInfo[] = [
  // A quick-reference heading naming 27001 and 2013 is the 2013 edition, tried before the catalogued 2022 one (order 40).
  { ...uncatalogued('iso27001-2013', 'ISO/IEC 27001:2013', [/^iso(\/iec)? ?27001 ?:? ?2013/], ['ISO 27001:2013']), headings: { order: 39, patterns: [/27001.*2013|2013.*27001/u] } },
  uncatalogued('iso27001-2005', 'ISO/IEC 27001:2005', [/^iso(\/iec)? ?27001 ?:? ?2005/], ['ISO 27001:2005']),
  uncatalogued('nist-800-53-r4', 'NIST SP 800-53 Rev 4', [/^nist (sp )?800-?53 ?(rev\.?|revision|r) ?[34]$/], ['NIST 800-53 Rev 4']),
  // CSF 2.0, 800-171 r3, FedRAMP Rev 5 and the HIPAA Security Rule are catalogued (mappings/frameworks/) and tried first; these catch the other editions.
  uncatalogued('nist-csf-1', 'NIST Cybersecurity Framework 1.x', [/^nist csf ?v?1(\.\d)?$/, /^nist cybersecurity framework/], ['NIST CSF 1.1']),
  uncatalogued('nist-800-171-r2', 'NIST SP 800-171 (other revisions)', [/^nist (sp )?800-?171/], ['NIST 800-171 Rev 2']),
  uncatalogued('nist-800-63', 'NIST SP 800-63', [/^nist (sp )?800-?63/], ['NIST 800-63']),
  uncatalogued('nist-ssdf', 'NIST SSDF (SP 800-218)', [/^(nist )?(sp )?800-?218/, /^(nist )?ssdf$/], ['NIST SSDF']),
  uncatalogued('nist-ai-rmf', 'NIST AI RMF', [/^nist ai( rmf| risk management framework| 100-1| 600-1)/], ['NIST AI RMF']),
  group('nist-sp-800', 'NIST SP 800 series', [new RegExp(`^nist (sp )?800-?(${NIST_800.join('|')})( rev\\.? ?\\d+)?( \\(.*\\))?$`)], ['NIST SP 800-207']),
  uncatalogued('cis-controls-v7', 'CIS Controls v7', [/^cis( critical security)?( controls?| csc)? v ?7(\.\d+)*$/], ['CIS Controls v7']),
  uncatalogued('cis-benchmark', 'CIS Benchmark', [/^cis .*benchmarks?( v?\d+(\.\d+)*)?$/, /^cis (m365|microsoft 365|aws|azure|gcp|google workspace)$/], ['CIS Benchmark', 'CIS M365 Benchmark']),
  uncatalogued('disa-stig', 'DISA STIG', [/^(disa )?stigs?( .*)?$/], ['DISA STIG']),
  // A product qualifier (`CISA SCuBA (Gmail)`, `CISA SCuBA M365`) names a baseline of the same framework.
  uncatalogued('cisa-scuba', 'CISA SCuBA', [/^(cisa )?scuba( .+)?$/], ['CISA SCuBA']),
  uncatalogued('slsa', 'SLSA', [/^slsa( v?1(\.\d)?)?( .*)?$/], ['SLSA']),
  uncatalogued('owasp-llm', 'OWASP Top 10 for LLM Applications', [/^owasp (top 10 )?(for )?llm/], ['OWASP LLM']),
  uncatalogued('owasp-top-10', 'OWASP Top 10', [/^owasp top ?10( \d{4})?$/], ['OWASP Top 10']),
  uncatalogued('owasp-asvs', 'OWASP ASVS', [/^owasp asvs/], ['OWASP ASVS']),
  group('owasp', 'OWASP', [/^owasp /], ['OWASP API Security Top 10']),
  uncatalogued('hipaa-other', 'HIPAA (other rules)', [/^hipaa( privacy rule| breach notification rule)?( .*)?$/], ['HIPAA Privacy Rule']),
  uncatalogued('fedramp-other', 'FedRAMP (other programs)', [/^fedramp/], ['FedRAMP 20x']),
  uncatalogued('gdpr', 'GDPR', [/^(eu )?gdpr( .*)?$/], ['GDPR']),
  uncatalogued('cmmc', 'CMMC', [/^cmmc/], ['CMMC']),
  uncatalogued('csa-ccm', 'CSA Cloud Controls Matrix', [/^(csa )?ccm( v?4(\.\d)*)?$/, /^csa (star|cloud controls matrix)/], ['CSA CCM']),
  uncatalogued('mitre-attack', 'MITRE ATT&CK', [/^(mitre )?att ?& ?ck( .*)?$/], ['MITRE ATT&CK']),
  uncatalogued('mitre-atlas', 'MITRE ATLAS', [/^(mitre )?atlas$/], ['MITRE ATLAS']),
  uncatalogued('mitre-d3fend', 'MITRE D3FEND', [/^(mitre )?d3fend$/], ['MITRE D3FEND']),
  uncatalogued('iso42001', 'ISO/IEC 42001', [/^iso(\/iec)? ?42001/], ['ISO 42001']),
  // Other ISO standards, a digit away from 27001 but different documents.
  group('iso-other', 'ISO standard', [/^iso(\/iec)? ?(27002|27005|27017|27018|27035|27701|22301|20000|9001|31000)\b/], ['ISO 27002', 'ISO 27017']),
  uncatalogued('sox', 'SOX ITGC', [/^sox( itgc| 404)?$/, /^sarbanes[- ]oxley/], ['SOX']),
  uncatalogued('cobit', 'COBIT', [/^cobit/], ['COBIT']),
  uncatalogued('finra', 'FINRA', [/^finra( .*)?$/], ['FINRA']),
  uncatalogued('eu-ai-act', 'EU AI Act', [/^eu ai act( .*)?$/], ['EU AI Act']),
  group('soc-1-3', 'SOC 1 / SOC 3', [/^(aicpa )?soc ?[13]( type (ii|2|i|1))?$/], ['SOC 1']),
  uncatalogued('pci-dss-3', 'PCI DSS v3', [/^pci[ -]?dss v? ?3(\.\d)*$/], ['PCI DSS v3.2.1']),
  group('regulation', 'Regulation or scheme', [/^(nis ?2|dora|ccpa|cpra|glba|ffiec|nydfs|23 nycrr 500|cjis|itar|hitrust|nerc cip|iec 62443|tisax|bsi c5|c5|essential eight|cyber essentials|irap|stateramp|openssf scorecard|pci pin)\b/], ['NIS2', 'DORA']),
];
