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

/**
 * For each framework requirement, every guide control that maps to it. A control that both
 * asserts and derives a requirement is listed once, as asserted.
 */
export function requirementIndex(rows: readonly MappingRow[]): Map<string, Map<string, RequirementControl[]>> {
  const index = new Map<string, Map<string, RequirementControl[]>>();
  for (const row of rows) {
    const byId = index.get(row.framework) ?? new Map<string, RequirementControl[]>();
    index.set(row.framework, byId);
    const list = byId.get(row.frameworkId) ?? [];
    byId.set(row.frameworkId, list);
    const existing = list.find((entry) => entry.guide === row.guide && entry.controlNumber === row.controlNumber);
    if (existing) {
      if (existing.derivation === 'derived' && row.derivation === 'asserted') Object.assign(existing, { derivation: 'asserted', via: '', relationship: '', strength: '', path: '', hops: [] });
      continue;
    }
    list.push({ guide: row.guide, controlNumber: row.controlNumber, controlTitle: row.controlTitle, controlAnchor: row.controlAnchor, level: row.level, derivation: row.derivation, via: row.via, relationship: row.relationship, strength: row.strength, path: row.path, hops: row.hops });
  }
  for (const byId of index.values()) for (const list of byId.values()) list.sort((a, b) => compareText(a.guide, b.guide) || compareIds(a.controlNumber, b.controlNumber));
  return index;
}
