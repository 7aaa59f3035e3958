// framework.json of the five frameworks hardmap already catalogs. Labels and ID grammars are the
// ones src/core/frameworks/registry.ts and ids.ts hold in code today, written as data;
// tests/frameworks/grammar-parity.test.ts checks that both read IDs the same way.
import { CIS_LICENSE } from '../cis.ts';
import { ISO_LICENSE } from '../iso.ts';
import { PCI_LICENSE } from '../pci.ts';
import { SOC2_LICENSE } from '../soc2.ts';
import { NIST_PD, re, type FrameworkMeta } from './meta-types.ts';

const NIST_53_HIERARCHY = [
  { name: 'enhancement', pattern: '([A-Z]{2}-\\d+)\\(\\d+\\)', parent: '{1}' },
  { name: 'control', pattern: '[A-Z]{2}-\\d+' },
];

export const NIST_53: FrameworkMeta = {
  id: 'nist-800-53-r5', name: 'NIST SP 800-53 Rev 5', short: 'NIST 800-53', version: 'Release 5.2.0 ID set (5.0.1 catalog + 5.1.1/5.2.0 additions); baselines 5.1.1+u4',
  publisher: 'NIST', license: { terms: NIST_PD, content: 'titles' }, kind: 'catalog',
  labels: {
    patterns: [re(/^nist (sp )?800-?53( ?(rev\.?|revision|r) ?5(\.\d+)*)?$/)],
    spellings: ['NIST 800-53', 'NIST 800-53 Rev 5', 'NIST SP 800-53'],
    nearSpellings: ['NIST SP 800-53 Rev 5'],
  },
  idGrammar: {
    kind: 'pattern', pattern: '([A-Za-z]{2})-0*(\\d+)(?:\\s?\\(\\s*0*(\\d+)\\s*\\)|\\.0*(\\d+)(?![\\d.]))?', flags: '',
    normalize: '{1:upper}-{2}[({3|4})]', examples: ['AC-2', 'AC-2(1)'], otherEditions: [],
  },
  hierarchy: NIST_53_HIERARCHY,
  baselines: [
    { id: 'low', name: 'LOW', source: 'NIST SP 800-53B LOW baseline (OSCAL profile 5.1.1+u4, with-ids)' },
    { id: 'moderate', name: 'MODERATE', source: 'NIST SP 800-53B MODERATE baseline (OSCAL profile 5.1.1+u4, with-ids)' },
    { id: 'high', name: 'HIGH', source: 'NIST SP 800-53B HIGH baseline (OSCAL profile 5.1.1+u4, with-ids)' },
    { id: 'privacy', name: 'PRIVACY', source: 'NIST SP 800-53B PRIVACY baseline (OSCAL profile 5.1.1+u4, with-ids)' },
  ],
  related: [], notes: ['IDs use the NIST display form (AC-2, AC-2(1)); the grammar also reads AC-02, AC-2 (01) and the OSCAL form ac-2.1.'],
  rules: { prefix: 'nist', example: 'AC-02(01) and ac-2.1 both mean AC-2(1)' },
};

export { NIST_53_HIERARCHY };

export const CIS_V8: FrameworkMeta = {
  id: 'cis-controls-v8', name: 'CIS Controls v8', short: 'CIS v8', version: '8.0', publisher: 'Center for Internet Security',
  license: { terms: CIS_LICENSE, content: 'short-labels', url: 'https://creativecommons.org/licenses/by-nc-nd/4.0/legalcode' }, kind: 'catalog',
  labels: {
    patterns: [re(/^cis (critical security )?controls?( v ?8(\.\d+)*)?$/), re(/^cis( csc)? v ?8(\.\d+)*$/), re(/^cis csc$/)],
    spellings: ['CIS Controls', 'CIS Controls v8'], nearSpellings: ['CIS Critical Security Controls', 'CIS v8'],
  },
  idGrammar: { kind: 'pattern', pattern: '(?:CIS\\s+)?(\\d{1,2})(?:\\.(\\d{1,2}))?(?![\\d.A-Za-z])', flags: '', normalize: '{1:int}[.{2:int}]', examples: ['6.3'], otherEditions: [] },
  hierarchy: [{ name: 'safeguard', pattern: '(\\d+)\\.\\d+', parent: '{1}' }, { name: 'control', pattern: '\\d+' }],
  baselines: [
    { id: 'ig1', name: 'Implementation Group 1', source: 'CIS Controls v8 implementation groups' },
    { id: 'ig2', name: 'Implementation Group 2', source: 'CIS Controls v8 implementation groups' },
    { id: 'ig3', name: 'Implementation Group 3', source: 'CIS Controls v8 implementation groups' },
  ],
  related: [], notes: ['`2FA` is a word, not safeguard 2: an ID is not followed by a letter.'],
  rules: { prefix: 'cis', example: 'CIS 6.3 means 6.3' },
};

export const SOC2: FrameworkMeta = {
  id: 'soc2-tsc-2017', name: 'SOC 2 Trust Services Criteria (2017)', short: 'SOC 2', version: '2017 TSC with revised points of focus (2022)', publisher: 'AICPA',
  license: { terms: SOC2_LICENSE, content: 'short-labels' }, kind: 'catalog',
  labels: {
    patterns: [re(/^(aicpa )?soc ?2( type (ii|2|i|1))?( tsc| trust services criteria)?( 2017)?$/), re(/^(aicpa )?tsc( 2017)?$/), re(/^trust services criteria$/)],
    spellings: ['SOC 2', 'SOC 2 TSC'], nearSpellings: ['SOC 2 Type II', 'SOC 2 Type 2', 'AICPA SOC 2'],
  },
  idGrammar: { kind: 'pattern', pattern: '(CC|PI|A|C|P)\\s?(\\d{1,2})\\.(\\d{1,2})(?![\\d.])', flags: 'i', normalize: '{1:upper}{2:int}.{3:int}', examples: ['CC6.1'], otherEditions: [] },
  hierarchy: [{ name: 'criterion', pattern: '((?:CC|PI|A|C|P)\\d+)\\.\\d+', parent: '{1}' }, { name: 'series', pattern: '(?:CC|PI|A|C|P)\\d+' }],
  baselines: [], related: [],
  notes: ['Series entries (CC1 ... P8) carry the AICPA section heading as title; criteria carry no title (AICPA defines no short names).'],
  rules: { prefix: 'soc2', example: 'cc6.1 means CC6.1' },
};

export const ISO_27001: FrameworkMeta = {
  id: 'iso27001-2022', name: 'ISO/IEC 27001:2022 Annex A', short: 'ISO 27001', version: '2022', publisher: 'ISO/IEC',
  license: { terms: ISO_LICENSE, content: 'short-labels' }, kind: 'catalog',
  labels: { patterns: [re(/^iso(\/iec)? ?27001( ?: ?2022| 2022)?( annex a)?$/)], spellings: ['ISO 27001', 'ISO 27001:2022'], nearSpellings: ['ISO/IEC 27001:2022'] },
  idGrammar: {
    kind: 'pattern', pattern: '(A\\s?\\.?\\s?)?(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{1,2}))?(?![\\d.])', flags: 'i', normalize: 'A.{2:int}.{3:int}[.{4:int}]', examples: ['A.8.15'],
    otherEditions: [{ pattern: 'A\\.(?:\\d+\\.\\d+\\.\\d+|(?:9|1[0-8])\\.\\d+)', edition: 'ISO/IEC 27001:2013', note: 'three parts (A.9.4.2) or a first part above 8 is 2013 Annex A notation' }],
  },
  hierarchy: [
    { name: 'control', pattern: 'A\\.\\d+\\.\\d+' },
    { name: 'clause', pattern: '(\\d+(?:\\.\\d+)?)\\.\\d+', parent: '{1}' },
    { name: 'clause', pattern: '\\d+' },
  ],
  baselines: [], related: [],
  notes: ['Annex A themes (A.5 ... A.8) are groups, not entries. Management-system clauses 4-10.2 are entries of level clause in group clauses; the crosswalk from 800-53 (OLIR #155) maps to some of them. A bare 8.15 in an ISO cell reads as A.8.15.'],
  rules: { prefix: 'iso', example: '8.15 and A8.15 mean A.8.15' },
};

export const PCI_DSS: FrameworkMeta = {
  id: 'pci-dss-4.0.1', name: 'PCI DSS v4.0.1', short: 'PCI DSS', version: '4.0.1', publisher: 'PCI Security Standards Council',
  license: { terms: PCI_LICENSE, content: 'short-labels' }, kind: 'catalog',
  labels: { patterns: [re(/^pci[ -]?dss( v? ?4(\.0(\.1)?)?)?$/)], spellings: ['PCI DSS', 'PCI DSS v4.0.1'], nearSpellings: ['PCI DSS 4.0'] },
  idGrammar: { kind: 'pattern', pattern: '(?:Req(?:uirement)?\\.?\\s*)?((?:A[1-3]|\\d{1,2})(?:\\.\\d{1,2}){0,4})(?![\\d.])', flags: 'i', normalize: '{1:upper}', examples: ['8.3.1'], otherEditions: [] },
  hierarchy: [{ name: 'requirement', pattern: '((?:\\d{1,2}|A[1-3])(?:\\.\\d+)*)\\.\\d+', parent: '{1}' }, { name: 'principal-requirement', pattern: '\\d{1,2}|A[1-3]' }],
  baselines: [], related: [],
  notes: ['Sub-requirements carry no title (PCI SSC text is not reproduced); principal requirements and Appendices A1-A3 carry their short headings.'],
  rules: { prefix: 'pci', example: 'Req. 8.3.1 means 8.3.1' },
};
