import type { Pack, PackSection } from '../../packs/model.ts';
import type { GuideSummary } from '../../summary.ts';
import { guidesOf, type PackContext } from './types.ts';

export interface UnincludedSections {
  /** The guides of the run that include the pack (at least one: packs no guide includes are skipped). */
  guides: GuideSummary[];
  /** The guide the pack is named for, when it is the only guide of the run that includes the pack. */
  owner: GuideSummary | null;
  /** Sections with marked code that no include of those guides names. */
  sections: PackSection[];
}

/**
 * Marked pack code that no guide of the run shows. Whether one guide is at fault can only be told
 * when the pack is that guide's own (its vendor key is the guide's slug) and no other guide of the
 * run includes it: a shared pack, or one named for another guide, may serve a guide elsewhere.
 */
export function unincludedSections(context: PackContext, pack: Pack): UnincludedSections | null {
  const guides = guidesOf(context, pack);
  if (guides.length === 0) return null;
  const included = new Set(guides.flatMap((guide) => (guide.includes ?? []).filter((include) => include.pack?.vendor === pack.vendor).map((include) => include.pack?.section)));
  const sections = pack.sections.filter((section) => section.entries.length > 0 && !included.has(section.key));
  const only = guides.length === 1 ? guides[0] : undefined;
  return { guides, owner: only && only.slug === pack.vendor ? only : null, sections };
}

export const includeTag = (vendor: string, section: string): string => `{% include pack-code.html vendor="${vendor}" section="${section}" %}`;
