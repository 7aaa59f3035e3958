import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { SitePublish } from './integration.ts';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * sitemap.xml text for the built HTML pages (not the downloads, which are endpoints with a file
 * name, nor the 404 page). Sorted, so the file
 * is the same on every build. A sitemap must list absolute URLs, so it needs the site's URL.
 */
export function sitemapXml(siteUrl: string, pathnames: readonly string[]): string {
  const urls = [...new Set(pathnames.map((path) => path.replace(/^\/+/, '')).filter((path) => (path === '' || path.endsWith('/')) && path !== '404/'))].sort();
  const entries = urls.map((path) => `  <url><loc>${escapeXml(new URL(path, siteUrl).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled; the sitemap is named when there is one. */
export function robotsTxt(siteUrl: string | null): string {
  return `User-agent: *\nAllow: /\n${siteUrl ? `\nSitemap: ${new URL('sitemap.xml', siteUrl).href}\n` : ''}`;
}

/** Writes robots.txt always and sitemap.xml when the config gives the site's URL; says what it left out. */
export async function writeCrawlerFiles(dir: URL, publish: SitePublish, pathnames: readonly string[], log: (message: string) => void): Promise<void> {
  const root = fileURLToPath(dir);
  await writeFile(`${root}/robots.txt`, robotsTxt(publish.url));
  if (publish.url) {
    await writeFile(`${root}/sitemap.xml`, sitemapXml(publish.url, pathnames));
    log(`sitemap.xml written for the pages under ${publish.url}`);
  } else {
    log('no site.url in the hardmap config: no sitemap.xml, canonical links or absolute OpenGraph URLs');
  }
}
