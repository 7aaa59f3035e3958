import type { ProfileLevel } from '../model/control.ts';
import type { Position } from '../model/position.ts';

type Level = NonNullable<ProfileLevel['level']>;

/** Both maturity vocabularies seen in real guides, mapped to the level they name. */
const LEVEL_NAMES: ReadonlyMap<string, Level> = new Map([
  ['crawl', 'L1'], ['baseline', 'L1'], ['essential', 'L1'],
  ['walk', 'L2'], ['hardened', 'L2'], ['enhanced', 'L2'],
  ['run', 'L3'], ['maximum security', 'L3'], ['maximum', 'L3'], ['strict', 'L3'],
  ['fly', 'L4'],
]);

export const LEVEL_VOCABULARY = [...LEVEL_NAMES.keys()];

const LEVEL_PATTERN = /^(?:L(?:evel)?\s*([1-4])\b)?\s*(?:\(([^)]*)\))?\s*(?:[-–—:|]\s*(.*))?$/i;

/**
 * Read `L1 (Crawl)`, `L2 (Hardened)`, `L1 (Crawl) - CRITICAL`, `Level 3`, or a bare maturity name.
 * Returns `level: null` with `problem` set when the value names no level or contradicts itself.
 */
export function parseProfileLevel(text: string, position: Position): { level: ProfileLevel; problem: string | null } {
  const value = text.replace(/[*_`]/g, '').trim();
  const match = LEVEL_PATTERN.exec(value);
  const byName = (name: string | undefined): Level | undefined => (name ? LEVEL_NAMES.get(name.trim().toLowerCase()) : undefined);
  let level: Level | null = null;
  let name: string | null = null;
  let qualifier: string | null = null;
  let problem: string | null = null;
  if (match && (match[1] || match[2])) {
    name = match[2]?.trim() || null;
    qualifier = match[3]?.trim() || null;
    const numbered = match[1] ? (`L${match[1]}` as Level) : undefined;
    const named = byName(name ?? undefined);
    level = numbered ?? named ?? null;
    if (numbered && name && named && named !== numbered) {
      problem = `Unexpected profile level \`${text}\`: ${numbered} is named \`${name}\`, which means ${named}`;
    } else if (!numbered && !named) {
      problem = `Unexpected profile level \`${text}\`, expected L1-L4 such as \`L1 (Crawl)\` or \`L2 (Hardened)\``;
    }
  } else if (byName(value)) {
    level = byName(value) ?? null;
    name = value;
  } else {
    problem = `Unexpected profile level \`${text}\`, expected L1-L4 such as \`L1 (Crawl)\` or \`L2 (Hardened)\``;
  }
  return { level: { level, name, qualifier, text, position }, problem };
}
