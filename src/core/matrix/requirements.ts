import { compareIds } from '../frameworks/sort.ts';
import type { MappingRow } from '../export/rows.ts';
import type { Relationship, Strength } from '../model/relationship.ts';
import { compareText } from '../collate.ts';

/** A guide control as it appears against one requirement. */
export interface RequirementControl {
  guide: string;
  controlNumber: string;
  controlTitle: string;
  controlAnchor: string;
  level: string;
  derivation: 'asserted' | 'derived';
  via: string;
  /** For derived entries: composed relationship and strength from the asserted start, and the path. */
  relationship: Relationship | '';
  strength: Strength | '';
  path: string;
  hops: MappingRow['hops'];
}

type ControlHead = Pick<RequirementControl, 'guide' | 'controlNumber' | 'controlTitle' | 'controlAnchor' | 'level'>;
type Derivation = Pick<RequirementControl, 'derivation' | 'via' | 'relationship' | 'strength' | 'path' | 'hops'>;

/** What `requirementRollup` reads of an index: a plain map of maps, or `RequirementLists` per framework. */
export interface RequirementLookup {
  get(framework: string): { get(id: string): readonly RequirementControl[] | undefined } | undefined;
}

/**
 * One framework's requirements and the guide controls on each, packed: a list is pairs of
 * numbers (the control, the derivation), and its `RequirementControl` objects are made when
 * asked for. A 1,300-guide collection has about 2.5 million such entries; as objects, each with
 * its own path, they took most of the site's memory.
 */
export class RequirementLists {
  readonly #heads: readonly ControlHead[];
  readonly #derivations: readonly Derivation[];
  readonly #lists: ReadonlyMap<string, readonly number[]>;

  constructor(heads: readonly ControlHead[], derivations: readonly Derivation[], lists: ReadonlyMap<string, readonly number[]>) {
    this.#heads = heads;
    this.#derivations = derivations;
    this.#lists = lists;
  }

  /** Requirements with at least one control. */
  get size(): number {
    return this.#lists.size;
  }

  has(id: string): boolean {
    return this.#lists.has(id);
  }

  keys(): IterableIterator<string> {
    return this.#lists.keys();
  }

  /** The controls on `id` (only those of `guide`, when given), sorted by guide and control number; undefined when none. */
  get(id: string, guide?: string): RequirementControl[] | undefined {
    const pairs = this.#lists.get(id);
    if (!pairs) return undefined;
    const found: RequirementControl[] = [];
    for (let at = 0; at < pairs.length; at += 2) {
      const head = this.#heads[pairs[at] as number] as ControlHead;
      if (guide !== undefined && head.guide !== guide) continue;
      const how = this.#derivations[pairs[at + 1] as number] as Derivation;
      found.push({ guide: head.guide, controlNumber: head.controlNumber, controlTitle: head.controlTitle, controlAnchor: head.controlAnchor, level: head.level, derivation: how.derivation, via: how.via, relationship: how.relationship, strength: how.strength, path: how.path, hops: how.hops });
    }
    return found;
  }
}

export type RequirementIndex = Map<string, RequirementLists>;

/** Rows of one guide at a time into a requirement index: see `requirementIndexBuilder`. */
export interface RequirementIndexBuilder {
  /** Every row of one guide; each guide once. */
  addGuide(rows: readonly MappingRow[]): void;
  /** The index, each list sorted by guide and control number. Call once, after the last guide. */
  finish(): RequirementIndex;
}

const ASSERTED: Derivation = { derivation: 'asserted', via: '', relationship: '', strength: '', path: '', hops: [] };

/**
 * For each framework requirement, every guide control that maps to it, built guide by guide so a
 * caller never holds every row of a large collection at once. A control that both asserts and
 * derives a requirement is listed once, as asserted (the first row of a guide's control number
 * wins). Controls and derivations are kept once each: derivation paths recur across thousands
 * of controls, as the crosswalk graph is small.
 */
export function requirementIndexBuilder(): RequirementIndexBuilder {
  const heads: ControlHead[] = [];
  const derivations: Derivation[] = [ASSERTED];
  const derivationIds = new Map<string, number>([[JSON.stringify(ASSERTED), 0]]);
  const lists = new Map<string, Map<string, number[]>>();
  const derivationOf = (row: MappingRow): number => {
    const how: Derivation = { derivation: row.derivation, via: row.via, relationship: row.relationship, strength: row.strength, path: row.path, hops: row.hops };
    const key = JSON.stringify(how);
    let id = derivationIds.get(key);
    if (id === undefined) {
      id = derivations.push(how) - 1;
      derivationIds.set(key, id);
    }
    return id;
  };
  return {
    addGuide(rows) {
      // Within one guide: its controls' heads, and each entry made so far (a later asserted row replaces a derived one).
      const ownHeads = new Map<string, number>();
      const seen = new Map<string, { pairs: number[]; at: number }>();
      for (const row of rows) {
        const byId = lists.get(row.framework) ?? new Map<string, number[]>();
        lists.set(row.framework, byId);
        const pairs = byId.get(row.frameworkId) ?? [];
        byId.set(row.frameworkId, pairs);
        const key = `${row.framework}\u0000${row.frameworkId}\u0000${row.controlNumber}`;
        const existing = seen.get(key);
        if (existing) {
          if (derivations[existing.pairs[existing.at + 1] as number]?.derivation === 'derived' && row.derivation === 'asserted') existing.pairs[existing.at + 1] = 0;
          continue;
        }
        const headKey = JSON.stringify([row.controlNumber, row.controlTitle, row.controlAnchor, row.level]);
        let head = ownHeads.get(headKey);
        if (head === undefined) {
          head = heads.push({ guide: row.guide, controlNumber: row.controlNumber, controlTitle: row.controlTitle, controlAnchor: row.controlAnchor, level: row.level }) - 1;
          ownHeads.set(headKey, head);
        }
        seen.set(key, { pairs, at: pairs.length });
        pairs.push(head, derivationOf(row));
      }
    },
    finish() {
      const index: RequirementIndex = new Map();
      for (const [framework, byId] of lists) {
        const sorted = new Map<string, number[]>();
        for (const [id, pairs] of byId) {
          const entries: Array<[number, number]> = [];
          for (let at = 0; at < pairs.length; at += 2) entries.push([pairs[at] as number, pairs[at + 1] as number]);
          entries.sort(([a], [b]) => compareText((heads[a] as ControlHead).guide, (heads[b] as ControlHead).guide) || compareIds((heads[a] as ControlHead).controlNumber, (heads[b] as ControlHead).controlNumber));
          sorted.set(id, entries.flat());
        }
        index.set(framework, new RequirementLists(heads, derivations, sorted));
      }
      return index;
    },
  };
}

/** For each framework requirement, every guide control that maps to it (all rows at once, as plain maps). */
export function requirementIndex(rows: readonly MappingRow[]): Map<string, Map<string, RequirementControl[]>> {
  const byGuide = new Map<string, MappingRow[]>();
  for (const row of rows) {
    const own = byGuide.get(row.guide);
    if (own) own.push(row);
    else byGuide.set(row.guide, [row]);
  }
  const builder = requirementIndexBuilder();
  for (const own of byGuide.values()) builder.addGuide(own);
  return new Map([...builder.finish()].map(([framework, lists]) => [framework, new Map([...lists.keys()].map((id) => [id, lists.get(id) ?? []]))]));
}
