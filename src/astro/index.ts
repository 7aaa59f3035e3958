/** `hardmap/astro`: the site's Astro integration, its content loaders and what the pages read from entries. */
export { hardmapIntegration, sitePublish, type HardmapOptions, type SitePages, type SitePublish, type SiteResults } from './integration.ts';
export { robotsTxt, sitemapXml } from './sitemap.ts';
export type { ContentChanges, Revision } from '../io/content-history.ts';
export { siteConfig } from './site-config.ts';
export { guideLoader, runbookLoader, siteLoader } from './loaders.ts';
export { decodeRunbook, decodeSitePages, guideRefOf, loadStoredGuide, type EntryData, type GuideRef } from './entries.ts';
export { siteDiagnostics, type SiteDiagnostics } from './diagnostics.ts';
export { siteExportStreams, isSafeExportPath, type Download } from './downloads.ts';
export { readDownloads } from './site-downloads.ts';
export { pagefindIntegration } from './pagefind.ts';
export { searchText } from './search-text.ts';
export { idSlug, isSafeSlug, safeSlug, slugCollision, uniqueSlugs, fileSlug } from './slugs.ts';
export type { StoredGuide, StoredRunbook } from '../core/stored.ts';
