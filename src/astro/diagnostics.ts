import type { Diagnostic } from '../core/model/diagnostic.ts';
import type { Guide } from '../core/model/guide.ts';
import type { ReferenceData } from '../core/reference.ts';
import { checkCollection } from '../core/rules/run-collection.ts';
import { compareDiagnostics, type CheckOptions } from '../core/rules/run-rules.ts';
import { checkRunbook } from '../core/rules/runbook/run.ts';
import { ruleUrl } from '../core/rules/types.ts';
import { summarizeGuide } from '../core/summary.ts';
import type { StoredRunbook } from '../core/stored.ts';

export interface SiteDiagnostics {
  /** Per guide slug: its own diagnostics plus the cross-guide ones that point into it. */
  guides: Map<string, Diagnostic[]>;
  /** Per runbook slug. */
  runbooks: Map<string, Diagnostic[]>;
}

/**
 * The diagnostics that depend on more than one file: cross-guide rules and runbook rules
 * (`applies_to` must resolve against the guides). Cheap, so they run on every build while the
 * per-file results come from the content store.
 */
export function siteDiagnostics(guides: ReadonlyArray<{ guide: Guide; diagnostics: Diagnostic[] }>, runbooks: readonly StoredRunbook[], reference: ReferenceData, options: CheckOptions): SiteDiagnostics {
  const collection = checkCollection(guides.map((entry) => summarizeGuide(entry.guide)), reference, options);
  const byGuide = new Map(guides.map((entry) => [entry.guide.slug, [...entry.diagnostics, ...collection.filter((d) => d.file === entry.guide.path)].sort(compareDiagnostics)]));
  const byRunbook = new Map(runbooks.map((stored) => {
    const found = checkRunbook({ runbook: stored.runbook, problems: stored.problems, text: '' }, guides.map((entry) => entry.guide), options);
    if (stored.runbook.slug !== stored.requestedSlug) {
      const place = stored.runbook.frontmatter?.valuePositions['slug'] ?? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
      found.push({ ruleId: 'site-slug', severity: 'warning', file: stored.runbook.path, place, url: ruleUrl('site-slug'), fixable: false, message: `Unexpected slug \`${stored.requestedSlug}\` (unsafe in a URL or already used), published as \`${stored.runbook.slug}\`` });
    }
    return [stored.runbook.slug, found.sort(compareDiagnostics)] as const;
  }));
  return { guides: byGuide, runbooks: byRunbook };
}
