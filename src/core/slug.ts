/**
 * The slug grammar. A slug names a folder under the site's output, a URL path segment and the
 * `guide` column of every export; guide frontmatter comes from pull requests by strangers, so only
 * this narrow alphabet is ever used as one.
 */
export const SAFE_SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

export const SLUG_GRAMMAR = '^[a-z0-9][a-z0-9-]*$, at most 100 characters';

export function isSafeSlug(slug: string): boolean {
  return SAFE_SLUG.test(slug);
}
