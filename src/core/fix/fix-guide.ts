import { parseGuide, type ParsedGuide } from '../parse/parse-guide.ts';
import type { ReferenceData } from '../reference.ts';
import { anchorEdits } from './anchors.ts';
import { applyEdits, lineEnding, type TextEdit } from './edits.ts';
import { mappingEdits } from './mappings.ts';
import { DEFAULT_FIX_OPTIONS, type FixOptions } from './options.ts';
import { quickReferenceEdits } from './quickref.ts';

/** Parse problems that make a file unsafe to rewrite: its model may not reflect its text. */
const BLOCKING = /^(input-|frontmatter-yaml$)/;

export interface FixResult {
  /** Null when the file was refused because it did not parse cleanly. */
  text: string | null;
  applied: TextEdit[];
  refusedBecause: string[];
}

/**
 * Pure: the fixed text of one guide. Quick reference regenerated from the controls' own claims,
 * renamed-control anchors repaired, and, when the options ask, labels and IDs spelled canonically
 * and derived SOC 2 rows added in their own table. Everything else stays byte-identical.
 */
export function fixGuide(parsed: ParsedGuide, reference: ReferenceData, options: FixOptions = DEFAULT_FIX_OPTIONS): FixResult {
  const blocking = parsed.problems.filter((problem) => BLOCKING.test(problem.ruleId));
  if (blocking.length > 0) return { text: null, applied: [], refusedBecause: blocking.map((problem) => `${problem.position.start.line}:${problem.position.start.column} ${problem.message}`) };
  // Edits are found in `parsed.text` and applied to the file's own text: the offsets are the same
  // in both (see decodeSource), and only the file's text has its lone CR line endings.
  const original = parsed.original ?? parsed.text;
  const fileEol = lineEnding(original);
  const eol = fileEol === '\r' ? '\n' : fileEol;
  const edits = [
    ...(options.spelling ? mappingEdits(parsed.guide, parsed.text, reference) : []),
    ...anchorEdits(parsed.guide, parsed.text),
    ...quickReferenceEdits(parsed.guide, parsed.text, reference, eol, options),
  ].map((edit) => (fileEol === '\r' ? { ...edit, text: edit.text.replace(/\n/g, '\r') } : edit));
  const { text, applied } = applyEdits(original, edits);
  // A section appended at the end can land inside something left open there (a fence in a list
  // item, an HTML block) and be appended again on every run (found by fuzzing): keep it only if
  // the fixed text has a quick reference.
  if (!parsed.guide.quickReference && applied.some((edit) => edit.source === 'quickref-regenerate') && !parseGuide(text, parsed.guide.path).guide.quickReference) {
    return { ...applyEdits(original, edits.filter((edit) => edit.source !== 'quickref-regenerate')), refusedBecause: [] };
  }
  return { text, applied, refusedBecause: [] };
}
