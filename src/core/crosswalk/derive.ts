import type { Catalogs } from '../frameworks/catalog.ts';
import { NIST } from '../frameworks/defaults.ts';
import type { Relationship, Strength } from '../model/relationship.ts';
import type { Crosswalks } from './crosswalks.ts';
import { compose, composeAll, RELATIONSHIP_RANK, strengthOf } from './compose.ts';
import { compareNumeric, compareText } from '../collate.ts';
import { derivationHops, derivationSources, isRollUp, rollUpCrosswalk } from './hops.ts';

/** The hop from a NIST enhancement to its base control, named like a crosswalk in paths (`<framework>:<level>-to-base`, from the hierarchy's `rollsUp`). */
export const ROLLUP = `${NIST}:enhancement-to-base`;

/**
 * An enhancement adds to part of its base control's scope: meeting IA-2(1) does not meet all of
 * IA-2, it contributes to it (issue 11). `subset-of` says exactly that and composes accordingly.
 */
export const ENHANCEMENT_TO_BASE: Relationship = 'subset-of';

/** One requirement on a derivation path and the hop that reached it (null for the asserted start). */
export interface PathStep {
  framework: string;
  id: string;
  /** Crosswalk id of the hop, `ROLLUP` for enhancement -> base, null at the start. */
  crosswalk: string | null;
  /** "previous step is relationship this one"; null at the start. */
  relationship: Relationship | null;
}

/** A requirement a control maps to: written in the guide, or derived through crosswalks. */
export interface RelatedRequirement {
  framework: string;
  id: string;
  derivation: 'asserted' | 'derived';
  /** For derived requirements: the requirements before this one on the path, starting at an asserted one. */
  via: Array<{ framework: string; id: string }>;
  /** Crosswalk ids of the path's hops, in order (`ROLLUP` for a roll-up). */
  crosswalks: string[];
  /** True when a hop goes from a NIST enhancement to its base control. */
  rolledUp: boolean;
  /** For derived requirements: the asserted start, each hop, and this requirement last; empty when asserted. */
  path: PathStep[];
  /** Composed along the path: "the asserted start is relationship this one"; null when asserted. */
  relationship: Relationship | null;
  /** What meeting the asserted start does for this requirement; null when asserted. */
  strength: Strength | null;
}

/** An edge toward a framework, found directly or through the base control of an enhancement. */
export interface TowardEdge {
  id: string;
  crosswalk: string;
  rolledUp: boolean;
  /** The ID whose edge it is: the queried one, or its base control. */
  through: string;
  /** "queried is relationship id", composed over `hops`. */
  relationship: Relationship;
  /** The steps after the queried requirement: the roll-up, if any, then the crosswalk hop. */
  hops: PathStep[];
}

/**
 * Edges of (framework, id) toward `target`. A NIST enhancement the crosswalk does not list
 * rolls up to its base control, and the result says so (and carries the roll-up hop).
 */
export function edgesToward(crosswalks: Crosswalks, catalogs: Catalogs, framework: string, id: string, target: string): TowardEdge[] {
  const direct = crosswalks.edges(framework, id).filter((edge) => edge.framework === target);
  if (direct.length > 0) {
    return direct.map((edge) => ({ id: edge.id, crosswalk: edge.crosswalk, rolledUp: false, through: id, relationship: edge.relationship, hops: [{ framework: target, id: edge.id, crosswalk: edge.crosswalk, relationship: edge.relationship }] }));
  }
  const rollUp = rollUpCrosswalk(framework, id);
  const parent = rollUp ? catalogs.get(framework)?.entries.get(id)?.parent : null;
  if (!rollUp || !parent) return [];
  const up: PathStep = { framework, id: parent, crosswalk: rollUp, relationship: ENHANCEMENT_TO_BASE };
  return crosswalks.edges(framework, parent).filter((edge) => edge.framework === target).map((edge) => ({
    id: edge.id, crosswalk: edge.crosswalk, rolledUp: true, through: parent,
    relationship: compose(ENHANCEMENT_TO_BASE, edge.relationship),
    hops: [up, { framework: target, id: edge.id, crosswalk: edge.crosswalk, relationship: edge.relationship }],
  }));
}

function derivedAlong(path: PathStep[], rolledUp: boolean): RelatedRequirement {
  const last = path[path.length - 1] as PathStep;
  const hops = path.slice(1);
  const relationship = composeAll(hops.map((step) => step.relationship ?? 'unspecified'));
  return {
    framework: last.framework, id: last.id, derivation: 'derived',
    via: path.slice(0, -1).map(({ framework, id }) => ({ framework, id })),
    crosswalks: hops.map((step) => step.crosswalk ?? ''),
    rolledUp, path, relationship, strength: strengthOf(relationship),
  };
}

/** Of two chains to one requirement: the stronger, then the more informative, then the shorter. */
function better(a: RelatedRequirement, b: RelatedRequirement): boolean {
  const strength = (r: RelatedRequirement): number => (r.strength === 'meets' ? 0 : 1);
  const rank = (r: RelatedRequirement): number => (r.relationship ? RELATIONSHIP_RANK[r.relationship] : 0);
  return (strength(a) - strength(b) || rank(a) - rank(b) || a.path.length - b.path.length) < 0;
}

/**
 * Pure: the asserted mappings of one control, plus the SOC 2, ISO and NIST requirements that
 * follow from its NIST and CIS IDs, each with its path, composed relationship and strength.
 * CIS reaches SOC 2 in two hops (CIS -> NIST -> SOC 2). Every NIST enhancement on a result
 * contributes to its base control, listed as a roll-up, so every step of every path is itself
 * a result (a page that shows a chain can link each of its steps).
 */
export function relatedRequirements(asserted: ReadonlyArray<{ framework: string; id: string }>, crosswalks: Crosswalks, catalogs: Catalogs): RelatedRequirement[] {
  const result = new Map<string, RelatedRequirement>();
  const key = (framework: string, id: string): string => `${framework}\u0000${id}`;
  const offer = (candidate: RelatedRequirement): void => {
    const existing = result.get(key(candidate.framework, candidate.id));
    if (!existing || (existing.derivation === 'derived' && better(candidate, existing))) result.set(key(candidate.framework, candidate.id), candidate);
  };
  for (const mapping of asserted) {
    offer({ framework: mapping.framework, id: mapping.id, derivation: 'asserted', via: [], crosswalks: [], rolledUp: false, path: [], relationship: null, strength: null });
  }
  const derive = (path: PathStep[], rolledUp: boolean, depth: number): void => {
    const here = path[path.length - 1] as PathStep;
    for (const hop of derivationHops()) {
      // Never back into a framework already on the path (CSF -> 800-53 -> CSF would relate CSF to itself).
      if (hop.from !== here.framework || path.some((step) => step.framework === hop.to)) continue;
      for (const edge of edgesToward(crosswalks, catalogs, here.framework, here.id, hop.to)) {
        const next = [...path, ...edge.hops];
        offer(derivedAlong(next, rolledUp || edge.rolledUp));
        // CIS -> NIST results feed one more hop to SOC 2 or ISO, never further.
        if (depth === 0 && hop.onward) derive(next, rolledUp || edge.rolledUp, 1);
      }
    }
  };
  for (const mapping of asserted) {
    if (derivationSources().has(mapping.framework)) derive([{ framework: mapping.framework, id: mapping.id, crosswalk: null, relationship: null }], false, 0);
  }
  for (const entry of [...result.values()]) {
    const rollUp = rollUpCrosswalk(entry.framework, entry.id);
    const parent = rollUp ? catalogs.get(entry.framework)?.entries.get(entry.id)?.parent : null;
    if (!rollUp || !parent) continue;
    const start = entry.derivation === 'asserted' ? [{ framework: entry.framework, id: entry.id, crosswalk: null, relationship: null }] : entry.path;
    offer(derivedAlong([...start, { framework: entry.framework, id: parent, crosswalk: rollUp, relationship: ENHANCEMENT_TO_BASE }], true));
  }
  // Paths through a rolled-up base whose own entry lost to a better chain still name it; make sure it is listed.
  for (const entry of [...result.values()]) {
    for (let i = 1; i < entry.path.length - 1; i++) {
      const step = entry.path[i] as PathStep;
      if (!result.has(key(step.framework, step.id))) offer(derivedAlong(entry.path.slice(0, i + 1), entry.path.slice(1, i + 1).some((s) => isRollUp(s.crosswalk))));
    }
  }
  return [...result.values()].sort((a, b) => compareText(a.framework, b.framework) || compareNumeric(a.id, b.id));
}
