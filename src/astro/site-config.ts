import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import { hardmapIntegration, type HardmapOptions } from './integration.ts';
import { pagefindIntegration } from './pagefind.ts';

/**
 * The library reads mappings/ and package.json relative to its own files (import.meta.url), so it
 * must run from src/, not from a bundled chunk. Vite bundles a self-referenced package even when
 * listed in `ssr.external`, so pages get `hardmap`, `hardmap/node` and `hardmap/astro` as external
 * imports of their entry files instead (Node strips the types). Only for page rendering: the
 * content loaders run from source anyway.
 */
function externalLibrary() {
  const entries: Record<string, string> = {
    hardmap: fileURLToPath(new URL('../index.ts', import.meta.url)),
    'hardmap/node': fileURLToPath(new URL('../node.ts', import.meta.url)),
    'hardmap/astro': fileURLToPath(new URL('./index.ts', import.meta.url)),
  };
  return {
    name: 'hardmap:external-library',
    enforce: 'pre' as const,
    applyToEnvironment: (environment: { name: string }) => environment.name === 'prerender' || environment.name === 'ssr',
    resolveId: (id: string) => (entries[id] === undefined ? null : { id: entries[id], external: true }),
  };
}

/**
 * The whole Astro config of the site, for astro.config.mjs (`astro dev`, `astro build`) and for
 * `hardmap build`, which passes it inline with `configFile: false`: one config, read once.
 * A small hand-built layout instead of Starlight: there are ~1,900 framework requirement pages and
 * Starlight renders its full sidebar into every page, which would multiply the size of the build.
 */
export function siteConfig(options: HardmapOptions, extra: { outDir?: string; incremental?: boolean } = {}): AstroUserConfig {
  const integrations: AstroIntegration[] = [hardmapIntegration(options), pagefindIntegration(options.cache === false ? { cache: false } : {})];
  return {
    srcDir: './site',
    publicDir: './site/public',
    outDir: extra.outDir ?? './dist',
    output: 'static',
    trailingSlash: 'always',
    build: {
      format: 'directory',
      // Four pages in flight: rendering one overlaps writing the others (measured on content/:
      // 9.4-10.1 s with 1, 5.7-7.5 s with 4). Output is the same; only the order of writes changes.
      concurrency: 4,
      // External files only: the CSP then forbids inline script and style outright.
      inlineStylesheets: 'never',
    },
    // No Shiki: it styles tokens with inline style attributes, which the CSP forbids.
    markdown: { syntaxHighlight: false },
    security: {
      csp: {
        // Images: the site's own, and data: for the search icon Pagefind's stylesheet carries. No
        // https: — a guide's image or markup can never make a reader's browser call another host.
        directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "frame-src 'none'", "form-action 'self'"],
        // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
        scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
        styleDirective: { resources: ["'self'"] },
      },
    },
    integrations,
    // Pages whose getStaticPaths gives a cacheKey (site/lib/cache-keys.ts) are copied from the
    // last build when their key and template code are unchanged: a one-guide change renders that
    // guide's pages and the requirement pages whose edges it changed. Off for a build from
    // scratch (`--no-cache`), which would only write a second copy of every page.
    experimental: { incrementalBuild: extra.incremental ?? true },
    vite: {
      build: {
        // Never inline scripts as data or <script> bodies (Astro inlines small ones by default).
        assetsInlineLimit: 0,
      },
      plugins: [externalLibrary()],
    },
  };
}
