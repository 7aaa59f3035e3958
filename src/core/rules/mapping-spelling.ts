import { mappingEdits } from '../fix/mappings.ts';
import { SourceText } from '../parse/source.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'mapping-spelling',
    description: 'Catalogued framework labels and IDs in the controls\' mappings are spelled canonically (off unless turned on).',
    severity: 'off',
    fix: 'mapping-spelling',
    docs: 'hardmap reads `NIST 800-53`, `NIST SP 800-53`, `ac-2.1` and `AC-02(01)` alike, so other spellings are no error. A collection that wants one spelling turns this rule on (`{"rules": {"mapping-spelling": "warning"}}`) and lets `hardmap fix` with `fix.spelling` write `NIST 800-53 Rev 5`, `CIS Controls v8`, `SOC 2`, `ISO 27001:2022`, `PCI DSS v4.0.1` and catalog-form IDs. Emphasis and names after an ID stay as written.',
    reads: ['Framework labels of catalogued frameworks in `| Framework | Control |` and Compliance Mappings tables and inline label lines', 'IDs written in another form than the catalog\'s (`ac-2.1`, `AC-02(01)`) that name a catalogued ID'],
    ignores: ['Uncatalogued frameworks', 'IDs the catalog does not have (the `*-id-unknown` rules)', 'Quick-reference tables (`hardmap fix` regenerates them)'],
  },
  check(context) {
    const edits = mappingEdits(context.guide, context.text, { catalogs: context.catalogs, crosswalks: context.crosswalks });
    if (edits.length === 0) return;
    const source = new SourceText(context.text);
    for (const edit of edits) {
      const written = context.text.slice(edit.start, edit.end);
      const what = edit.source === 'mapping-label' ? 'framework label' : 'ID';
      context.report({ message: `Unexpected ${what} spelling \`${written}\`, expected \`${edit.text}\``, place: source.position(edit.start, edit.end), actual: written, expected: [edit.text] });
    }
  },
};
