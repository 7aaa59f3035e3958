/**
 * Slugs become folders under dist/ and URL path segments. Guide frontmatter comes from pull
 * requests by strangers, so only a narrow alphabet is ever used for a path; anything else falls
 * back to a cleaned file name and the author gets a diagnostic instead of a broken build.
 */
export { isSafeSlug, SAFE_SLUG } from '../core/slug.ts';
import { isSafeSlug } from '../core/slug.ts';

/** A URL-safe slug from a file path: lowercase, runs of other characters become one hyphen. */
export function fileSlug(path: string): string {
  const base = (path.split(/[\\/]/).pop() ?? path).replace(/\.(md|markdown)$/i, '');
  const cleaned = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return cleaned || 'guide';
}

/** The requested slug when it is safe, else the file-name slug. */
export function safeSlug(requested: string, path: string): string {
  return isSafeSlug(requested) ? requested : fileSlug(path);
}

/**
 * The first published slug two guides would share, or null. Guides are never renamed to make
 * them unique (a link to `/guides/okta/` must not point at one guide or the other depending on
 * file order): the loader fails the build with both paths instead. `paths` in the same order.
 */
export function slugCollision(slugs: readonly string[], paths: readonly string[]): { slug: string; first: string; second: string } | null {
  const seen = new Map<string, string>();
  for (const [index, slug] of slugs.entries()) {
    const path = paths[index] ?? '';
    const first = seen.get(slug);
    if (first !== undefined) return { slug, first, second: path };
    seen.set(slug, path);
  }
  return null;
}

/** Makes each runbook slug unique in order of appearance (with a site-slug warning): the second `okta` becomes `okta-2`. */
export function uniqueSlugs(slugs: readonly string[]): string[] {
  const used = new Set<string>();
  return slugs.map((slug) => {
    let candidate = slug;
    for (let n = 2; used.has(candidate); n++) candidate = `${slug}-${n}`;
    used.add(candidate);
    return candidate;
  });
}

/**
 * The path segment of a framework requirement: lowercase, `AC-2(1)` -> `ac-2.1` (OSCAL's own
 * spelling), `CC6.1` -> `cc6.1`, `A.5.15` -> `a.5.15`. Anything outside [a-z0-9.-] is dropped.
 */
export function idSlug(id: string): string {
  const slug = id
    .toLowerCase()
    .replace(/\(([^)]*)\)/g, '.$1')
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug || 'id';
}
