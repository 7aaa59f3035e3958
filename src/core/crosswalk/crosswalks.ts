import type { CrosswalkFile } from '../model/crosswalk.ts';
import type { Relationship } from '../model/relationship.ts';
import { invert } from './compose.ts';

export type { CrosswalkFile } from '../model/crosswalk.ts';

export interface CrosswalkEdge {
  crosswalk: string;
  /** From the queried requirement's side: "queried is relationship other". */
  relationship: Relationship;
  /** True when the file states the edge the other way round (the relationship is inverted). */
  reversed: boolean;
  /** The other end of the edge. */
  framework: string;
  id: string;
}

/**
 * Crosswalks indexed in both directions: for a (framework, ID) pair, every edge that touches it,
 * with the relationship read from that pair's side (a file's `subset-of` is `superset-of` walked
 * backwards).
 */
export interface Crosswalks {
  files: readonly CrosswalkFile[];
  edges(framework: string, id: string): readonly CrosswalkEdge[];
}

export function buildCrosswalks(files: readonly CrosswalkFile[]): Crosswalks {
  const index = new Map<string, CrosswalkEdge[]>();
  const add = (framework: string, id: string, edge: CrosswalkEdge): void => {
    const key = `${framework}\u0000${id}`;
    const list = index.get(key);
    if (list) list.push(edge);
    else index.set(key, [edge]);
  };
  for (const file of files) {
    for (const edge of file.edges) {
      add(file.from, edge.from, { crosswalk: file.id, relationship: edge.relationship, reversed: false, framework: file.to, id: edge.to });
      add(file.to, edge.to, { crosswalk: file.id, relationship: invert(edge.relationship), reversed: true, framework: file.from, id: edge.from });
    }
  }
  return { files, edges: (framework, id) => index.get(`${framework}\u0000${id}`) ?? [] };
}
