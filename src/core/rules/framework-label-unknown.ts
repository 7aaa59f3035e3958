import { unknownLabels } from './framework-labels.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'framework-label-unknown',
    description: 'A framework label that is a slip for a catalogued one (`NIST 800-35` for `NIST 800-53`).',
    severity: 'warning',
    docs: 'Reported only when both are true: the label is within two edits of a spelling of NIST 800-53, CIS Controls, SOC 2, ISO 27001 or PCI DSS, and every ID under it has that framework\'s ID form (`NIST 800-35 | AC-2, AC-6`). Its IDs are then kept as an uncatalogued framework and not checked until the label is fixed. Real other standards a keystroke away (`ISO 27002`, `SOC 1`, `NIST 800-52`, `CIS Controls v7`, `PCI DSS 3.2.1`) are known labels and never get a suggestion; any other unknown label is reported by `framework-label-uncatalogued`, as information.',
    reads: ['Framework labels hardmap does not know, in `| Framework | Control |` and Compliance Mappings tables and inline label lines', 'The IDs under each such label, to see whether they have the form of the catalogued framework the label is near'],
    ignores: ['Real frameworks without a catalog (MITRE ATLAS, CIS Benchmarks such as `CIS Windows 11`, `CISA SCuBA (Gmail)`, `ISO 27002`, `SOC 1`, ...): known labels, no finding', 'Unknown labels whose IDs lack the near framework\'s ID form (`framework-label-uncatalogued`)', 'Bold label lines that are no framework label (`**Requires:**`)', 'Quick-reference table headings'],
  },
  check(context) {
    for (const { control, label, mappings, meant } of unknownLabels(context.guide)) {
      const first = mappings[0];
      if (!meant || !first) continue;
      context.report({
        message: `Unexpected framework label \`${label}\` in control ${control.number}: its IDs have the form of ${meant.framework.name} IDs, did you mean \`${meant.spelling}\`?`,
        place: first.labelPosition,
        actual: label,
        expected: [meant.spelling],
      });
    }
  },
};
