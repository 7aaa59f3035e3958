import { FILE_START, type Position } from '../model/position.ts';
import type { GuideSummary } from '../summary.ts';
import type { CollectionRule } from './types.ts';


/** Where a guide's slug comes from: its frontmatter `slug` key, else the file name (line 1). */
export function slugPlace(guide: GuideSummary): Position {
  return guide.slugPosition ?? FILE_START;
}

export const rule: CollectionRule = {
  meta: {
    id: 'slug-duplicate',
    description: 'No two guides of a collection share a slug.',
    severity: 'error',
    docs: 'The slug names the guide\'s pages (`/guides/<slug>/`) and the `guide` column of every export, so two guides with one slug would make one URL and one set of export rows stand for either guide. The second and every later guide (in path order) get this error, with the first definition as its cause. `hardmap export` and `hardmap build` refuse such a collection: nothing is renamed silently (the site used to publish the second guide as `<slug>-2`). Give each guide its own `slug` in the frontmatter.',
    reads: ['Every guide of the run: its frontmatter `slug` (at the key), else its file name'],
    ignores: ['Runbooks (their pages are renamed `<slug>-2` with a warning)', 'Guides outside the run'],
  },
  check(context) {
    const first = new Map<string, GuideSummary>();
    const ordered = [...context.guides].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const guide of ordered) {
      const earlier = first.get(guide.slug);
      if (!earlier) {
        first.set(guide.slug, guide);
        continue;
      }
      const place = slugPlace(earlier);
      context.report(guide, {
        message: `Unexpected slug \`${guide.slug}\`, already used by ${earlier.path}: expected a slug no other guide uses`,
        place: slugPlace(guide),
        actual: guide.slug,
        cause: { message: `first defined in ${earlier.path}:${place.start.line}:${place.start.column}`, place },
      });
    }
  },
};
