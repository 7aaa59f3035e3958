/**
 * Link targets taken from guides (references, changelog) are only used when they are plain web
 * or mail links: a `javascript:` or `data:` URL from a pull request must never become an href.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed;
  return null;
}
