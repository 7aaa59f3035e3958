// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { pagefindIntegration } from './src/site/pagefind.ts';

/**
 * The library reads mappings/ and package.json relative to its own files (import.meta.url), so it
 * must run from src/, not from a bundled chunk. Vite bundles a self-referenced package even when
 * listed in `ssr.external`, so pages get `hardmap` as an external import of src/index.ts instead
 * (Node strips the types). Only for page rendering: the content loaders run from source anyway.
 */
function externalLibrary() {
  const library = fileURLToPath(new URL('./src/index.ts', import.meta.url));
  return {
    name: 'hardmap:external-library',
    enforce: /** @type {const} */ ('pre'),
    applyToEnvironment: (/** @type {{ name: string }} */ environment) => environment.name === 'prerender' || environment.name === 'ssr',
    resolveId: (/** @type {string} */ id) => (id === 'hardmap' ? { id: library, external: true } : null),
  };
}

// The guide collection the site is built over. `hardmap build --content DIR` sets the variable;
// writing the resolved value back lets the content loaders (same process) read one source of truth.
process.env.HARDMAP_CONTENT = process.env.HARDMAP_CONTENT || 'content';

// A small hand-built layout instead of Starlight: there are ~1,900 framework requirement pages and
// Starlight renders its full sidebar into every page, which would multiply the size of the build.
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  // HARDMAP_OUT lets the browser tests build a hostile fixture collection beside the real site.
  outDir: process.env.HARDMAP_OUT || './dist',
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
  integrations: [pagefindIntegration()],
  vite: {
    build: {
      // Never inline scripts as data or <script> bodies (Astro inlines small ones by default).
      assetsInlineLimit: 0,
    },
    plugins: [externalLibrary()],
  },
});
