import type { FrameworkFile } from '../frameworks/framework-schema.ts';
import { fromRegistry } from '../frameworks/installed.ts';
import { catalogIdRule } from './catalog-id-rule.ts';
import { catalogBaselineRule } from './catalog-baseline-rule.ts';
import { catalogWithdrawnRule } from './catalog-withdrawn-rule.ts';
import type { Rule } from './types.ts';

/**
 * The `<prefix>-id-unknown` family, one rule per catalogued framework of the registry, and the
 * `<prefix>-id-withdrawn` family for those whose catalogs withdraw entries, named by
 * the `rules.prefix` of its framework.json (the id when it has none), so a framework added as a
 * folder gets its ID check without a rule file of its own.
 */
export function catalogIdRules(files: readonly FrameworkFile[]): Rule[] {
  return files.flatMap((file) => {
    const prefix = file.rules?.prefix ?? file.id;
    const withdrawn = file.rules?.withdrawn;
    return [
      catalogIdRule(`${prefix}-id-unknown`, file.id, file.rules?.example, file.name),
      ...(withdrawn ? [catalogWithdrawnRule(`${prefix}-id-withdrawn`, file.id, file.name, withdrawn)] : []),
      ...(file.labels.patterns.some((pattern) => pattern.baseline !== undefined) ? [catalogBaselineRule(`${prefix}-id-outside-baseline`, file)] : []),
    ];
  });
}

/** The family for the installed registry. */
export const catalogIdRulesOfRegistry: () => readonly Rule[] = fromRegistry(catalogIdRules);
