import type { GuideIndex } from './guide-index.ts';
import { backMatter, HARDMAP_CATALOG, metadata, type Json, type OscalOptions } from './metadata.ts';
import { uuidV5 } from './uuid.ts';

/** The levels a profile is written for. L4 controls exist in the model but have no profile (yet). */
export const PROFILE_LEVELS = ['L1', 'L2', 'L3'] as const;
export type OscalProfileLevel = (typeof PROFILE_LEVELS)[number];

const NAMES: Record<OscalProfileLevel, string> = { L1: 'Baseline', L2: 'Hardened', L3: 'Maximum Security' };

/**
 * Levels are cumulative, as the guides define them: an L2 (Hardened) deployment is the L1
 * baseline plus the L2 controls, and L3 adds the L3 controls on top of both. A profile that
 * selected only its own level's controls would describe no deployment anyone runs.
 */
export function levelsUpTo(level: OscalProfileLevel): string[] {
  return PROFILE_LEVELS.slice(0, PROFILE_LEVELS.indexOf(level) + 1);
}

export function profileControlIds(index: GuideIndex, level: OscalProfileLevel): string[] {
  const levels = levelsUpTo(level);
  return index.controls.filter((c) => levels.includes(c.control.level?.level ?? '')).map((c) => c.id);
}

/**
 * Null when no control is at or below the level: OSCAL needs at least one id in `with-ids`, and
 * an `include-all` would silently select everything, so there is no valid empty profile.
 */
export function profileDocument(index: GuideIndex, level: OscalProfileLevel, options: OscalOptions): Json | null {
  const ids = profileControlIds(index, level);
  if (ids.length === 0) return null;
  return {
    profile: {
      uuid: uuidV5(`profile:${level}`),
      metadata: metadata(`hardmap: ${level} (${NAMES[level]}) Profile`, options, `Selects the ${levelsUpTo(level).join(' + ')} controls of the hardmap catalog. Levels are cumulative.`),
      // The catalog is imported through a back-matter resource, as NIST's own profiles do.
      imports: [{ href: `#${HARDMAP_CATALOG.uuid}`, 'include-controls': [{ 'with-ids': ids }] }],
      merge: { 'as-is': true },
      'back-matter': backMatter([HARDMAP_CATALOG]),
    },
  };
}
