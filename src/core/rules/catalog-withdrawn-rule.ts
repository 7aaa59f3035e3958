import type { Catalog } from '../frameworks/catalog.ts';
import { citedIds } from './framework-ids.ts';
import type { Rule } from './types.ts';

/** How a framework's withdrawn-ID messages read (framework.json `rules.withdrawn`). */
export interface WithdrawnWording {
  noun: string;
  groupNoun: string;
  relations: boolean;
}

const RELATION_WORDS: Readonly<Record<string, string>> = { 'incorporated-into': 'incorporated into', 'moved-to': 'moved to', 'addressed-by': 'addressed by' };

/** A target is an entry (`AC-6`), or a group it went to as a whole (SA-12 went to the SR family). */
function describeTarget(catalog: Catalog, target: string, groupNoun: string): string {
  if (catalog.entries.has(target) || !catalog.groups.has(target)) return `\`${target}\``;
  return `the ${target} ${groupNoun} (${catalog.groups.get(target) ?? target})`;
}

/** Where a withdrawn entry went: by relation (`moved to X; incorporated into Y`) where the catalog types it. */
function whereItWent(catalog: Catalog, id: string, into: readonly string[], wording: WithdrawnWording): string | null {
  if (into.length === 0) return null;
  const typed = wording.relations ? catalog.withdrawals?.get(id) : undefined;
  if (!typed) return `what it was incorporated into: ${into.map((t) => describeTarget(catalog, t, wording.groupNoun)).join(', ')}`;
  const byRelation = new Map<string, string[]>();
  for (const { relation, target } of typed) byRelation.set(relation, [...(byRelation.get(relation) ?? []), describeTarget(catalog, target, wording.groupNoun)]);
  return `where it went: ${[...byRelation].map(([relation, targets]) => `${RELATION_WORDS[relation] ?? relation} ${targets.join(', ')}`).join('; ')}`;
}

/**
 * The `<prefix>-id-withdrawn` family: one rule per framework whose framework.json declares
 * `rules.withdrawn`. A withdrawn ID maps to nothing an assessor can test, so it is an error, and
 * the message says where the requirement went (the catalog's targets, with their relation).
 */
export function catalogWithdrawnRule(id: string, framework: string, name: string, wording: WithdrawnWording): Rule {
  return {
    meta: {
      id,
      description: `${name} IDs are not withdrawn.`,
      severity: 'error',
      docs: `The ${name} catalog under \`mappings/frameworks\` marks withdrawn ${wording.noun}s and where each went. A withdrawn ID maps to nothing an assessor can test; the message names what replaced it${wording.relations ? ', with the catalog\'s relation (incorporated into, moved to, addressed by)' : ''}.`,
      reads: [`${name} IDs in control mappings and in ID-shaped entries of quick-reference ${name} tables, looked up in the catalog`],
      ignores: ['IDs under a label of another edition', `IDs absent from the catalog (the \`-id-unknown\` rule of ${name})`, `Text that has no ${name} ID shape`],
    },
    check(context) {
      const catalog = context.catalogs.get(framework);
      if (!catalog) return;
      for (const cited of citedIds(context.guide, framework)) {
        const entry = catalog.entries.get(cited.id);
        if (!entry?.withdrawn) continue;
        const into = entry.incorporatedInto;
        const went = whereItWent(catalog, cited.id, into, wording);
        context.report({
          message: `Unexpected withdrawn ${name} ${wording.noun} \`${cited.id}\`${entry.title ? ` (${entry.title})` : ''} in ${cited.where}, expected ${went ?? `a current ${wording.noun}`}`,
          place: cited.place,
          actual: cited.id,
          ...(into.length > 0 ? { expected: into } : {}),
        });
      }
    },
  };
}
