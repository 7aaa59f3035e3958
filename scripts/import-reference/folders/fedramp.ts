// FedRAMP Rev 5: a profile framework. Baseline membership is read from GSA's four COPIED OSCAL
// profiles with the generic profile importer and cross-checked against the DERIVED baselines file.
import type { SourceRef, Input, Warn } from '../types.ts';
import type { FolderSpec } from './folder.ts';
import { FEDRAMP_R5 } from './meta-new.ts';
import { isOscalProfile, profileSelection } from './oscal-profile.ts';

export const FEDRAMP_LEVELS = ['low', 'moderate', 'high', 'li-saas'] as const;
type Derived = { baselines: Record<string, Array<{ label: string; fedrampCore?: boolean }>> };

/** `nistOrder`: OSCAL ids of the 800-53 folder in its entry order; `labelOf`: OSCAL id -> display ID. */
export function fedrampFolder(profiles: Array<{ level: string; input: Input }>, derived: Input, nistOrder: string[], labelOf: Map<string, string>, warn: Warn): FolderSpec {
  const selections: Record<string, string[]> = {};
  const sources: SourceRef[] = [];
  for (const { level, input } of profiles) {
    sources.push(input.ref);
    if (!isOscalProfile(input.data)) throw new Error(`${input.ref.path}: not an OSCAL profile`);
    const { ids, problems } = profileSelection(input.data, nistOrder);
    for (const p of problems) warn(`FedRAMP ${level}: ${p}`);
    selections[level] = ids.map((id) => labelOf.get(id) ?? id);
    const fromDerived = (derived.data as Derived).baselines[level]?.map((c) => c.label) ?? [];
    if ([...fromDerived].sort().join() !== [...(selections[level] ?? [])].sort().join()) warn(`FedRAMP ${level}: profile selection differs from fedramp-rev5_baselines.json`);
  }
  sources.push(derived.ref);
  const core: Record<string, string[]> = {};
  for (const l of FEDRAMP_LEVELS) {
    const ids = ((derived.data as Derived).baselines[l] ?? []).filter((c) => c.fedrampCore).map((c) => c.label);
    if (ids.length) core[l] = ids;
  }
  const counts = Object.fromEntries(FEDRAMP_LEVELS.map((l) => [l, selections[l]?.length ?? 0]));
  return {
    meta: FEDRAMP_R5,
    catalog: {
      framework: FEDRAMP_R5.id, version: 'fedramp2.1.0-oscal1.0.4',
      groups: FEDRAMP_LEVELS.map((l) => ({ id: l, title: FEDRAMP_R5.baselines.find((b) => b.id === l)?.name ?? l })),
      entries: [],
      selections: { ...selections, ...Object.fromEntries(Object.entries(core).map(([l, ids]) => [`${l}-core`, ids])) },
    },
    sources,
    counts: { ...counts, ...Object.fromEntries(Object.entries(core).map(([l, ids]) => [`${l}Core`, ids.length])) },
    what: [
      'FedRAMP Rev 5 LOW, MODERATE, HIGH and Tailored LI-SaaS baselines as selections of NIST SP 800-53 Rev 5 IDs, read from GSA\'s OSCAL profiles (imports[].include-controls[].with-ids) by the generic OSCAL profile importer and cross-checked against the derived baselines file.',
      'Selections `<baseline>-core` list the controls carrying FedRAMP\'s CORE prop (from the derived file). LI-SaaS tailoring methods (ATTEST, ASSESS, CONDITIONAL, NSO, FED) are not carried: FedRAMP does not define the codes in the profile.',
    ],
    gaps: ['Snapshot of 2024-12 (files last changed 2024-09-24); later FedRAMP changes are not reflected.', 'Parameter values and FedRAMP additions (modify/set-parameters, alters) are not read.'],
  };
}
