import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Runs Pagefind over the built HTML once Astro has written it. Only regions marked
 * `data-pagefind-body` are indexed (the control card of a control page, the heading and facts of
 * a requirement page, a runbook), so catalog and matrix pages do not flood the results; filters
 * come from `data-pagefind-filter` (type, framework, vendor, level).
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'hardmap-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Loaded here, not at the top, so the CLI and the tests never start the Pagefind binary.
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        // Control pages, requirement pages and runbooks carry `data-pagefind-body`; the globs keep
        // Pagefind from reading the matrices and framework indexes just to skip them.
        const added = await index.addDirectory({ path: site, glob: '{guides,frameworks,runbooks}/**/*.html' });
        if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site.replace(/\/$/, '')}/pagefind` });
        if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
        await pagefind.close();
      },
    },
  };
}
