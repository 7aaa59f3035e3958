// Inputs of the four new frameworks; hashes of COPIED files from the reference SOURCES.md files.
import type { InputSpec } from '../inputs.ts';

const FEDRAMP = 'GSA/fedramp-automation@c784140bc6d1ac9fa159aabc0e8a29e9aa2c63a9 (master, 2024-12-09):dist/content/rev5/baselines/json';
const FEDRAMP_SHA256: Record<string, string> = {
  LOW: 'b13459be3665380b559f10c500310668ce12c2ef71b3c8be997509659988265e',
  MODERATE: '5db32cd3c31c3450c03168edd3db26641324c15971edf52163d2310ccdaa925f',
  HIGH: 'cce692728b57fae69b25860aba7116426a3637d5b01eb02cd23b13c4eff868f4',
  'LI-SaaS': '3d11139325bf0dd23aa3b2185c42ea08f73f6c678c2103dfc75dad4728d353f7',
};

export function fedrampProfileSpec(level: 'low' | 'moderate' | 'high' | 'li-saas'): InputSpec {
  const name = level === 'li-saas' ? 'LI-SaaS' : level.toUpperCase();
  const file = `FedRAMP_rev5_${name}-baseline_profile.json`;
  return { path: `fedramp-rev5/oscal/${file}`, upstream: `${FEDRAMP}/${file}`, expectedSha256: FEDRAMP_SHA256[name] ?? '' };
}

export const NEW_INPUTS = {
  csfIndex: { path: 'nist-csf-2.0/nist-csf-2.0_index.json' },
  csfToNist: { path: 'nist-csf-2.0/nist-csf-2.0_to_nist-sp-800-53-rev5.json' },
  sp171Index: { path: 'nist-sp-800-171r3/nist-sp-800-171r3_index.json' },
  sp171ToNist: { path: 'nist-sp-800-171r3/nist-sp-800-171r3_to_nist-sp-800-53-rev5.json' },
  hipaaCatalog: { path: 'hipaa-security-rule/hipaa-security-rule_sp800-66r2_catalog.json' },
  hipaaToNist: { path: 'hipaa-security-rule/hipaa-security-rule_to_nist-sp-800-53-rev5.json' },
  fedrampBaselines: { path: 'fedramp-rev5/fedramp-rev5_baselines.json' },
} satisfies Record<string, InputSpec>;
