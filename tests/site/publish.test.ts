import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapXml, sitePublish } from '../../src/astro/index.ts';
import { ConfigSchema, loadConfig } from '../../src/node.ts';

describe('the config site block', () => {
  it('resolves the site URL with a trailing slash and the repository edit URL from branch and folder', () => {
    const config = ConfigSchema.parse({ site: { url: 'https://example.org/guides', repository: 'https://git.example.org/acme/guides/', branch: 'trunk', contentPath: 'docs/guides/' } });
    expect(sitePublish(config, '/repo/content', '/repo')).toEqual({ url: 'https://example.org/guides/', editBase: 'https://git.example.org/acme/guides/edit/trunk/docs/guides/', contentRoot: 'content' });
  });

  it('defaults to the main branch and the content folder as given, and to nothing without a site block', () => {
    expect(sitePublish(ConfigSchema.parse({ site: { repository: 'https://git.example.org/a/b' } }), '/repo/content', '/repo').editBase).toBe('https://git.example.org/a/b/edit/main/content/');
    expect(sitePublish(ConfigSchema.parse({}), '/repo/content', '/repo')).toEqual({ url: null, editBase: null, contentRoot: 'content' });
  });

  it('rejects a site URL that is not http(s), naming the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardmap-site-config-'));
    writeFileSync(join(dir, 'hardmap.config.json'), JSON.stringify({ site: { url: 'javascript:alert(1)' } }));
    expect(() => loadConfig(dir)).toThrow(/unexpected config at `site\.url`/);
    writeFileSync(join(dir, 'hardmap.config.json'), JSON.stringify({ site: { repository: 'https://x.test/a', branch: 'main; rm -rf /' } }));
    expect(() => loadConfig(dir)).toThrow(/unexpected config at `site\.branch`/);
  });
});

describe('crawler files', () => {
  it('sitemap.xml lists HTML pages only (no downloads, no 404), sorted, as absolute URLs', () => {
    const xml = sitemapXml('https://example.org/g/', ['guides/b/', '', '404/', 'downloads/mappings.csv', 'guides/a/', 'guides/a/']);
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://example.org/g/</loc></url>\n  <url><loc>https://example.org/g/guides/a/</loc></url>\n  <url><loc>https://example.org/g/guides/b/</loc></url>\n</urlset>\n');
  });

  it('robots.txt names the sitemap only when there is a site URL', () => {
    expect(robotsTxt('https://example.org/g/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/g/sitemap.xml\n');
    expect(robotsTxt(null)).toBe('User-agent: *\nAllow: /\n');
  });
});
