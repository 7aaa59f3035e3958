import { frameworkInfo } from '../frameworks/registry.ts';
import { compareIds } from '../frameworks/sort.ts';
import type { Control } from '../model/control.ts';
import type { Guide } from '../model/guide.ts';
import { compareText } from '../collate.ts';

export interface ControlRef {
  guide: string;
  number: string;
  title: string;
}

export interface ControlChange extends ControlRef {
  /** Set when the control moved: its number before. */
  previousNumber: string | null;
  /** Set when the title changed. */
  previousTitle: string | null;
  levelBefore: string | null;
  levelAfter: string | null;
  mappingsAdded: string[];
  mappingsRemoved: string[];
}

export interface MappingDiff {
  added: ControlRef[];
  removed: ControlRef[];
  changed: ControlChange[];
}

const mappingKeys = (control: Control): Set<string> => new Set(control.mappings.map((m) => `${frameworkInfo(m.framework)?.short ?? m.framework} ${m.id}`));
const ref = (guide: string, control: Control): ControlRef => ({ guide, number: control.number, title: control.title });

/**
 * Pair the controls of one guide before and after: same number and title, then same title
 * (renumbered), then same number (renamed). What is left was added or removed.
 */
function pairControls(before: readonly Control[], after: readonly Control[]): { pairs: Array<[Control, Control]>; added: Control[]; removed: Control[] } {
  const left = new Set(before);
  const right = new Set(after);
  const pairs: Array<[Control, Control]> = [];
  const match = (same: (a: Control, b: Control) => boolean): void => {
    for (const a of [...left]) {
      const b = [...right].find((candidate) => same(a, candidate));
      if (!b) continue;
      pairs.push([a, b]);
      left.delete(a);
      right.delete(b);
    }
  };
  match((a, b) => a.number === b.number && a.title === b.title);
  match((a, b) => a.title === b.title);
  match((a, b) => a.number === b.number);
  return { pairs, added: [...right], removed: [...left] };
}

/** Pure: what changed in the mappings between two versions of a guide collection. */
export function diffMappings(before: readonly Guide[], after: readonly Guide[]): MappingDiff {
  const result: MappingDiff = { added: [], removed: [], changed: [] };
  const slugs = [...new Set([...before, ...after].map((guide) => guide.slug))].sort();
  for (const slug of slugs) {
    const old = before.find((guide) => guide.slug === slug)?.controls ?? [];
    const now = after.find((guide) => guide.slug === slug)?.controls ?? [];
    const { pairs, added, removed } = pairControls(old, now);
    result.added.push(...added.map((control) => ref(slug, control)));
    result.removed.push(...removed.map((control) => ref(slug, control)));
    for (const [a, b] of pairs) {
      const oldKeys = mappingKeys(a);
      const newKeys = mappingKeys(b);
      const change: ControlChange = {
        ...ref(slug, b),
        previousNumber: a.number !== b.number ? a.number : null,
        previousTitle: a.title !== b.title ? a.title : null,
        levelBefore: a.level?.level ?? null,
        levelAfter: b.level?.level ?? null,
        mappingsAdded: [...newKeys].filter((key) => !oldKeys.has(key)).sort(compareIds),
        mappingsRemoved: [...oldKeys].filter((key) => !newKeys.has(key)).sort(compareIds),
      };
      if (change.previousNumber || change.previousTitle || change.levelBefore !== change.levelAfter || change.mappingsAdded.length || change.mappingsRemoved.length) result.changed.push(change);
    }
  }
  const order = (a: ControlRef, b: ControlRef): number => compareText(a.guide, b.guide) || compareIds(a.number, b.number);
  result.added.sort(order);
  result.removed.sort(order);
  result.changed.sort(order);
  return result;
}
