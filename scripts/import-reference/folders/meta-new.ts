// framework.json of the four frameworks added from ../shared/reference §7-§10. The label
// patterns are matched against the normalized label (lowercase, emphasis removed, spaces collapsed).
import { NIST_53_HIERARCHY } from './meta-existing.ts';
import { NIST_PD, re, type FrameworkMeta } from './meta-types.ts';

export const CSF_2: FrameworkMeta = {
  id: 'nist-csf-2.0', name: 'NIST Cybersecurity Framework 2.0', short: 'NIST CSF 2.0', version: '2.0 (CPRT CSF_2_0_0, 2024-04-24)', publisher: 'NIST',
  license: { terms: NIST_PD, content: 'titles' }, kind: 'catalog',
  labels: {
    patterns: [
      re(/^nist csf( ?v?2(\.0)?)?$/),
      re(/^csf ?v?2(\.0)?$/),
      re(/^(the )?(nist )?cybersecurity framework( \(csf\))?( v?2(\.0)?)?$/),
      re(/^nist csf 2\.0 (subcategor(y|ies)|categor(y|ies)|functions?)$/),
    ],
    spellings: ['NIST CSF 2.0', 'NIST CSF', 'CSF 2.0'],
    nearSpellings: ['NIST Cybersecurity Framework 2.0', 'NIST CSF v2'],
  },
  idGrammar: {
    kind: 'pattern', pattern: '(?:CSF\\s+)?([A-Z]{2})(?:\\.([A-Z]{2})(?:-(\\d{1,2}))?)?(?![A-Za-z0-9.-])', flags: '',
    normalize: '{1}[.{2}][-{3:pad2}]', examples: ['PR.AA-01', 'GV.OC'],
    otherEditions: [{ pattern: '[A-Z]{2}\\.[A-Z]{2}-[1-9](?!\\d)', edition: 'NIST CSF 1.1', note: 'CSF 1.1 wrote subcategories without zero padding (ID.AM-1); the grammar pads them, and 79 of them are withdrawn in 2.0 with their targets' }],
  },
  hierarchy: [
    { name: 'subcategory', pattern: '([A-Z]{2}\\.[A-Z]{2})-\\d{2}', parent: '{1}' },
    { name: 'category', pattern: '([A-Z]{2})\\.[A-Z]{2}', parent: '{1}' },
    { name: 'function', pattern: '[A-Z]{2}' },
  ],
  baselines: [], related: [{ framework: 'nist-800-53-r5', relation: 'informative-references', note: 'NIST CSF 2.0 Reference Tool informative references to SP 800-53 Rev 5.1.1 and 5.2.0 (mappings/crosswalks/nist-csf-2.0__nist-800-53-r5.json)' }],
  notes: [
    'Withdrawn categories and subcategories are the CSF 1.1 elements that 2.0 withdrew, with incorporated-into / moved-to targets from the CPRT export; PR.IP, PR.PT and DE.DP name no single target; RS.RP -> RS.MA is read from its reason text.',
    'A bare NIST CSF label reads as 2.0. Labels that name 1.0 or 1.1 are not matched here and stay with the uncatalogued nist-csf label.',
    'Subcategory titles are NIST outcome statements (public domain); functions keep NIST capitals (GOVERN).',
  ],
  rules: { prefix: 'csf', example: 'PR.AC-1 means PR.AC-01 and CSF ID.AM-08 means ID.AM-08' },
};

export const SP_800_171_R3: FrameworkMeta = {
  id: 'nist-800-171-r3', name: 'NIST SP 800-171 Rev 3', short: 'NIST 800-171 r3', version: 'Rev 3 (OSCAL catalog 1.0.0, 2025-05-29)', publisher: 'NIST',
  license: { terms: NIST_PD, content: 'titles' }, kind: 'catalog',
  labels: {
    patterns: [
      re(/^nist (sp )?800-?171( ?(rev\.?|revision|r) ?3)?$/),
      re(/^(nist )?sp ?800-171 ?r3$/),
      re(/^800-171( (rev\.?|r) ?3)?$/),
    ],
    spellings: ['NIST SP 800-171 Rev 3', 'NIST 800-171', 'NIST SP 800-171'],
    nearSpellings: ['NIST 800-171 Rev 3', 'NIST 800-171r3'],
  },
  idGrammar: {
    kind: 'pattern', pattern: '(?:(?:SP\\s*)?800-171\\s*(?:r3\\s*)?)?03\\.(\\d{2})(?:\\.(\\d{2}))?(?:\\.[a-z](?:\\.\\d{2})?)?(?![\\d.])', flags: '',
    normalize: '03.{1}[.{2}]', examples: ['03.01.01', '03.13.11'],
    otherEditions: [{ pattern: '3\\.\\d{1,2}\\.\\d{1,2}(?![\\d.])', edition: 'NIST SP 800-171 Rev 2 (and CMMC 2.0 Level 2)', note: 'Rev 2 numbers requirements 3.1.1-3.14.6; Rev 3 renumbered and restructured them (03.01.01), so a Rev 2 ID is not a Rev 3 ID with a missing zero' }],
  },
  hierarchy: [
    { name: 'requirement', pattern: '(03\\.\\d{2})\\.\\d{2}', parent: '{1}' },
    { name: 'family', pattern: '03\\.\\d{2}' },
  ],
  baselines: [],
  related: [
    { framework: 'nist-800-53-r5', relation: 'tailored-from', note: 'each requirement names the SP 800-53 Rev 5.1.1 source controls it was tailored from (mappings/crosswalks/nist-800-171-r3__nist-800-53-r5.json)' },
    { framework: 'cmmc-2.0-level-2', relation: 'builds-on-other-edition', note: 'CMMC 2.0 Level 2 is built on the 110 requirements of SP 800-171 Rev 2 (numbering 3.1.1 ...), not on Rev 3; hardmap has no CMMC catalog and none is derived from this one' },
  ],
  notes: [
    'Statement-item citations (03.01.01.c.01) read as their requirement.',
    'Six withdrawn requirements name no target in the catalog: 03.05.06, 03.05.08, 03.05.09, 03.07.01, 03.13.02, 03.13.14.',
    'CMMC 2.0 Level 2 assesses SP 800-171 Rev 2. A guide that cites 3.1.1-style IDs under an 800-171 label cites Rev 2 (see idGrammar.otherEditions); this folder does not translate them.',
  ],
  rules: { prefix: 'nist-800-171', example: '800-171 03.01.01 and 03.01.01.c.01 mean 03.01.01' },
};

const FEDRAMP_LABEL = '^fedramp( rev\\.? ?5)?';

export const FEDRAMP_R5: FrameworkMeta = {
  id: 'fedramp-rev5', name: 'FedRAMP Rev 5 baselines', short: 'FedRAMP', version: 'fedramp2.1.0-oscal1.0.4 (2024-09-24)', publisher: 'GSA FedRAMP PMO',
  license: { terms: 'U.S. Government work (GSA): public domain in the U.S.; CC0 1.0 worldwide waiver (GSA/fedramp-automation LICENSE.md).', content: 'titles' },
  kind: 'profile', profileOf: 'nist-800-53-r5',
  labels: {
    patterns: [
      { pattern: `${FEDRAMP_LABEL}$` },
      { pattern: `${FEDRAMP_LABEL} low( baseline| impact)?$`, baseline: 'low' },
      { pattern: `${FEDRAMP_LABEL} (moderate|mod)( baseline| impact)?$`, baseline: 'moderate' },
      { pattern: `${FEDRAMP_LABEL} high( baseline| impact)?$`, baseline: 'high' },
      { pattern: `${FEDRAMP_LABEL} (tailored )?li-?saas( baseline)?$`, baseline: 'li-saas' },
    ],
    spellings: ['FedRAMP', 'FedRAMP Low', 'FedRAMP Moderate', 'FedRAMP High', 'FedRAMP LI-SaaS'],
    nearSpellings: ['FedRAMP Rev 5', 'FedRAMP Moderate Baseline'],
  },
  idGrammar: { kind: 'inherit', from: 'nist-800-53-r5' },
  hierarchy: NIST_53_HIERARCHY,
  baselines: [
    { id: 'low', name: 'FedRAMP Rev 5 Low', source: 'GSA FedRAMP_rev5_LOW-baseline_profile.json (with-ids)' },
    { id: 'moderate', name: 'FedRAMP Rev 5 Moderate', source: 'GSA FedRAMP_rev5_MODERATE-baseline_profile.json (with-ids)' },
    { id: 'high', name: 'FedRAMP Rev 5 High', source: 'GSA FedRAMP_rev5_HIGH-baseline_profile.json (with-ids)' },
    { id: 'li-saas', name: 'FedRAMP Rev 5 Tailored LI-SaaS', source: 'GSA FedRAMP_rev5_LI-SaaS-baseline_profile.json (with-ids)' },
  ],
  related: [{ framework: 'nist-800-53-r5', relation: 'profile-of', note: 'FedRAMP baselines select SP 800-53 Rev 5 controls and set parameters; the IDs are 800-53 IDs' }],
  notes: [
    'A profile, not a new ID space: IDs under a FedRAMP label are 800-53 Rev 5 IDs, checked against nist-800-53-r5; catalog.json lists only which IDs each baseline selects.',
    'LOW adds 7 controls to NIST LOW, MODERATE 36 to NIST MODERATE, HIGH 40 to NIST HIGH; none omits a control of its NIST baseline. LI-SaaS selects the same 156 IDs as LOW, tailored per control.',
    'A label naming a baseline (FedRAMP Moderate) carries it in labels.patterns[].baseline; the canonical spelling FedRAMP drops it, so a fix must keep the baseline spelling.',
  ],
  rules: { prefix: 'fedramp', example: 'AC-02(01) means AC-2(1), looked up in the FedRAMP baselines' },
};

const HIPAA_ID = '(45 cfr )?(§ ?)?164\\.3(08|10|12|14|16)(\\([0-9a-z]{1,4}\\))*';

export const HIPAA: FrameworkMeta = {
  id: 'hipaa-security-rule', name: 'HIPAA Security Rule (45 CFR Part 164 Subpart C)', short: 'HIPAA', version: 'as structured by NIST SP 800-66 Rev 2 (CPRT SP800_66_2_0_0)', publisher: 'HHS (regulation); NIST (SP 800-66 Rev 2)',
  license: { terms: 'HIPAA Security Rule: U.S. federal regulation, public domain. SP 800-66 Rev 2 / CPRT: U.S. Government work (NIST), public domain in the U.S.', content: 'titles' }, kind: 'catalog',
  labels: {
    patterns: [
      re(/^hipaa( security rule)?$/),
      re(/^hipaa security rule \(45 cfr (part )?164(,? subpart c)?\)$/),
      re(/^45 cfr (part )?164(,? subpart c)?$/),
      re(/^(nist )?sp 800-66( rev\.? ?2| r2)?$/),
      { pattern: `^${HIPAA_ID}$`, idInLabel: true },
      { pattern: `^hipaa ${HIPAA_ID}$`, idInLabel: true },
    ],
    spellings: ['HIPAA', 'HIPAA Security Rule', '45 CFR 164'],
    nearSpellings: ['HIPAA Security', 'HIPPA'],
  },
  idGrammar: {
    kind: 'pattern', pattern: '(?:45\\s*C\\.?F\\.?R\\.?\\s*(?:Part\\s*)?)?(?:§+\\s*)?(164\\.3(?:08|10|12|14|16))((?:\\s?\\([0-9A-Za-z]{1,4}\\))*)', flags: '',
    normalize: '{1}{2:compact}', examples: ['164.312(b)', '164.308(a)(1)(ii)(A)'], otherEditions: [],
  },
  hierarchy: [
    { name: 'key-activity', pattern: 'KA_(164\\.3\\d\\d(?:\\([0-9a-z]+\\))+)\\.\\d+', parent: '{1}' },
    { name: 'implementation-specification', pattern: '164\\.3\\d\\d\\([a-z]\\)\\(\\d+\\)\\([ivx]+\\)(?:\\([A-Z]\\))?(?:\\.\\d)?|164\\.31[0246]\\([a-z]\\)\\([2-9]\\)|164\\.308\\(b\\)\\([2-9]\\)' },
    { name: 'standard', pattern: '(164\\.3\\d\\d)\\([a-z]\\)(?:\\(\\d+\\))?', parent: '{1}' },
    { name: 'section', pattern: '164\\.3\\d\\d' },
  ],
  baselines: [], related: [{ framework: 'nist-800-53-r5', relation: 'cprt-mapping', note: 'NIST CPRT mapping of SP 800-66 Rev 2 key activities and implementation specifications to SP 800-53 Rev 5, via intuitem (mappings/crosswalks/hipaa-security-rule__nist-800-53-r5.json)' }],
  notes: [
    'IDs are CPRT element identifiers: a standard is named by its paragraph (164.312(a)); implementation specifications carry the tag required or addressable.',
    'CFR citations derived by rule, to be checked against the eCFR: the standards whose catalog entry has a cfr: tag (the CFR text of 164.312(a) is at 164.312(a)(1), of 164.308(a)(1) at 164.308(a)(1)(i)). No source states them.',
    'CPRT gives the business-associate written-contract specification as 164.308(b)(4), the pre-2013 numbering; the current CFR has 164.308(b)(3) (not verified). The ID is kept as CPRT has it.',
    'Entries tagged cprt-variant (164.308(a)(5)(ii)(B).1 ...) are CPRT duplicates of a specification, kept because the CPRT mapping can name them; guides never cite them.',
    'Key activities (KA_164.308(a)(1).1) are SP 800-66 Rev 2 guidance, not regulation text; they are entries so that the 800-53 crosswalk resolves.',
  ],
  rules: { prefix: 'hipaa', example: '45 CFR § 164.312 (a)(2)(iv) means 164.312(a)(2)(iv)' },
};
