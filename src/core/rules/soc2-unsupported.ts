import { edgesToward, relatedRequirements } from '../crosswalk/derive.ts';
import { CIS, NIST, SOC2 } from '../frameworks/registry.ts';
import type { Control } from '../model/control.ts';
import type { Position } from '../model/position.ts';
import type { RuleContext, Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'soc2-unsupported',
    description: 'Every SOC 2 claim is supported by a crosswalk from the control\'s NIST or CIS IDs.',
    severity: 'warning',
    fixable: false,
    docs: 'A SOC 2 criterion claimed for a control (in its mapping table or in the quick reference) should follow from the control\'s NIST 800-53 IDs through the AICPA mapping, or from its CIS safeguards through CIS\'s NIST mapping. When none does, the message lists NIST IDs that would support the claim, so the author can add the right NIST mapping or drop the claim.',
    reads: ['SOC 2 IDs in control mappings and in quick-reference SOC 2 rows whose Guide Section resolves to a control', 'The control\'s NIST and CIS mappings, through the AICPA and CIS crosswalks'],
    ignores: ['SOC 2 IDs absent from the catalog (`soc2-id-unknown`)', 'Quick-reference rows whose Guide Section resolves to no control'],
  },
  check(context) {
    const { guide } = context;
    const byNumber = new Map(guide.controls.map((control) => [control.number, control]));
    for (const control of guide.controls) {
      for (const mapping of control.mappings) {
        if (mapping.framework === SOC2) checkClaim(context, control, mapping.id, mapping.position, `the mapping table of control ${control.number}`);
      }
    }
    for (const table of guide.quickReference?.tables ?? []) {
      if (table.framework !== SOC2) continue;
      for (const row of table.rows) {
        for (const ref of row.sections) {
          const control = ref.resolvedControl ? byNumber.get(ref.resolvedControl) : undefined;
          if (control) checkClaim(context, control, row.id, row.frameworkId.position, `the quick-reference row for control ${control.number}`);
        }
      }
    }
  },
};

function checkClaim(context: RuleContext, control: Control, criterion: string, place: Position, where: string): void {
  if (!context.catalogs.get(SOC2)?.entries.has(criterion)) return; // soc2-id-unknown reports it
  const basis = control.mappings.filter((m) => m.framework === NIST || m.framework === CIS);
  const derived = relatedRequirements(basis, context.crosswalks, context.catalogs);
  if (derived.some((r) => r.framework === SOC2 && r.id === criterion)) return;
  const supporting = edgesToward(context.crosswalks, context.catalogs, SOC2, criterion, NIST).map((edge) => edge.id);
  const nist = [...new Set(basis.filter((m) => m.framework === NIST).map((m) => m.id))];
  const cis = [...new Set(basis.filter((m) => m.framework === CIS).map((m) => m.id))];
  const shown = supporting.slice(0, 8).map((id) => `\`${id}\``).join(', ');
  context.report({
    message: `Unexpected SOC 2 claim \`${criterion}\` in ${where}: no crosswalk links it to ${nist.length ? `NIST ${nist.join(', ')}` : 'any NIST ID'}${cis.length ? ` or CIS ${cis.join(', ')}` : ''}, expected ${supporting.length ? `a NIST ID that supports it, such as ${shown}${supporting.length > 8 ? ` (${supporting.length} in all)` : ''}` : 'a criterion the AICPA mapping supports'}`,
    place,
    actual: criterion,
    expected: supporting.slice(0, 8),
  });
}
