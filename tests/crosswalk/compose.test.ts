import { describe, expect, it } from 'vitest';
import { compose, composeAll, invert, RelationshipSchema, strengthOf, type Relationship } from '../../src/index.ts';

const ALL = RelationshipSchema.options;

// Every non-empty subset of a 4-element universe, as a bit mask.
const SETS = Array.from({ length: 15 }, (_, i) => i + 1);

/** Is "a is r b" a true statement about the sets a and b? */
function holds(r: Relationship, a: number, b: number): boolean {
  switch (r) {
    case 'equal': return a === b;
    case 'superset-of': return (a & b) === b;
    case 'subset-of': return (a & b) === a;
    case 'intersects': return (a & b) !== 0;
    case 'unspecified': return true;
  }
}

describe('relationship composition', () => {
  it('is sound: whatever is true of A,B and of B,C, the composition is true of A,C', () => {
    const unsound: string[] = [];
    for (const a of SETS) for (const b of SETS) for (const c of SETS) {
      for (const ab of ALL.filter((r) => holds(r, a, b))) for (const bc of ALL.filter((r) => holds(r, b, c))) {
        if (!holds(compose(ab, bc), a, c)) unsound.push(`${ab} then ${bc} gave ${compose(ab, bc)} for ${a},${b},${c}`);
      }
    }
    expect(unsound.slice(0, 3)).toEqual([]);
  });

  it('is as tight as sets allow: no cell could be stronger without a counterexample', () => {
    const tighter: Record<Relationship, Relationship[]> = { equal: [], 'superset-of': ['equal'], 'subset-of': ['equal'], intersects: ['superset-of', 'subset-of'], unspecified: ['intersects'] };
    const loose: string[] = [];
    for (const ab of ALL) for (const bc of ALL) {
      for (const stronger of tighter[compose(ab, bc)]) {
        const counterexample = SETS.some((a) => SETS.some((b) => SETS.some((c) => holds(ab, a, b) && holds(bc, b, c) && !holds(stronger, a, c))));
        if (!counterexample) loose.push(`${ab} then ${bc}: ${stronger} would also hold`);
      }
    }
    expect(loose).toEqual([]);
  });

  it('has equal as identity, is associative, and walking a chain backwards inverts it', () => {
    for (const r of ALL) {
      expect(compose('equal', r)).toBe(r);
      expect(compose(r, 'equal')).toBe(r);
      expect(invert(invert(r))).toBe(r);
      for (const s of ALL) {
        expect(invert(compose(r, s)), `${r} ${s}`).toBe(compose(invert(s), invert(r)));
        for (const t of ALL) expect(compose(compose(r, s), t), `${r} ${s} ${t}`).toBe(compose(r, compose(s, t)));
      }
    }
  });

  it('gives a chain the strength of its weakest link, never more', () => {
    for (const r of ALL) for (const s of ALL) {
      const weakest = strengthOf(r) === 'meets' && strengthOf(s) === 'meets' ? 'meets' : 'contributes-to';
      expect(strengthOf(compose(r, s)), `${r} then ${s}`).toBe(weakest);
    }
    expect(composeAll([])).toBe('equal');
    expect(composeAll(['superset-of', 'equal', 'superset-of'])).toBe('superset-of');
    expect(composeAll(['superset-of', 'subset-of'])).toBe('intersects');
    expect(composeAll(['subset-of', 'superset-of'])).toBe('unspecified');
  });

  it('meets only when the scope is the same or contains the other', () => {
    expect(ALL.map((r) => `${r}:${strengthOf(r)}`)).toEqual(['equal:meets', 'superset-of:meets', 'subset-of:contributes-to', 'intersects:contributes-to', 'unspecified:contributes-to']);
  });
});
