import type { ReferenceData } from '../reference.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { ParsedGuide } from '../parse/parse-guide.ts';
import { rules as registryRules } from './registry.ts';
import { runRules } from './engine.ts';
import type { Rule, RuleOptions, RuleSetting } from './types.ts';

export { compareDiagnostics } from './engine.ts';
export type { RuleSetting };

export interface CheckOptions extends RuleOptions {
  /** Severity per rule id; rules not listed keep their default. */
  rules: Readonly<Record<string, RuleSetting>>;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = { rules: {}, quickref: 'auto' };

/**
 * Pure: run every enabled rule over one parsed guide. Directives silence the next line; results
 * are sorted by position so output is stable whatever order rules run in.
 */
export function checkGuide(parsed: ParsedGuide, reference: ReferenceData, options: CheckOptions = DEFAULT_CHECK_OPTIONS, rules: readonly Rule[] = registryRules()): Diagnostic[] {
  const { guide } = parsed;
  return runRules(rules, options.rules, guide, (report) => ({
    guide,
    text: parsed.text,
    catalogs: reference.catalogs,
    crosswalks: reference.crosswalks,
    options,
    problems: parsed.problems,
    report: (found) => report(found),
  }));
}
