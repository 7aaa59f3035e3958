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

export type RequirementIndex = Map<string, Map<string, RequirementControl[]>>;

/** Rows of one guide at a time into a requirement index: see `requirementIndexBuilder`. */
export interface RequirementIndexBuilder {
  /** Every row of one guide; each guide once. */
  addGuide(rows: readonly MappingRow[]): void;
  /** The index, each list sorted by guide and control number. Call once, after the last guide. */
  finish(): RequirementIndex;
}

/**
 * For each framework requirement, every guide control that maps to it, built guide by guide so a
 * caller never holds every row of a large collection at once. A control that both asserts and
 * derives a requirement is listed once, as asserted (the first row of a guide's control number
 * wins, as before). Derivation paths recur across thousands of controls (the crosswalk graph is
 * small), so equal `path`, `via` and `hops` values are kept once: at 1,300 guides the index holds
 * millions of entries, and a copy of each path per entry was most of its memory.
 */
export function requirementIndexBuilder(): RequirementIndexBuilder {
  const index: RequirementIndex = new Map();
  const strings = new Map<string, string>();
  const hopLists = new Map<string, MappingRow['hops']>();
  const intern = (text: string): string => {
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, text);
    return text;
  };
  const internHops = (hops: MappingRow['hops']): MappingRow['hops'] => {
    const key = JSON.stringify(hops);
    const known = hopLists.get(key);
    if (known) return known;
    hopLists.set(key, hops);
    return hops;
  };
  return {
    addGuide(rows) {
      // Entries are found again within their guide only: a lookup over the whole list is quadratic at scale.
      const seen = new Map<string, RequirementControl>();
      for (const row of rows) {
        const byId = index.get(row.framework) ?? new Map<string, RequirementControl[]>();
        index.set(row.framework, byId);
        const list = byId.get(row.frameworkId) ?? [];
        byId.set(row.frameworkId, list);
        const key = `${row.guide}\u0000${row.framework}\u0000${row.frameworkId}\u0000${row.controlNumber}`;
        const existing = seen.get(key);
        if (existing) {
          if (existing.derivation === 'derived' && row.derivation === 'asserted') Object.assign(existing, { derivation: 'asserted', via: '', relationship: '', strength: '', path: '', hops: internHops([]) });
          continue;
        }
        const entry: RequirementControl = { guide: row.guide, controlNumber: row.controlNumber, controlTitle: row.controlTitle, controlAnchor: row.controlAnchor, level: row.level, derivation: row.derivation, via: intern(row.via), relationship: row.relationship, strength: row.strength, path: intern(row.path), hops: internHops(row.hops) };
        seen.set(key, entry);
        list.push(entry);
      }
    },
    finish() {
      for (const byId of index.values()) for (const list of byId.values()) list.sort((a, b) => compareText(a.guide, b.guide) || compareIds(a.controlNumber, b.controlNumber));
      return index;
    },
  };
}

/** For each framework requirement, every guide control that maps to it (all rows at once). */
export function requirementIndex(rows: readonly MappingRow[]): RequirementIndex {
  const byGuide = new Map<string, MappingRow[]>();
  for (const row of rows) {
    const own = byGuide.get(row.guide);
    if (own) own.push(row);
    else byGuide.set(row.guide, [row]);
  }
  const builder = requirementIndexBuilder();
  for (const own of byGuide.values()) builder.addGuide(own);
  return builder.finish();
}
