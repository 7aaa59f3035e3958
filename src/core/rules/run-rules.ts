import type { ReferenceData } from '../reference.ts';
import type { Diagnostic, Severity } from '../model/diagnostic.ts';
import type { ParsedGuide } from '../parse/parse-guide.ts';
import { RULES } from './registry.ts';
import { ruleUrl, type Rule, type RuleOptions } from './types.ts';
import { compareText } from '../collate.ts';

export type RuleSetting = Severity | 'off';

export interface CheckOptions extends RuleOptions {
  /** Severity per rule id; rules not listed keep their default. */
  rules: Readonly<Record<string, RuleSetting>>;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = { rules: {}, quickref: 'auto' };

/**
 * Pure: run every enabled rule over one parsed guide. Directives silence the next line; results
 * are sorted by position so output is stable whatever order rules run in.
 */
export function checkGuide(parsed: ParsedGuide, reference: ReferenceData, options: CheckOptions = DEFAULT_CHECK_OPTIONS, rules: readonly Rule[] = RULES): Diagnostic[] {
  const { guide } = parsed;
  const diagnostics: Diagnostic[] = [];
  const silenced = new Map<number, string[]>();
  for (const directive of guide.directives) silenced.set(directive.line, [...(silenced.get(directive.line) ?? []), ...directive.rules]);
  for (const rule of rules) {
    const setting = options.rules[rule.meta.id] ?? rule.meta.severity;
    if (setting === 'off') continue;
    try {
      rule.check({
        guide,
        catalogs: reference.catalogs,
        crosswalks: reference.crosswalks,
        options,
        problems: parsed.problems,
        report(report) {
          const muted = silenced.get(report.place.start.line);
          if (muted && (muted.length === 0 || muted.includes(rule.meta.id))) return;
          diagnostics.push({ ruleId: rule.meta.id, severity: setting, file: guide.path, url: ruleUrl(rule.meta.id), fixable: rule.meta.fixable, ...report });
        },
      });
    } catch (error) {
      // A rule bug must not take the whole run down: report it where the guide starts.
      const start = { line: 1, column: 1, offset: 0 };
      diagnostics.push({ ruleId: rule.meta.id, severity: 'error', file: guide.path, url: ruleUrl(rule.meta.id), fixable: false, message: `Internal error in rule ${rule.meta.id}: ${(error as Error).message}`, place: { start, end: start } });
    }
  }
  return diagnostics.sort(compareDiagnostics);
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareText(a.file, b.file) || a.place.start.offset - b.place.start.offset || a.place.end.offset - b.place.end.offset || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}
