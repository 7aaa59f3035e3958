import type { Diagnostic } from './model/diagnostic.ts';
import type { Guide } from './model/guide.ts';
import type { Runbook } from './model/runbook.ts';
import type { ParsedGuide } from './parse/parse-guide.ts';
import type { ParsedRunbook } from './parse/parse-runbook.ts';
import type { ParseProblem } from './parse/problems.ts';
import { renderIndex, type HtmlIndex } from './render/html.ts';

/** One analyzed guide as the site keeps it; `guide.slug` is the published slug once loaded. */
export interface StoredGuide {
  kind: 'guide';
  /** The slug the file asked for, before it was made safe and unique. */
  requestedSlug: string;
  guide: Guide;
  /** The decoded source the model's offsets refer to: pages render slices the model does not split further. */
  text: string;
  /** Per-file diagnostics, as `hardmap check` reports them (cross-guide ones are computed per build). */
  diagnostics: Diagnostic[];
  /** The file as safe HTML, piece by top-level block, rendered from the one parse. */
  html: HtmlIndex;
}

/** The stored JSON of a guide just analyzed: `requestedSlug` is the slug it asked for, not yet made safe or unique. */
/** `html: false` leaves the rendered blocks out: commands that need the model only (`export`, `diff`, `show`) do not pay for rendering. */
export function storedGuideJson(parsed: ParsedGuide, diagnostics: Diagnostic[], html = true): string {
  const stored: StoredGuide = { kind: 'guide', requestedSlug: parsed.guide.slug, guide: parsed.guide, text: parsed.text, diagnostics, html: html && parsed.root ? renderIndex(parsed.root) : [] };
  return JSON.stringify(stored);
}

export interface StoredRunbook {
  kind: 'runbook';
  requestedSlug: string;
  runbook: Runbook;
  /** Parse problems; the runbook rules need the guides, so they run once the collections are loaded. */
  problems: ParseProblem[];
  /** The file as safe HTML, piece by top-level block, rendered from the one parse. */
  html: HtmlIndex;
}

export function storedRunbook(parsed: ParsedRunbook): StoredRunbook {
  return { kind: 'runbook', requestedSlug: parsed.runbook.slug, runbook: parsed.runbook, problems: parsed.problems, html: parsed.root ? renderIndex(parsed.root) : [] };
}
