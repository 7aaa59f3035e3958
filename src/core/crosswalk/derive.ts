import type { Catalogs } from '../frameworks/catalog.ts';
import { CIS, ISO, NIST, SOC2 } from '../frameworks/registry.ts';
import type { Crosswalks } from './crosswalks.ts';
import { compareNumeric, compareText } from '../collate.ts';

/** A requirement a control maps to: written in the guide, or derived through crosswalks. */
export interface RelatedRequirement {
  framework: string;
  id: string;
  derivation: 'asserted' | 'derived';
  /** For derived requirements: the chain of IDs it came through, starting at an asserted one. */
  via: Array<{ framework: string; id: string }>;
  /** Crosswalk ids used, in order. */
  crosswalks: string[];
  /** True when an enhancement had no edge and its base control's edges were used instead. */
  rolledUp: boolean;
}

/** Which hops are followed from which asserted framework. */
const HOPS: Array<[from: string, to: string]> = [
  [NIST, SOC2],
  [NIST, ISO],
  [CIS, NIST],
  [CIS, ISO],
];

/**
 * Edges of (framework, id) toward `target`. A NIST enhancement the crosswalk does not list
 * rolls up to its base control, and the result says so.
 */
export function edgesToward(crosswalks: Crosswalks, catalogs: Catalogs, framework: string, id: string, target: string): Array<{ id: string; crosswalk: string; rolledUp: boolean; through: string }> {
  const direct = crosswalks.edges(framework, id).filter((edge) => edge.framework === target);
  if (direct.length > 0) return direct.map((edge) => ({ id: edge.id, crosswalk: edge.crosswalk, rolledUp: false, through: id }));
  const parent = framework === NIST ? catalogs.get(NIST)?.entries.get(id)?.parent : null;
  if (!parent) return [];
  return crosswalks.edges(framework, parent).filter((edge) => edge.framework === target).map((edge) => ({ id: edge.id, crosswalk: edge.crosswalk, rolledUp: true, through: parent }));
}

/**
 * Pure: the asserted mappings of one control, plus the SOC 2, ISO and NIST requirements that
 * follow from its NIST and CIS IDs. CIS reaches SOC 2 in two hops (CIS -> NIST -> SOC 2).
 */
export function relatedRequirements(asserted: ReadonlyArray<{ framework: string; id: string }>, crosswalks: Crosswalks, catalogs: Catalogs): RelatedRequirement[] {
  const result = new Map<string, RelatedRequirement>();
  const key = (framework: string, id: string): string => `${framework}\u0000${id}`;
  for (const mapping of asserted) {
    if (!result.has(key(mapping.framework, mapping.id))) result.set(key(mapping.framework, mapping.id), { framework: mapping.framework, id: mapping.id, derivation: 'asserted', via: [], crosswalks: [], rolledUp: false });
  }
  const derive = (framework: string, id: string, chain: RelatedRequirement['via'], used: string[], rolledUp: boolean, depth: number): void => {
    for (const [from, to] of HOPS) {
      if (from !== framework) continue;
      for (const edge of edgesToward(crosswalks, catalogs, framework, id, to)) {
        const via = [...chain, { framework, id: edge.through }];
        const crosswalkIds = [...used, edge.crosswalk];
        const existing = result.get(key(to, edge.id));
        // Keep the most direct explanation: NIST AU-2 -> CC7.2 beats CIS 8.2 -> AU-2 -> CC7.2.
        if (!existing || (existing.derivation === 'derived' && existing.via.length > via.length)) {
          result.set(key(to, edge.id), { framework: to, id: edge.id, derivation: 'derived', via, crosswalks: crosswalkIds, rolledUp: rolledUp || edge.rolledUp });
        }
        // CIS -> NIST results feed one more hop to SOC 2, never further.
        if (depth === 0 && from === CIS && to === NIST) derive(NIST, edge.id, via, crosswalkIds, rolledUp || edge.rolledUp, 1);
      }
    }
  };
  for (const mapping of asserted) {
    if (mapping.framework === NIST || mapping.framework === CIS) derive(mapping.framework, mapping.id, [], [], false, 0);
  }
  return [...result.values()].sort((a, b) => compareText(a.framework, b.framework) || compareNumeric(a.id, b.id));
}
