import type { Diagnostic } from '../model/diagnostic.ts';
import { FILE_START, type Position } from '../model/position.ts';
import { runRules, type Target } from './engine.ts';
import type { CheckOptions } from './run-rules.ts';
import type { Report, RuleOf } from './types.ts';

/** A page the site publishes: the slug its file asked for and the one it got. */
export interface PublishedPage extends Target {
  requestedSlug: string;
  slug: string;
  /** The frontmatter `slug` value, when there is one. */
  slugPlace: Position | null;
}

export interface PublishContext {
  page: PublishedPage;
  report(report: Report): void;
}


export const rule: RuleOf<PublishContext> = {
  meta: {
    id: 'site-slug',
    description: 'A page is published under the slug its file asks for.',
    severity: 'warning',
    docs: 'Slugs become folders and URL path segments of the site, so only lowercase letters, digits and hyphens are used for a path. A runbook whose slug is unsafe falls back to its cleaned file name, and a runbook slug already used gets `-2`, `-3`, ...; the page is published and this warning says under which slug. (Two guides with one slug are an error instead: `slug-duplicate`.)',
    reads: ['The slug a page asked for (frontmatter `slug`, else the file name) and the slug the site published it under'],
    ignores: ['Pages published under the slug they asked for'],
  },
  check(context) {
    const { page } = context;
    if (page.slug === page.requestedSlug) return;
    context.report({
      message: `Unexpected slug \`${page.requestedSlug}\` (unsafe in a URL or already used), published as \`${page.slug}\``,
      place: page.slugPlace ?? FILE_START,
      actual: page.requestedSlug,
      expected: [page.slug],
    });
  },
};

/** Pure: the `site-slug` finding for a published page, through the rule engine (settings, directives). */
export function checkPublishedPage(page: PublishedPage, options: CheckOptions): Diagnostic[] {
  return runRules([rule], options.rules, page, (report) => ({ page, report: (found) => report(found) }));
}
