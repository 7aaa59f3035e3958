/** The guide a link points at: `../github/#x`, `/guides/github/#x`, `github.md#x`, `./github#x`. */
export function linkedSlug(url: string): string | null {
  const hash = url.indexOf('#');
  if (hash <= 0 || /^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
  const segments = url.slice(0, hash).split('/').filter((segment) => segment && segment !== '.' && segment !== '..');
  const last = segments.at(-1);
  return last ? last.replace(/\.(md|markdown|html)$/i, '') : null;
}
