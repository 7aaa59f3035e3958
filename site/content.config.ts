import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { guideLoader, runbookLoader } from 'hardmap';

// Each entry is one JSON string (see src/site/stored.ts for why); site/lib/data.ts decodes it.
const entry = z.object({ json: z.string() });

export const collections = {
  guides: defineCollection({ loader: guideLoader(), schema: entry }),
  runbooks: defineCollection({ loader: runbookLoader(), schema: entry }),
};
