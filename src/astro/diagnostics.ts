import type { Diagnostic } from '../core/model/diagnostic.ts';
import type { ReferenceData } from '../core/reference.ts';
import { checkCollection } from '../core/rules/run-collection.ts';
import { compareDiagnostics, type CheckOptions } from '../core/rules/run-rules.ts';
import { checkRunbook } from '../core/rules/runbook/run.ts';
import { checkPublishedPage } from '../core/rules/site-slug.ts';
import type { GuideSummary } from '../core/summary.ts';
import type { StoredRunbook } from '../core/stored.ts';
import type { PackTree } from '../core/packs/model.ts';
import { checkPacks } from '../core/rules/packs/run.ts';

export interface SiteDiagnostics {
  /** Per guide slug: its own diagnostics plus the cross-guide ones that point into it. */
  guides: Map<string, Diagnostic[]>;
  /** Per runbook slug. */
  runbooks: Map<string, Diagnostic[]>;
}

/**
 * The diagnostics that depend on more than one file: cross-guide rules and runbook rules
 * (`applies_to` must resolve against the guides). Cheap, so they run on every build while the
 * per-file results come from the content store. Guides come as summaries (`summarizeGuide`,
 * which keeps the pack includes): the site never holds every model at once.
 */
export function siteDiagnostics(guides: ReadonlyArray<{ summary: GuideSummary; diagnostics: Diagnostic[] }>, runbooks: readonly StoredRunbook[], reference: ReferenceData, options: CheckOptions, packs: PackTree | null = null): SiteDiagnostics {
  const summaries = guides.map((entry) => entry.summary);
  const collection = checkCollection(summaries, reference, options);
  // Pack findings go to the guide they are in, or (a pack file's) to every guide that includes that vendor's pack.
  const packFindings = packs ? checkPacks(summaries, packs, reference, options) : [];
  const root = packs?.root.replace(/\/+$/, '') ?? '';
  const ownsPackFile = (guide: GuideSummary, file: string): boolean => (guide.includes ?? []).some((include) => include.pack && file.startsWith(`${root}/${include.pack.vendor}/`));
  const byGuide = new Map(guides.map((entry) => [entry.summary.slug, [
    ...entry.diagnostics,
    ...collection.filter((d) => d.file === entry.summary.path),
    ...packFindings.filter((d) => d.file === entry.summary.path || ownsPackFile(entry.summary, d.file)),
  ].sort(compareDiagnostics)]));
  const byRunbook = new Map(runbooks.map((stored) => {
    const found = checkRunbook({ runbook: stored.runbook, problems: stored.problems, text: '' }, summaries, options);
    // Through the rule engine, so the config's severity for site-slug and disable comments apply.
    found.push(...checkPublishedPage({ path: stored.runbook.path, directives: stored.runbook.directives, requestedSlug: stored.requestedSlug, slug: stored.runbook.slug, slugPlace: stored.runbook.frontmatter?.valuePositions['slug'] ?? null }, options));
    return [stored.runbook.slug, found.sort(compareDiagnostics)] as const;
  }));
  return { guides: byGuide, runbooks: byRunbook };
}
