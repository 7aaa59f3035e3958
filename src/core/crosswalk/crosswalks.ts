/** A crosswalk file of mappings/crosswalks, as written by scripts/import-reference.ts. */
export interface CrosswalkFile {
  id: string;
  from: string;
  to: string;
  title: string;
  edges: Array<{ from: string; to: string; relationship: string; sourceRef?: string }>;
}

export interface CrosswalkEdge {
  crosswalk: string;
  relationship: string;
  /** The other end of the edge. */
  framework: string;
  id: string;
}

/**
 * Crosswalks indexed in both directions: for a (framework, ID) pair, every edge that touches it.
 * Direction does not matter for "which requirements follow from this one", only provenance does.
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
      add(file.from, edge.from, { crosswalk: file.id, relationship: edge.relationship, framework: file.to, id: edge.to });
      add(file.to, edge.to, { crosswalk: file.id, relationship: edge.relationship, framework: file.from, id: edge.from });
    }
  }
  return { files, edges: (framework, id) => index.get(`${framework}\u0000${id}`) ?? [] };
}
