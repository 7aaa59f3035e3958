import type { Guide } from './model/guide.ts';
import type { Position } from './model/position.ts';

/**
 * What cross-guide checks and the run summary need of a guide, small enough to cache and to send
 * between threads (the full model of a 100 KB guide is about 1 MB of JSON).
 */
export interface GuideSummary {
  path: string;
  slug: string;
  /** The frontmatter `slug` key; null (or absent, for a full Guide passed as a summary) when the slug comes from the file name. */
  slugPosition?: Position | null;
  headings: Array<{ anchor: string }>;
  links: Guide['links'];
  directives: Guide['directives'];
  controls: Array<{ number: string; anchor: string; title: string; levelKey?: string | null; mappings?: Array<{ framework: string; id: string }>; headingPosition?: Position }>;
  /** Pack-code includes, for the pack rules (absent for a full Guide passed as a summary: it has `includes`). */
  includes?: Guide['includes'];
}

export function summarizeGuide(guide: Guide): GuideSummary {
  return {
    path: guide.path,
    slug: guide.slug,
    slugPosition: guide.frontmatter?.keyPositions['slug'] ?? null,
    headings: guide.headings.map((heading) => ({ anchor: heading.anchor })),
    links: guide.links.filter((link) => link.anchor !== null && !link.url.startsWith('#')),
    directives: guide.directives,
    controls: guide.controls.map((control) => ({
      number: control.number, anchor: control.anchor, title: control.title, levelKey: control.level?.level ?? null,
      mappings: control.mappings.map((mapping) => ({ framework: mapping.framework, id: mapping.id })), headingPosition: control.headingPosition,
    })),
    includes: guide.includes.filter((include) => include.pack !== null),
  };
}
