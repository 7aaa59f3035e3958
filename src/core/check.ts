import type { ReferenceData } from './reference.ts';
import type { Diagnostic } from './model/diagnostic.ts';
import { parseGuide, type ParsedGuide } from './parse/parse-guide.ts';
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
