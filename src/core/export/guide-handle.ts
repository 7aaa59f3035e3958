import type { Guide } from '../model/guide.ts';

/**
 * A guide as an export reads it: the few facts every pass needs, and the whole model on demand.
 * A collection's models are about twenty times its Markdown in memory (1,300 synthetic guides:
 * 54 MB of Markdown, over a gigabyte of models), so an export that held them all could not stay
 * within the build's memory; through handles it holds one guide's model at a time, and `load` may
 * read it from the model store on every call.
 */
export interface GuideHandle {
  readonly slug: string;
  readonly path: string;
  readonly title: string;
  /** The frontmatter's `last_updated` as written, for the export date, without loading the model. */
  readonly lastUpdated: string | undefined;
  /** The whole model; the same model (same slug and path) each time. */
  load(): Guide;
}

/** Handles over models already in memory (the CLI's export, tests, one guide's page). */
export function heldGuides(guides: readonly Guide[]): GuideHandle[] {
  return guides.map((guide) => ({ slug: guide.slug, path: guide.path, title: guide.title, lastUpdated: guide.frontmatter?.fields.last_updated, load: () => guide }));
}
