import { FILE_START } from '../model/position.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { Guide } from '../model/guide.ts';
import { rule as slugDuplicate } from '../rules/slug-duplicate.ts';
import { toDiagnostic } from '../rules/engine.ts';
import { rule as frontmatterSchema } from '../rules/frontmatter-schema.ts';
import { isSafeSlug, SLUG_GRAMMAR } from '../slug.ts';
import { summarizeGuide } from '../summary.ts';


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
      ...toDiagnostic(frontmatterSchema.meta, 'error', guide.path, {
        message: `Unexpected slug \`${guide.slug}\`${place ? '' : ' (from the file name)'}, expected lowercase letters, digits and hyphens (${SLUG_GRAMMAR})`,
        place: place ?? FILE_START,
        actual: guide.slug,
      }),
    });
  }
  // Not through runRules: a directive must not let an export with two guides under one slug through.
  slugDuplicate.check({
    guides: guides.map(summarizeGuide),
    catalogs: new Map(),
    report(guide, report) {
      found.push(toDiagnostic(slugDuplicate.meta, 'error', guide.path, report));
    },
  });
  return found;
}
