import type { Guide } from '../model/guide.ts';
import type { ReferenceData } from '../reference.ts';
import { anchorEdits } from './anchors.ts';
import type { TextEdit } from './edits.ts';
import type { FixerId } from './fixer-ids.ts';
import { mappingEdits } from './mappings.ts';
import type { FixOptions } from './options.ts';
import { quickReferenceEdits } from './quickref.ts';

/** What a fixer reads: the model, the decoded text its offsets point into, and the fix options. */
export interface FixInput {
  guide: Guide;
  text: string;
  reference: ReferenceData;
  /** The line ending generated text uses. */
  eol: string;
  options: FixOptions;
}

/** A fix is data: a fixer proposes edits and never writes; fixGuide applies them with applyEdits. */
export interface Fixer {
  id: FixerId;
  description: string;
  /** The fix option that must be on for it to run (opt-in fixers touch text nobody asked to change). */
  optIn?: keyof FixOptions;
  edits(input: FixInput): TextEdit[];
}

/** Every fixer, in the order fixGuide collects their edits (where two overlap, the earlier one wins). */
export const FIXERS: readonly Fixer[] = [
  {
    id: 'mapping-spelling',
    description: 'Spells catalogued framework labels and IDs canonically in mapping tables and lines (`fix.spelling` in hardmap.config).',
    optIn: 'spelling',
    edits: ({ guide, text, reference }) => mappingEdits(guide, text, reference),
  },
  {
    id: 'anchor-repair',
    description: 'Points a broken in-page link at the anchor `anchor-broken` suggests.',
    edits: ({ guide, text }) => anchorEdits(guide, text),
  },
  {
    id: 'quickref-regenerate',
    description: 'Regenerates the SOC 2 and NIST tables of the Compliance Quick Reference from the controls (with `quickref.derived`, also the derived SOC 2 table).',
    edits: ({ guide, text, reference, eol, options }) => quickReferenceEdits(guide, text, reference, eol, options),
  },
];
