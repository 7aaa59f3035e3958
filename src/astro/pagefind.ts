import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Runs Pagefind over the built HTML once Astro has written it. Only regions marked
 * `data-pagefind-body` are indexed (the control cards of the control pages), so catalog,
 * framework and matrix pages do not flood the results; filters come from `data-pagefind-filter`.
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
        // Only guide and control pages carry `data-pagefind-body`; Pagefind would read the other
        // half of the site (framework pages) just to skip it.
        const added = await index.addDirectory({ path: site, glob: 'guides/**/*.html' });
        if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site.replace(/\/$/, '')}/pagefind` });
        if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
        await pagefind.close();
      },
    },
  };
}
