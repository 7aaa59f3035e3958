import type { CheckOptions, Guide } from 'hardmap';
import { loadStoredGuide, type GuideRef } from 'hardmap/astro';
import { recentlyUsed } from './recent.ts';
import { useRenderedHtml } from './render.ts';

/**
 * Guide models, read from the model store when a page asks for one. A model with its HTML is
 * about 30 times its file's size, so the site keeps none beyond the few most recently used (a
 * 1,300-guide collection's models would take gigabytes). Astro renders a guide's pages one after
 * another, a few at a time, and the pages that list every guide read summaries (data.ts), so a
 * model is read about once per route.
 */
export interface GuideModel {
  guide: Guide;
  /** Decoded source: pages render slices of it that the model does not split further. */
  text: string;
}

const recent = recentlyUsed<string, GuideModel>(8);

/** The model behind `ref` (its HTML registered for the renderer), the same object while it stays recent. */
export function guideModel(ref: GuideRef, options: CheckOptions): GuideModel {
  return recent(ref.key, () => {
    const { guide, text, html } = loadStoredGuide(ref, options);
    useRenderedHtml(guide, html);
    return { guide, text };
  });
}
