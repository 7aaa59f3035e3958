import type { Diagnostic } from '../model/diagnostic.ts';
import type { GuideSummary } from '../summary.ts';
import type { ReferenceData } from '../reference.ts';
import { COLLECTION_RULES } from './registry.ts';
import { runRules } from './engine.ts';
import type { CheckOptions } from './run-rules.ts';
import type { CollectionRule } from './types.ts';

/**
 * Pure: run the cross-guide rules over a whole set of guides, honouring settings and each guide's
 * directives. A collection rule that crashes is reported at the start of the first guide.
 */
export function checkCollection(guides: readonly GuideSummary[], reference: ReferenceData, options: CheckOptions, rules: readonly CollectionRule[] = COLLECTION_RULES): Diagnostic[] {
  const home = guides[0] ?? { path: '', directives: [] };
  return runRules(rules, options.rules, home, (report) => ({
    guides,
    catalogs: reference.catalogs,
    report: (guide, found) => report(found, guide),
  }));
}
