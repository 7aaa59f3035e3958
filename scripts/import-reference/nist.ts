import { BASELINE_LEVELS, type BaselineLevel } from './inputs.ts';
import { sortNatural } from './natural.ts';
import type { Artifact, CatalogIndex, Input, Warn } from './types.ts';
import { crossCheckFullCatalog } from './nist-crosscheck.ts';

export const NIST_KEY = 'nist-800-53-r5';

export type IndexRecord = {
  id: string;
  label: string;
  title: string;
  family: string;
  parent: string | null;
  withdrawn: boolean;
  withdrawnTo?: { rel: string; target: string }[];
  baselines: string[];
  addedInRelease?: string;
};

type ControlIndex = {
  familyTitles: Record<string, string>;
  controls: IndexRecord[];
  counts: Record<string, number>;
};

type Profile = { profile: { imports: { 'include-controls'?: { 'with-ids'?: string[] }[] }[] } };

export type NistControl = {
  id: string;
  title: string;
  family: string;
  parent: string | null;
  withdrawn: boolean;
  incorporatedInto: string[];
  baselines: BaselineLevel[];
  addedInRelease?: string;
};

export type NistCatalog = CatalogIndex & {
  artifact: Artifact;
  /** OSCAL id (ac-2.1) to display id (AC-2(1)), for crosswalks that use OSCAL ids. */
  labelByOscalId: Map<string, string>;
  withdrawn: Set<string>;
};

export type NistInputs = {
  index: Input;
  profiles: { level: BaselineLevel; input: Input }[];
  catalog2021: Input;
};

export function buildNistCatalog(inputs: NistInputs, warn: Warn): NistCatalog {
  const index = inputs.index.data as ControlIndex;
  const labels = new Map(index.controls.map((c) => [c.id, c.label]));
  const membership = profileMembership(inputs.profiles);
  crossCheckBaselines(index.controls, membership, warn);
  crossCheckFullCatalog(index.controls, inputs.catalog2021.data, warn);

  const controls = sortNatural(
    index.controls.map((rec) => toControl(rec, labels, membership, warn)),
    (c) => c.id,
  );
  const counts = countControls(controls);
  checkCounts(counts, index.counts, warn);
  const notes = provenanceNotes(controls);
  const sources = [inputs.index.ref, ...inputs.profiles.map((p) => p.input.ref), inputs.catalog2021.ref];

  const json = {
    framework: NIST_KEY,
    title: 'NIST SP 800-53 Rev 5',
    version: 'Release 5.2.0 ID set (5.0.1 catalog + 5.1.1/5.2.0 additions); baselines 5.1.1+u4',
    license: 'Public domain (U.S. Government work); CC0 1.0 worldwide. No NIST endorsement implied.',
    provenance: { sources, notes },
    counts,
    families: sortedRecord(index.familyTitles),
    controls,
  };
  return {
    key: NIST_KEY,
    ids: new Set(controls.map((c) => c.id)),
    mappable: controls.filter((c) => !c.withdrawn).map((c) => c.id),
    labelByOscalId: labels,
    withdrawn: new Set(controls.filter((c) => c.withdrawn).map((c) => c.id)),
    artifact: { file: `catalogs/${NIST_KEY}.json`, json, sources, counts, note: { ...NOTE, what: [...NOTE.what, notes] } },
  };
}

// Baselines come from the COPIED profiles rather than the derived index because
// the profiles are NIST's own files; the index is only cross-checked.
function profileMembership(profiles: NistInputs['profiles']): Map<string, BaselineLevel[]> {
  const members = new Map<string, BaselineLevel[]>();
  for (const level of BASELINE_LEVELS) {
    const profile = profiles.find((p) => p.level === level);
    if (!profile) continue;
    for (const id of withIds(profile.input.data as Profile)) {
      members.set(id, [...(members.get(id) ?? []), level]);
    }
  }
  return members;
}

function withIds(doc: Profile): string[] {
  return doc.profile.imports.flatMap((imp) => (imp['include-controls'] ?? []).flatMap((inc) => inc['with-ids'] ?? []));
}

function crossCheckBaselines(records: IndexRecord[], membership: Map<string, BaselineLevel[]>, warn: Warn): void {
  const known = new Set(records.map((r) => r.id));
  for (const id of membership.keys()) if (!known.has(id)) warn(`NIST profile lists ${id}, which the index lacks`);
  for (const rec of records) {
    const fromProfiles = (membership.get(rec.id) ?? []).join(',');
    const fromIndex = BASELINE_LEVELS.filter((l) => rec.baselines.includes(l)).join(',');
    if (fromProfiles !== fromIndex) warn(`NIST ${rec.label}: baselines index=[${fromIndex}] profiles=[${fromProfiles}]`);
  }
}

function toControl(
  rec: IndexRecord,
  labels: Map<string, string>,
  membership: Map<string, BaselineLevel[]>,
  warn: Warn,
): NistControl {
  const control: NistControl = {
    id: rec.label,
    title: rec.title,
    family: rec.family.toUpperCase(),
    parent: rec.parent === null ? null : (labels.get(rec.parent) ?? rec.parent.toUpperCase()),
    withdrawn: rec.withdrawn,
    incorporatedInto: (rec.withdrawnTo ?? []).map((t) => redirectToDisplay(t.target, labels, rec.label, warn)),
    baselines: membership.get(rec.id) ?? [],
  };
  if (rec.addedInRelease) control.addedInRelease = rec.addedInRelease;
  return control;
}

// Withdrawal links point at controls, but two point elsewhere: a whole family
// (SA-12 -> "sr") and a statement item (AC-2(10) -> "ac-2_smt.k"). Render those
// the way the NIST PDF does ("SR", "AC-2k") rather than dropping them.
export function redirectToDisplay(target: string, labels: Map<string, string>, from: string, warn: Warn): string {
  const label = labels.get(target);
  if (label) return label;
  if (/^[a-z]{2}$/.test(target)) return target.toUpperCase();
  const [, control = '', part = ''] = /^(.+)_smt\.([a-z0-9.]+)$/.exec(target) ?? [];
  const controlLabel = labels.get(control);
  if (controlLabel && part) return `${controlLabel}${part}`;
  warn(`NIST ${from}: withdrawal target ${target} not resolvable; kept as is`);
  return target;
}

function countControls(controls: NistControl[]): Record<string, number> {
  const base = controls.filter((c) => c.parent === null);
  const enh = controls.filter((c) => c.parent !== null);
  const inBaseline = (l: BaselineLevel) => controls.filter((c) => c.baselines.includes(l)).length;
  return {
    total: controls.length,
    base: base.length,
    baseWithdrawn: base.filter((c) => c.withdrawn).length,
    enhancements: enh.length,
    enhancementsWithdrawn: enh.filter((c) => c.withdrawn).length,
    active: controls.filter((c) => !c.withdrawn).length,
    baselineLow: inBaseline('low'),
    baselineModerate: inBaseline('moderate'),
    baselineHigh: inBaseline('high'),
    baselinePrivacy: inBaseline('privacy'),
    addedInRelease: controls.filter((c) => c.addedInRelease).length,
  };
}

const EXPECTED_KEYS: Record<string, string> = {
  total: 'total',
  base: 'base',
  baseWithdrawn: 'baseWithdrawn',
  enhancements: 'enhancements',
  enhancementsWithdrawn: 'enhancementsWithdrawn',
  active: 'active',
  baselineLow: 'baseline_low',
  baselineModerate: 'baseline_moderate',
  baselineHigh: 'baseline_high',
  baselinePrivacy: 'baseline_privacy',
};

function checkCounts(ours: Record<string, number>, published: Record<string, number>, warn: Warn): void {
  for (const [key, theirs] of Object.entries(EXPECTED_KEYS)) {
    if (ours[key] !== published[theirs]) warn(`NIST count ${key}=${ours[key]}, source says ${published[theirs]}`);
  }
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// Built from the data so the redirect caveats name the entries they concern.
function provenanceNotes(controls: NistControl[]): string {
  const odd = controls.filter((c) => c.incorporatedInto.some((t) => !/^[A-Z]{2}-\d+(\(\d+\))?$/.test(t)));
  const oddText = odd.map((c) => `${c.id} -> ${c.incorporatedInto.join(', ')}`).join('; ');
  const bare = controls.filter((c) => c.withdrawn && c.incorporatedInto.length === 0).map((c) => c.id);
  const added = controls.filter((c) => c.addedInRelease).map((c) => `${c.id} (${c.addedInRelease})`);
  return (
    'IDs, titles, withdrawn status and redirects from the derived control index (complete OSCAL catalog 5.0.1, ' +
    'titles of baseline controls from 5.1.1+u4), cross-checked against the 5.0.1 catalog. Baselines from the ' +
    `5.1.1+u4 OSCAL profiles (with-ids). Entries with addedInRelease come from NIST release notes, not a local data file: ${added.join(', ')}. ` +
    'incorporatedInto lists incorporated-into and moved-to targets. Targets that are not controls: ' +
    `${oddText || 'none'} (a two-letter target is a whole family; a trailing letter is a statement item, as in the NIST PDF). ` +
    `Withdrawn with no redirect: ${bare.join(', ') || 'none'}. ` +
    'Titles of non-baseline entries keep 2021 capitalisation; compare titles case-insensitively.'
  );
}

const NOTE = {
  heading: 'NIST SP 800-53 Rev 5 control catalog',
  what: [
    'Every SP 800-53 Rev 5 control and control enhancement (withdrawn ones included) with display ID, title, family, parent, withdrawn status and redirect, and LOW/MODERATE/HIGH/PRIVACY baseline membership. IDs use the NIST display form (`AC-2`, `AC-2(1)`, no zero padding).',
  ],
  terms: [
    'U.S. Government work, public domain in the U.S.; worldwide CC0 1.0 waiver (usnistgov/oscal-content `LICENSE.md`). Free to copy, modify and redistribute, commercial use included. Do not imply NIST endorsement.',
    'Titles are included (public domain). Control statements, discussion and assessment objectives are not, to keep the file small.',
  ],
  gaps: [
    'The SP 800-53 Release 5.2.0 OSCAL catalog (oscal-content v1.5.0, SHA-256 01f37cf9…c062) could not be obtained; the ID set matches the 1,196 entries third parties report for it, but the 7 `addedInRelease` entries are taken from release notes and are unverified (SA-15(13) reportedly carries SA-15(12) statement text in the 5.2.0 OSCAL).',
    'Baselines are 5.1.1+u4. 5.2.0 baseline profiles were not found; the three 5.2.0 additions are reported to be in no baseline.',
    'Titles outside the baselines come from the 2021 (5.0.1) catalog; seven differ from 5.1.1 in capitalisation only.',
    'SI-7(12) was revised in 5.2.0; the revision is not reflected (titles only here).',
  ],
};
