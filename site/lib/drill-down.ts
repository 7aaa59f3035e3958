import { url } from './urls.ts';

/**
 * The page listing what one heatmap cell counts: `/matrices/nist-families/ac/` for the whole
 * collection (the last column, `*`), `/matrices/nist-families/ac/<guide>/` for one guide. Guides
 * sit under the family so no guide slug can collide with the collection's page.
 */
export const heatmapCellUrl = (guide: string, family: string): string => url(`matrices/nist-families/${family.toLowerCase()}/${guide === '*' ? '' : `${guide}/`}`);

/**
 * Cumulative tiers (NIST baselines LOW < MODERATE < HIGH, CIS IG1 < IG2 < IG3), each with its IDs:
 * every ID once, under the first tier that lists it, in the tiers' order and then the IDs'.
 */
export function firstTier(tiers: ReadonlyArray<{ tier: string; ids: readonly string[] }>): Array<{ id: string; tier: string }> {
  const seen = new Set<string>();
  const rows: Array<{ id: string; tier: string }> = [];
  for (const { tier, ids } of tiers) for (const id of ids) if (!seen.has(id)) {
    seen.add(id);
    rows.push({ id, tier });
  }
  return rows;
}
