import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { guideLoader, runbookLoader, siteLoader } from 'hardmap/astro';

// Each entry is one JSON string (see src/astro/entries.ts for why); site/lib/data.ts decodes it.
const entry = z.object({ json: z.string() });

export const collections = {
  guides: defineCollection({ loader: guideLoader(), schema: entry }),
  runbooks: defineCollection({ loader: runbookLoader(), schema: entry }),
  // One entry, `site`: the check options, content commit and date, from the hardmap integration.
  hardmap: defineCollection({ loader: siteLoader(), schema: entry }),
};
