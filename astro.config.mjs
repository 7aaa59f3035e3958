// @ts-check
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/astro/site-config.ts';

// `astro dev` and a plain `astro build`: the content loaders analyze content/ themselves, through
// the same road as `hardmap check`. `hardmap build` does not read this file: it passes the same
// config inline, with the results of its check (src/cli/commands/build.ts).
export default defineConfig(siteConfig({ content: 'content', ...(process.env.SOURCE_DATE_EPOCH ? { epoch: process.env.SOURCE_DATE_EPOCH } : {}) }));
