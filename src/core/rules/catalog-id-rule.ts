import { nearestIds } from '../frameworks/catalog.ts';
import { idExamples, isIso2013Notation } from '../frameworks/ids.ts';
import { frameworkName, ISO } from '../frameworks/registry.ts';
import { citedIds } from './framework-ids.ts';
import type { Rule } from './types.ts';

/**
 * One rule per catalogued framework: every cited ID must exist in that framework's catalog.
 * They share this body so that messages and did-you-mean hints read the same for all of them.
 */
export function catalogIdRule(id: string, framework: string, example?: string, name: string = frameworkName(framework)): Rule {
  return {
    meta: {
      id,
      description: `${name} IDs exist in the ${name} catalog.`,
      severity: 'error',
      docs: `Each ${name} ID in a control's mappings or in the quick reference is looked up in its catalog under \`mappings/frameworks\`. IDs are normalized first${example ? ` (e.g. \`${example}\`)` : ''}, so only IDs that are really absent are reported, with the nearest existing IDs as suggestions. Only entries shaped like a ${name} ID are IDs: a title after an ID, a family name or a link to a policy is never reported as an unknown ID.`,
      reads: [`${name} entries of \`| Framework | Control |\` and Compliance Mappings tables and inline lines that have the shape of a ${name} ID (${idExamples(framework) ?? 'its ID form'}), the ID text of a link among them`, `ID-shaped entries of quick-reference ${name} tables`],
      ignores: ['Entries without an ID shape (words, titles, family names, links to policies): kept as written, see `mapping-text-unparsed`', 'Titles after an ID, commas included (`SI-7 Software, Firmware, and Information Integrity`)', ...(framework === ISO ? ['2013-notation IDs (`iso-2013-notation` reports them)'] : [])],
    },
    check(context) {
      const catalog = context.catalogs.get(framework);
      if (!catalog) return;
      for (const cited of citedIds(context.guide, framework)) {
        // A CFR paragraph citing a HIPAA standard (164.312(a)(1) for 164.312(a)) is that standard.
        if (catalog.entries.has(cited.id) || catalog.aliases?.has(cited.id)) continue;
        // 2013-notation ISO IDs get their own, more helpful rule.
        if (framework === ISO && isIso2013Notation(cited.id)) continue;
        const suggestions = nearestIds(catalog, cited.id);
        const hint = suggestions.length > 0 ? `, did you mean ${suggestions.map((s) => `\`${s}\``).join(' or ')}?` : '';
        context.report({
          message: `Unexpected ${name} ID \`${cited.written}\` in ${cited.where}: not in the ${catalog.title} catalog${hint || ', expected an existing ID'}`,
          place: cited.place,
          actual: cited.written,
          ...(suggestions.length > 0 ? { expected: suggestions } : {}),
        });
      }
    },
  };
}
