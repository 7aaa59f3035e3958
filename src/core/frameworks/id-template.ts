import type { HierarchyLevel, PatternGrammar } from './framework-schema.ts';

/**
 * Pure: the templates of framework.json (`{1:upper}-{2:int}[({3|4:int})]`) applied to a regex
 * match. The grammar of an ID is data; this is the one interpreter of it.
 */

const TRANSFORMS: Record<string, (value: string) => string> = {
  upper: (v) => v.toUpperCase(),
  lower: (v) => v.toLowerCase(),
  int: (v) => String(Number(v)),
  pad2: (v) => String(Number(v)).padStart(2, '0'),
  compact: (v) => v.replace(/\s+/g, ''),
};

export const TEMPLATE_TRANSFORMS: readonly string[] = Object.keys(TRANSFORMS);

const SLOT = /\{(\d+(?:\|\d+)*)(?::([a-z0-9]+))?\}/g;

/** Fills `{n}` slots; null when a slot's groups all failed to match. */
function fill(template: string, groups: readonly (string | undefined)[]): string | null {
  let missing = false;
  const text = template.replace(SLOT, (_, refs: string, transform: string | undefined) => {
    const value = refs.split('|').map((ref) => groups[Number(ref)]).find((v) => v !== undefined);
    if (value === undefined) {
      missing = true;
      return '';
    }
    const apply = transform ? TRANSFORMS[transform] : undefined;
    if (transform && !apply) throw new Error(`unknown template transform ${transform}`);
    return apply ? apply(value) : value;
  });
  return missing ? null : text;
}

/** Optional `[...]` sections (not nested) are kept only when all their slots matched. */
export function applyTemplate(template: string, groups: readonly (string | undefined)[]): string {
  const withOptional = template.replace(/\[([^\]]*)\]/g, (_, inner: string) => fill(inner, groups) ?? '');
  return fill(withOptional, groups) ?? '';
}

/** Transforms a template names that the interpreter lacks; the schema check reports them. */
export function unknownTransforms(template: string): string[] {
  return [...template.matchAll(SLOT)].map((m) => m[2]).filter((t): t is string => t !== undefined && !(t in TRANSFORMS));
}

/** The normalized ID at the start of `text`, or null when the grammar does not match there. */
export function matchId(grammar: PatternGrammar, text: string, at = 0): { id: string; length: number } | null {
  const pattern = new RegExp(grammar.pattern, `${grammar.flags.replace(/u/g, '')}uy`);
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  if (!match) return null;
  return { id: applyTemplate(grammar.normalize, [...match]), length: match[0].length };
}

/** The hierarchy level of a normalized ID and the parent it spells, or null when no level matches. */
export function levelOf(levels: readonly HierarchyLevel[], id: string): { level: string; parent: string | null } | null {
  for (const level of levels) {
    const match = new RegExp(`^(?:${level.pattern})$`, 'u').exec(id);
    if (match) return { level: level.name, parent: level.parent ? applyTemplate(level.parent, [...match]) : null };
  }
  return null;
}
