import type { Diagnostic } from '../model/diagnostic.ts';
import type { Guide } from '../model/guide.ts';
import { rule as slugDuplicate } from '../rules/slug-duplicate.ts';
import { ruleUrl } from '../rules/types.ts';
import { isSafeSlug, SLUG_GRAMMAR } from '../slug.ts';
import { summarizeGuide } from '../summary.ts';

const START = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/**
 * Why a set of guides cannot be exported: a slug outside the grammar (it would end up in table
 * cells, file names of downstream tools and OSCAL ids) or one slug shared by two guides (their rows
 * could not be told apart). Pure; the CLI prints these and writes nothing. Both are errors
 * whatever the configured severities, since the export itself would be wrong.
 */
export function exportSlugProblems(guides: readonly Guide[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const guide of guides) {
    if (isSafeSlug(guide.slug)) continue;
    const place = guide.frontmatter?.valuePositions['slug'];
    found.push({
      ruleId: 'frontmatter-schema', severity: 'error', file: guide.path, place: place ?? START, url: ruleUrl('frontmatter-schema'), fixable: false, actual: guide.slug,
      message: `Unexpected slug \`${guide.slug}\`${place ? '' : ' (from the file name)'}, expected lowercase letters, digits and hyphens (${SLUG_GRAMMAR})`,
    });
  }
  slugDuplicate.checkCollection({
    guides: guides.map(summarizeGuide),
    catalogs: new Map(),
    report(guide, report) {
      found.push({ ruleId: slugDuplicate.meta.id, severity: 'error', file: guide.path, url: ruleUrl(slugDuplicate.meta.id), fixable: false, ...report });
    },
  });
  return found;
}
