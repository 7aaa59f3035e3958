import type { Diagnostic } from '../model/diagnostic.ts';
import type { GuideSummary } from '../summary.ts';
import type { ReferenceData } from '../reference.ts';
import { COLLECTION_RULES } from './registry.ts';
import { compareDiagnostics, type CheckOptions } from './run-rules.ts';
import { ruleUrl } from './types.ts';

/** Pure: run the cross-guide rules over a whole set of guides, honouring settings and directives. */
export function checkCollection(guides: readonly GuideSummary[], reference: ReferenceData, options: CheckOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of COLLECTION_RULES) {
    const setting = options.rules[rule.meta.id] ?? rule.meta.severity;
    if (setting === 'off') continue;
    rule.checkCollection({
      guides,
      catalogs: reference.catalogs,
      report(guide, report) {
        const directive = guide.directives.find((d) => d.line === report.place.start.line);
        if (directive && (directive.rules.length === 0 || directive.rules.includes(rule.meta.id))) return;
        diagnostics.push({ ruleId: rule.meta.id, severity: setting, file: guide.path, url: ruleUrl(rule.meta.id), fixable: rule.meta.fixable, ...report });
      },
    });
  }
  return diagnostics.sort(compareDiagnostics);
}
