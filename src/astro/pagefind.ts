import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchIndexReuse } from './search-index-reuse.ts';

/** The folders whose pages carry `data-pagefind-body`: the globs keep Pagefind from reading the matrices and framework indexes just to skip them. */
const INDEXED = ['guides', 'frameworks', 'runbooks'] as const;
const OPTIONS = { forceLanguage: 'en' };
const REUSE_DIR = fileURLToPath(new URL('../../node_modules/.cache/hardmap/pagefind/', import.meta.url));

async function pagefindVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version?: unknown };
  return String(manifest.version);
}

/**
 * Runs Pagefind over the built HTML once Astro has written it. Only regions marked
 * `data-pagefind-body` are indexed (the control card of a control page, the heading and facts of
 * a requirement page, a runbook), so catalog and matrix pages do not flood the results; filters
 * come from `data-pagefind-filter` (type, framework, vendor, level). With `cache` (every build
 * but `--no-cache`), an index made from the very same pages by the same Pagefind is reused
 * instead (search-index-reuse.ts).
 */
export function pagefindIntegration(options: { cache?: boolean } = {}): AstroIntegration {
  return {
    name: 'hardmap-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        const outputPath = `${site}/pagefind`;
        const reuse = options.cache === false ? null : searchIndexReuse(REUSE_DIR, INDEXED, JSON.stringify({ version: await pagefindVersion(), OPTIONS, INDEXED }));
        const key = reuse ? await reuse.key(site) : null;
        if (reuse && key && (await reuse.restore(key, outputPath))) {
          logger.info(`the indexed pages are unchanged: search index reused into ${outputPath}`);
          return;
        }
        // Loaded here, not at the top, so the CLI and the tests never start the Pagefind binary.
        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex(OPTIONS);
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site, glob: `{${INDEXED.join(',')}}/**/*.html` });
        if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
        await pagefind.close();
        if (reuse && key) await reuse.keep(key, outputPath);
      },
    },
  };
}
