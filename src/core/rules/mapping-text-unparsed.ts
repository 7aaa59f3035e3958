import { idExamples } from '../frameworks/ids.ts';
import { frameworkName } from '../frameworks/registry.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'mapping-text-unparsed',
    description: 'Text in a catalogued framework\'s mapping cell that is not an ID of that framework.',
    severity: 'info',
    docs: 'A mapping cell or line for NIST 800-53, CIS Controls, SOC 2, ISO 27001 or PCI DSS may hold words as well as IDs: a family name (`Access Control family`), a link to a policy, a note. Only entries shaped like an ID of the framework are ID claims and checked against its catalog; the rest is kept in the model as written (`unparsedMappings`) and named here, so a reader can tell it was not read as an ID. Titles after an ID (`SI-7 Software, Firmware, and Information Integrity`) are part of the ID\'s entry, not unparsed text.',
    reads: ['Entries of `| Framework | Control |` and Compliance Mappings tables, and of inline `**NIST 800-53:**` lines, for catalogued frameworks, that have no ID shape'],
    ignores: ['Uncatalogued frameworks (CISA SCuBA, SLSA, ...): hardmap has no ID grammar for them, so every entry is kept as an ID as written', 'Titles that follow an ID, including titles with commas'],
  },
  check(context) {
    for (const control of context.guide.controls) {
      for (const entry of control.unparsedMappings) {
        const name = frameworkName(entry.framework);
        const expected = idExamples(entry.framework);
        context.report({
          message: `Unexpected text \`${entry.text}\` in the ${name} mappings of control ${control.number}: not a ${name} ID, kept as written; expected IDs such as ${expected ?? 'the framework\'s own'}`,
          place: entry.position,
          actual: entry.text,
        });
      }
    }
  },
};
