import { compareText } from '../collate.ts';
import type { Diagnostic, Severity } from '../model/diagnostic.ts';
import type { Guide } from '../model/guide.ts';
import { isFixable, ruleUrl, type Report, type RuleMeta, type RuleOf, type RuleSetting } from './types.ts';

/** A file findings are reported in, with its `<!-- hardmap-disable-next-line ... -->` directives. */
export interface Target {
  path: string;
  directives: Guide['directives'];
}

/** How a rule's context hands a finding to the engine: in `home`, unless it names another file. */
export type Reporter = (report: Report, target?: Target) => void;

export const INTERNAL_ERROR = 'internal-error';

export const INTERNAL_ERROR_META: RuleMeta = {
  id: INTERNAL_ERROR,
  description: 'A rule failed on this input; its findings are missing and the run went on.',
  severity: 'error',
  docs: 'Every rule runs in isolation: when one throws (a bug in hardmap, met by an input nobody foresaw), its findings for that file or run are dropped, this one error names the rule and the reason, and every other rule still reports. Please report it with the file that caused it. The place is the start of the file (for a collection rule, of the first guide of the run).',
  reads: ['Nothing of the guide: it reports a rule that threw'],
  ignores: ['Disable comments: a crash is never silenced by one'],
};

/** The one way a finding becomes a diagnostic: the same fields, in the same order, for every rule kind. */
export function toDiagnostic(meta: RuleMeta, severity: Severity, file: string, report: Report): Diagnostic {
  const { fixable = true, ...finding } = report;
  return { ruleId: meta.id, severity, file, url: ruleUrl(meta.id), fixable: fixable && isFixable(meta), ...finding };
}

/** The rule ids silenced on each line by a file's directives (an empty list silences every rule). */
function silencer(directives: Target['directives']): (line: number, id: string) => boolean {
  const byLine = new Map<number, string[]>();
  for (const directive of directives) byLine.set(directive.line, [...(byLine.get(directive.line) ?? []), ...directive.rules]);
  return (line, id) => {
    const muted = byLine.get(line);
    return muted !== undefined && (muted.length === 0 || muted.includes(id));
  };
}

/**
 * Pure: run rules of one kind. Each enabled rule gets a context from `contextFor`; its findings take
 * the configured severity and are dropped on lines a directive silences. A rule that throws loses
 * its findings and gives one `internal-error` in `home` instead; the other rules still run.
 */
export function runRules<Context>(rules: ReadonlyArray<RuleOf<Context>>, settings: Readonly<Record<string, RuleSetting>>, home: Target, contextFor: (report: Reporter) => Context): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const silenced = new Map<Target, (line: number, id: string) => boolean>();
  const isSilenced = (target: Target, line: number, id: string): boolean => {
    let test = silenced.get(target);
    if (!test) silenced.set(target, (test = silencer(target.directives)));
    return test(line, id);
  };
  for (const rule of rules) {
    const setting = settings[rule.meta.id] ?? rule.meta.severity;
    if (setting === 'off') continue;
    const found: Diagnostic[] = [];
    try {
      rule.check(contextFor((report, target = home) => {
        if (!isSilenced(target, report.place.start.line, rule.meta.id)) found.push(toDiagnostic(rule.meta, setting, target.path, report));
      }));
      diagnostics.push(...found);
    } catch (error) {
      const crash = internalError(rule.meta.id, home.path, error, settings);
      if (crash) diagnostics.push(crash);
    }
  }
  return diagnostics.sort(compareDiagnostics);
}

function internalError(id: string, file: string, error: unknown, settings: Readonly<Record<string, RuleSetting>>): Diagnostic | null {
  const setting = settings[INTERNAL_ERROR] ?? INTERNAL_ERROR_META.severity;
  if (setting === 'off') return null;
  const start = { line: 1, column: 1, offset: 0 };
  const reason = error instanceof Error ? error.message : String(error);
  return toDiagnostic(INTERNAL_ERROR_META, setting, file, { message: `Internal error in rule ${id}: ${reason}`, place: { start, end: start }, actual: id });
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareText(a.file, b.file) || a.place.start.offset - b.place.start.offset || a.place.end.offset - b.place.end.offset || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}
