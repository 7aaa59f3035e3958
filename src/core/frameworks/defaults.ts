/**
 * The framework ids the code names, and why. Everything else about a framework (labels, ID
 * grammar, hierarchy, baselines, aliases, derivation hops, quick-reference headings) is data in its
 * mappings/frameworks/<id>/framework.json; the features below exist for one framework in
 * particular, so they say which one here, and nowhere else in src/.
 */

/** SP 800-53 Rev 5: the generated quick reference's NIST table, OSCAL control links and component definitions, the family heatmap. */
export const NIST = 'nist-800-53-r5';
/** CIS Controls v8: `cis-nist-unlinked`, the implementation-group matrix. */
export const CIS = 'cis-controls-v8';
/** SOC 2: `soc2-unsupported` and the generated quick reference's SOC 2 table. */
export const SOC2 = 'soc2-tsc-2017';
/** ISO/IEC 27001:2022: `iso-2013-notation`. */
export const ISO = 'iso27001-2022';
/** PCI DSS v4.0.1: named by OSCAL gap summaries (principal requirements are groupings). */
export const PCI = 'pci-dss-4.0.1';
/** Frameworks added as data; named here only for tests and the site's wording of their indexes. */
export const CSF = 'nist-csf-2.0';
export const NIST_171 = 'nist-800-171-r3';
export const FEDRAMP = 'fedramp-rev5';
export const HIPAA = 'hipaa-security-rule';

/** The catalog files of the format before framework folders (mappings/catalogs/), kept to prove the folders equal them. */
export const LEGACY_CATALOG_FILES = {
  nist: `catalogs/${NIST}.json`,
  cis: `catalogs/${CIS}.json`,
  soc2: `catalogs/${SOC2}.json`,
  iso: `catalogs/${ISO}.json`,
  pci: `catalogs/${PCI}.json`,
} as const;
