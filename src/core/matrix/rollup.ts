import { isRollUp } from '../crosswalk/hops.ts';
import type { Catalog } from '../frameworks/catalog.ts';
import { CIS, NIST } from '../frameworks/registry.ts';
import { compareIds } from '../frameworks/sort.ts';
import type { RequirementControl, RequirementLookup } from './requirements.ts';

/** The controls on one part of a rolled-up requirement (an enhancement, a safeguard). */
export interface RollupPart {
  id: string;
  title: string;
  controls: RequirementControl[];
}

/**
 * A requirement counted together with its parts: a NIST control with its enhancements, a CIS
 * control with its safeguards. Always shown as a roll-up: the parts' controls are not mapped to
 * the requirement itself (for NIST they contribute to it; CIS controls are groupings).
 */
export interface RequirementRollup {
  kind: 'enhancements' | 'safeguards';
  /** Controls on the requirement itself, asserted or crosswalk-derived (not the roll-ups of its parts). */
  own: RequirementControl[];
  parts: RollupPart[];
  /** Distinct guide controls on the requirement or any part. */
  total: number;
}

const controlKey = (c: RequirementControl): string => `${c.guide}#${c.controlNumber}#${c.controlAnchor}`;

/** Pure: the roll-up of a NIST base control or a CIS control; null for anything without parts. */
export function requirementRollup(index: RequirementLookup, catalog: Catalog, id: string): RequirementRollup | null {
  if (catalog.key !== NIST && catalog.key !== CIS) return null;
  const byId = index.get(catalog.key);
  const parts = [...catalog.entries.values()].filter((entry) => entry.parent === id && !entry.withdrawn).sort((a, b) => compareIds(a.id, b.id))
    .map((entry) => ({ id: entry.id, title: entry.title, controls: [...(byId?.get(entry.id) ?? [])] }));
  if (parts.length === 0) return null;
  const own = (byId?.get(id) ?? []).filter((c) => !(c.derivation === 'derived' && isRollUp(c.hops[c.hops.length - 1]?.crosswalk)));
  const total = new Set([...own, ...parts.flatMap((part) => part.controls)].map(controlKey)).size;
  return { kind: catalog.key === NIST ? 'enhancements' : 'safeguards', own, parts, total };
}
