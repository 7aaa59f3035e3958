import type { SitePublish } from 'hardmap/astro';

/**
 * A page's absolute URL for canonical and OpenGraph tags, or null when the config names no site
 * URL (a relative canonical would claim the page for whatever host serves the copy).
 * `pathname` comes from Astro.url and starts with the base path, which the site URL already ends in.
 */
export function absoluteUrl(publish: SitePublish, pathname: string, base: string): string | null {
  if (!publish.url) return null;
  const inside = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  return new URL(inside, publish.url).href;
}

/** The "edit this guide" link: the guide's path inside its content folder appended to the repository's edit URL. */
export function editUrl(publish: SitePublish, guidePath: string): string | null {
  if (!publish.editBase) return null;
  const root = publish.contentRoot.replace(/\/+$/, '');
  const inside = root && guidePath.startsWith(`${root}/`) ? guidePath.slice(root.length + 1) : guidePath;
  // Only a path of plain segments: a guide path never turns the link into another URL.
  if (!/^[\w./-]+$/.test(inside) || inside.split('/').includes('..')) return null;
  return `${publish.editBase}${inside}`;
}
