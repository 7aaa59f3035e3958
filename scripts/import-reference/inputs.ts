// Where each input lives under the reference dir and where it came from.
// Upstream strings and hashes are copied from the reference SOURCES.md files;
// derived inputs that carry their own `source` field override `upstream`.

export type InputSpec = {
  path: string;
  upstream?: string;
  /** Published SHA-256 of COPIED files, checked on load. */
  expectedSha256?: string;
};

const OSCAL_5_1_1 = 'usnistgov/oscal-content@88bb8deeaa815f8914d68ea7e31a622ebbc1719d (= tag v1.3.0)';
const OSCAL_2021 = 'usnistgov/oscal-content@a849dbca4649e0cc626fefdd46cf5232c8308f4c';
const OSCAL_DIR = 'nist.gov/SP800-53/rev5/json';

export const BASELINE_LEVELS = ['low', 'moderate', 'high', 'privacy'] as const;
export type BaselineLevel = (typeof BASELINE_LEVELS)[number];

const PROFILE_SHA256: Record<BaselineLevel, string> = {
  low: '79b7c450ab62ba012e5ad95f6255ece75fc165b2c421fefda276d82240542219',
  moderate: 'd88e64e1e4b3a2d65de2367f4ec31828c04f1be93375fd597c41af1409578e03',
  high: 'c98eb266f3c78c622c6573e032ab1b7619a30821840bb10f7f21fdee78281058',
  privacy: 'ee4e7f0ff8f1141d3974f9072d287af919d081e1dfc6666ac0b579504aeddbcb',
};

export function nistProfileSpec(level: BaselineLevel): InputSpec {
  const file = `NIST_SP-800-53_rev5_${level.toUpperCase()}-baseline_profile.json`;
  return {
    path: `nist-sp-800-53/oscal-5.1.1/${file}`,
    upstream: `${OSCAL_5_1_1}:${OSCAL_DIR}/${file}`,
    expectedSha256: PROFILE_SHA256[level],
  };
}

export const INPUTS = {
  nistIndex: {
    path: 'nist-sp-800-53/derived/nist-sp-800-53-rev5_control-index.json',
    upstream:
      `DERIVED (shared/reference) from ${OSCAL_2021}:${OSCAL_DIR}/NIST_SP-800-53_rev5_catalog.json (5.0.1)` +
      ` and ${OSCAL_5_1_1} 5.1.1+u4 baselines; 7 entries from NIST release notes`,
  },
  nistCatalog2021: {
    path: 'nist-sp-800-53/oscal-2021-full-catalog/NIST_SP-800-53_rev5_catalog.json',
    upstream: `${OSCAL_2021}:${OSCAL_DIR}/NIST_SP-800-53_rev5_catalog.json`,
    expectedSha256: '95e025bfdc248269efb10ee2621b7a211116a2ef3a82f39676f7c5eb9c8acb64',
  },
  cisSafeguards: {
    path: 'cis-controls-v8/cis-controls-v8_safeguards.json',
    upstream:
      'DERIVED (shared/reference) from CISecurity/ControlsAssessmentSpecification@4df1f96d7c74cbda2017cff114dedee1f64c3347' +
      ':control-N/*.rst and the two CIS v8 mapping workbooks in AbeWinters/control-mappings@22381c75b258830af6ec5c40796821de49b4fd06',
  },
  cisToNist: { path: 'cis-controls-v8/cis-controls-v8_to_nist-sp-800-53-rev5.json' },
  cisToIso: { path: 'cis-controls-v8/cis-controls-v8_to_iso27001-2022.json' },
  soc2Criteria: {
    path: 'soc2-tsc-2017/tsc-2017_criteria.json',
    upstream:
      'DERIVED (shared/reference): IDs from CyberRiskGuy/aicpa-soc-tsc-json@fcf036c8533e0665b8d80a3a7faae4481b69a84a' +
      ':trust-services-criteria/mappings/tsc_to_nist_800-53.xlsx; series names from the same repo' +
      ' (trust-services-criteria/AICPA_SOC_2_TSC_2017.csv) and ciso-assistant soc2_2017_with_rev_2022.yaml',
  },
  soc2ToNist: { path: 'soc2-tsc-2017/tsc-2017_to_nist-sp-800-53-rev5.json' },
  isoIds: { path: 'iso27001-2022/iso27001-2022_ids.json' },
  nistToIso: { path: 'iso27001-2022/nist-sp-800-53-rev5_to_iso27001-2022.json' },
  pciIds: { path: 'pci-dss-v4/pci-dss-4.0.1_requirement-ids.json' },
} satisfies Record<string, InputSpec>;
