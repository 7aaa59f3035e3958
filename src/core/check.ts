import type { ReferenceData } from './reference.ts';
import type { Diagnostic } from './model/diagnostic.ts';
import { parseGuide, tooLargeGuide, unparsedGuide, type ParsedGuide } from './parse/parse-guide.ts';
import { checkGuide, DEFAULT_CHECK_OPTIONS, type CheckOptions } from './rules/run-rules.ts';

export interface GuideResult {
  parsed: ParsedGuide;
  diagnostics: Diagnostic[];
}

/** Pure: one file's bytes to its model and diagnostics. The unit of work for workers and the cache. */
export function analyzeGuide(input: Uint8Array | string, path: string, reference: ReferenceData, options: CheckOptions = DEFAULT_CHECK_OPTIONS): GuideResult {
  const parsed = parseGuide(input, path);
  return { parsed, diagnostics: checkGuide(parsed, reference, options) };
}

/** Why the analysis of a file was stopped, and the budget it went over. */
export type StopReason = { budget: 'time'; limitMs: number } | { budget: 'memory'; limitMb: number };

/**
 * Pure: the result for a file whose analysis was stopped from outside (its worker was terminated):
 * an empty model and one `input-limit` error at the top of the file, so the run goes on.
 */
export function stoppedGuide(input: Uint8Array | string, path: string, reason: StopReason, reference: ReferenceData, options: CheckOptions = DEFAULT_CHECK_OPTIONS): GuideResult {
  const [found, limit] = reason.budget === 'time'
    ? [`analysis still running after ${reason.limitMs / 1000} s`, `${reason.limitMs / 1000} s`]
    : [`analysis needing more than ${reason.limitMb} MB of memory`, `${reason.limitMb} MB`];
  const parsed = unparsedGuide(input, path, (source) => ({
    ruleId: 'input-limit',
    message: `Unexpected ${found}, expected a guide that is analyzed within ${limit}; it was stopped and not checked (look for very long lists, deep nesting or huge tables)`,
    position: source.position(0, 0),
    actual: found,
    expected: [limit],
  }));
  return { parsed, diagnostics: checkGuide(parsed, reference, options) };
}

/** Pure: the result for a file not read because its size is over the limit (see `tooLargeGuide`). */
export function tooLargeResult(path: string, size: number, limit: number, reference: ReferenceData, options: CheckOptions = DEFAULT_CHECK_OPTIONS): GuideResult {
  const parsed = tooLargeGuide(path, size, limit);
  return { parsed, diagnostics: checkGuide(parsed, reference, options) };
}
