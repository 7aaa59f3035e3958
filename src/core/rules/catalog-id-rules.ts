import type { FrameworkFile } from '../frameworks/framework-schema.ts';
import { fromRegistry } from '../frameworks/installed.ts';
import { catalogIdRule } from './catalog-id-rule.ts';
import type { Rule } from './types.ts';

/**
 * The `<prefix>-id-unknown` family: one rule per catalogued framework of the registry, named by
 * the `rules.prefix` of its framework.json (the id when it has none), so a framework added as a
 * folder gets its ID check without a rule file of its own.
 */
export function catalogIdRules(files: readonly FrameworkFile[]): Rule[] {
  return files.map((file) => catalogIdRule(`${file.rules?.prefix ?? file.id}-id-unknown`, file.id, file.rules?.example, file.name));
}

/** The family for the installed registry. */
export const catalogIdRulesOfRegistry: () => readonly Rule[] = fromRegistry(catalogIdRules);
