import { derivationHops } from '../../crosswalk/hops.ts';
import { CIS, PCI } from '../../frameworks/registry.ts';
import { compareIds } from '../../frameworks/sort.ts';
import type { ReferenceData } from '../../reference.ts';
import type { Json } from './metadata.ts';
import { targetId } from './relationship.ts';
import { uuidV5 } from './uuid.ts';

/** The requirements of a target a control could map to: current ones, and for CIS and PCI not their groupings. */
export function mappableIds(reference: ReferenceData, framework: string): string[] {
  const catalog = reference.catalogs.get(framework);
  if (!catalog) return [];
  const grouped = framework === CIS || framework === PCI;
  return [...catalog.entries.values()].filter((e) => !e.withdrawn && (!grouped || e.parent !== null)).map((e) => e.id).sort(compareIds);
}

/** An OSCAL gap summary, or nothing when there is no gap (unmapped-controls needs one item). */
export function gapSummary(name: string, ids: readonly string[]): Json | null {
  return ids.length === 0 ? null : { uuid: uuidV5(`gap:${name}`), 'unmapped-controls': [{ 'with-ids': [...ids] }] };
}

/**
 * What the crosswalks toward a framework leave out, from their unmapped lists: the source-side IDs
 * each lists as unmapped, and the target requirements no edge of it reaches.
 */
export function crosswalkGaps(reference: ReferenceData, framework: string): string[] {
  const targets = mappableIds(reference, framework);
  // Only the crosswalks derivation walks toward this framework (SOC 2's is walked backwards).
  const toward = (file: { from: string; to: string }): boolean => derivationHops().some(({ from, to }) => to === framework && (file.from === from || file.to === from) && (file.from === framework || file.to === framework));
  return reference.crosswalks.files.filter(toward).map((file) => {
    const reached = new Set(file.edges.map((edge) => (file.to === framework ? edge.to : edge.from)));
    if (file.from === framework) return `${file.id}: ${file.unmappedFrom.length} of ${targets.length} ${framework} requirements have no edge (its unmapped list)`;
    const missing = targets.filter((id) => !reached.has(id)).length;
    return `${file.id}: ${missing} of ${targets.length} ${framework} requirements have no edge; ${file.unmappedFrom.length} ${file.from} IDs are on its unmapped list`;
  });
}

export const gapIds = (framework: string, ids: readonly string[]): string[] => ids.map((id) => targetId(framework, id));
