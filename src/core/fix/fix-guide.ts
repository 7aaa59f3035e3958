import { parseGuide, type ParsedGuide } from '../parse/parse-guide.ts';
import type { ReferenceData } from '../reference.ts';
import { rules } from '../rules/registry.ts';
import { fromRegistry } from '../frameworks/installed.ts';
import { applyEdits, lineEnding, type TextEdit } from './edits.ts';
import { DEFAULT_FIX_OPTIONS, type FixOptions } from './options.ts';
import { FIXERS, type Fixer } from './registry.ts';

/** The fixers the rules name, in registry order: a fixer no rule answers for never runs. */
const ruleFixers: () => readonly Fixer[] = fromRegistry(() => FIXERS.filter((fixer) => rules().some((rule) => rule.meta.fix === fixer.id)));

/** Parse problems that make a file unsafe to rewrite: its model may not reflect its text. */
const BLOCKING = /^(input-|frontmatter-yaml$)/;

export interface FixResult {
  /** Null when the file was refused because it did not parse cleanly. */
  text: string | null;
  applied: TextEdit[];
  refusedBecause: string[];
}

/**
 * Pure: the fixed text of one guide, from the fixers the rules name (fix/registry.ts): quick
 * reference regenerated from the controls' own claims, broken anchors pointed where
 * `anchor-broken` suggests, and, when the options ask, labels and IDs spelled canonically and
 * derived SOC 2 rows added in their own table. Everything else stays byte-identical.
 */
export function fixGuide(parsed: ParsedGuide, reference: ReferenceData, options: FixOptions = DEFAULT_FIX_OPTIONS): FixResult {
  const first = fixPass(parsed, reference, options);
  if (first.text === null || !first.applied.some(movesHeadings)) return first;
  // The regenerated quick reference added or removed headings, which a broken link may now be
  // nearest to (a table of contents entry for it): repair against them too, so that a second
  // `hardmap fix` has nothing left to do.
  const again = fixPass(parseGuide(first.text, parsed.guide.path), reference, options);
  return again.text !== null && again.applied.length > 0 ? { text: again.text, applied: [...first.applied, ...again.applied], refusedBecause: [] } : first;
}

/** A quick-reference edit that writes or removes a heading. */
function movesHeadings(edit: TextEdit): boolean {
  return edit.source === 'quickref-regenerate' && (edit.text === '' || /(?:^|[\r\n])#{1,6}[ \t]/.test(edit.text));
}

/**
 * One pass of the fixers over the file's own text: what `fixGuide` applies first, and what the
 * language server offers as quick fixes (its `applied` edits point into that text and never overlap).
 */
export function fixPass(parsed: ParsedGuide, reference: ReferenceData, options: FixOptions = DEFAULT_FIX_OPTIONS): FixResult {
  const blocking = parsed.problems.filter((problem) => BLOCKING.test(problem.ruleId));
  if (blocking.length > 0) return { text: null, applied: [], refusedBecause: blocking.map((problem) => `${problem.position.start.line}:${problem.position.start.column} ${problem.message}`) };
  // Edits are found in `parsed.text` and applied to the file's own text: the offsets are the same
  // in both (see decodeSource), and only the file's text has its lone CR line endings.
  const original = parsed.original ?? parsed.text;
  const fileEol = lineEnding(original);
  const eol = fileEol === '\r' ? '\n' : fileEol;
  const input = { guide: parsed.guide, text: parsed.text, reference, eol, options };
  const edits = ruleFixers().filter((fixer) => fixer.optIn === undefined || options[fixer.optIn])
    .flatMap((fixer) => fixer.edits(input))
    .map((edit) => (fileEol === '\r' ? { ...edit, text: edit.text.replace(/\n/g, '\r') } : edit));
  const { text, applied } = applyEdits(original, edits);
  // A section appended at the end can land inside something left open there (a fence in a list
  // item, an HTML block) and be appended again on every run (found by fuzzing): keep it only if
  // the fixed text has a quick reference.
  if (!parsed.guide.quickReference && applied.some((edit) => edit.source === 'quickref-regenerate') && !parseGuide(text, parsed.guide.path).guide.quickReference) {
    return { ...applyEdits(original, edits.filter((edit) => edit.source !== 'quickref-regenerate')), refusedBecause: [] };
  }
  return { text, applied, refusedBecause: [] };
}
