import type { Relationship, Strength } from '../model/relationship.ts';

/**
 * Composition of scope relationships, the one place derivation decides what a chain means.
 * Row: how A relates to B; column: how B relates to C; cell: what follows for A and C.
 * Set reasoning, with every scope taken as non-empty:
 * - A ⊇ B ⊇ C gives A ⊇ C; A ⊆ B ⊆ C gives A ⊆ C.
 * - A ⊇ B ⊆ C: both contain B, so they overlap (`intersects`); A ⊆ B ⊇ C: both sit inside B and
 *   may be disjoint (`unspecified`).
 * - An overlap survives widening on the far side (A ∩ B ≠ ∅, B ⊆ C gives A ∩ C ≠ ∅) and on the
 *   near side (A ⊇ B, B ∩ C ≠ ∅); anything else about an overlap is unknown.
 * - `unspecified` composes to `unspecified` with anything but `equal`.
 */
export const COMPOSITION: Readonly<Record<Relationship, Readonly<Record<Relationship, Relationship>>>> = {
  equal: { equal: 'equal', 'superset-of': 'superset-of', 'subset-of': 'subset-of', intersects: 'intersects', unspecified: 'unspecified' },
  'superset-of': { equal: 'superset-of', 'superset-of': 'superset-of', 'subset-of': 'intersects', intersects: 'intersects', unspecified: 'unspecified' },
  'subset-of': { equal: 'subset-of', 'superset-of': 'unspecified', 'subset-of': 'subset-of', intersects: 'unspecified', unspecified: 'unspecified' },
  intersects: { equal: 'intersects', 'superset-of': 'unspecified', 'subset-of': 'intersects', intersects: 'unspecified', unspecified: 'unspecified' },
  unspecified: { equal: 'unspecified', 'superset-of': 'unspecified', 'subset-of': 'unspecified', intersects: 'unspecified', unspecified: 'unspecified' },
};

const INVERSE: Readonly<Record<Relationship, Relationship>> = {
  equal: 'equal', 'superset-of': 'subset-of', 'subset-of': 'superset-of', intersects: 'intersects', unspecified: 'unspecified',
};

/** How A relates to C, given how A relates to B and B to C. */
export function compose(ab: Relationship, bc: Relationship): Relationship {
  return COMPOSITION[ab][bc];
}

/** A chain of hops, left to right; an empty chain relates a requirement to itself. */
export function composeAll(chain: readonly Relationship[]): Relationship {
  return chain.reduce<Relationship>(compose, 'equal');
}

/** "A is R B" read from B's side: the relationship of a crosswalk edge walked backwards. */
export function invert(relationship: Relationship): Relationship {
  return INVERSE[relationship];
}

/** Meeting A meets B only when A's scope is B's or contains it. */
export function strengthOf(relationship: Relationship): Strength {
  return relationship === 'equal' || relationship === 'superset-of' ? 'meets' : 'contributes-to';
}

/** Most informative first: used to pick one explanation when several chains reach a requirement. */
export const RELATIONSHIP_RANK: Readonly<Record<Relationship, number>> = {
  equal: 0, 'superset-of': 1, 'subset-of': 2, intersects: 3, unspecified: 4,
};
