import { edgesToward, relatedRequirements } from '../crosswalk/derive.ts';
import { CIS, NIST, SOC2 } from '../frameworks/registry.ts';
import type { Control } from '../model/control.ts';
import type { Position } from '../model/position.ts';
import { rowControls, tablesOf } from './quickref-rows.ts';
import type { RuleContext, Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'soc2-unsupported',
    description: 'Says which SOC 2 claims no crosswalk supports from the control\'s NIST or CIS IDs (an info: the AICPA mapping is not exhaustive).',
    severity: 'info',
    docs: 'A SOC 2 criterion claimed for a control (in its mapping table or in the quick reference) should follow from the control\'s NIST 800-53 IDs through the AICPA mapping, or from its CIS safeguards through CIS\'s NIST mapping. A NIST ID counts with its base control and its enhancements (the AICPA mapping often lists `AC-6(1)` where a guide writes `AC-6`). A quick-reference row counts all the controls it names together. When none does, the message says so and names the NIST IDs the AICPA mapping links the criterion to. It is an info, not a warning: the AICPA mapping is a points-of-focus guide, not an exhaustive list, so an unsupported claim may still be right; the rule cannot tell, and says only what the crosswalks say.',
    reads: ['SOC 2 IDs in control mappings, and ID-shaped SOC 2 tokens of quick-reference rows with the controls their sections resolve to (together)', 'The controls\' NIST IDs with their base controls and enhancements, and their CIS safeguards, through the AICPA and CIS crosswalks'],
    ignores: ['SOC 2 IDs absent from the catalog (`soc2-id-unknown`)', 'Quick-reference rows whose Guide Section resolves to no control'],
  },
  check(context) {
    const { guide } = context;
    for (const control of guide.controls) {
      for (const mapping of control.mappings) {
        if (mapping.framework === SOC2) checkClaim(context, [control], mapping.id, mapping.position, `the mapping table of control ${control.number}`);
      }
    }
    for (const table of tablesOf(guide, SOC2)) {
      for (const row of table.rows) {
        // The row's controls claim its criteria together: one supporting control is enough.
        const controls = row.scope === 'sections' ? rowControls(row, guide) : [];
        if (controls.length === 0) continue;
        for (const id of row.ids) {
          if (id.shaped) checkClaim(context, controls, id.id, id.position, `the quick-reference row for control${controls.length > 1 ? 's' : ''} ${controls.map((c) => c.number).join(', ')}`);
        }
      }
    }
  },
};

function checkClaim(context: RuleContext, controls: readonly Control[], criterion: string, place: Position, where: string): void {
  if (!context.catalogs.get(SOC2)?.entries.has(criterion)) return; // soc2-id-unknown reports it
  const basis = controls.flatMap((control) => control.mappings.filter((m) => m.framework === NIST || m.framework === CIS));
  // The AICPA mapping often names an enhancement (`AC-6(1)`) where a guide writes its base
  // (`AC-6`), or the other way round: a claim backed through either is supported, not unexpected.
  const derived = relatedRequirements([...basis, ...nistFamilyOf(context, basis)], context.crosswalks, context.catalogs);
  if (derived.some((r) => r.framework === SOC2 && r.id === criterion)) return;
  const supporting = edgesToward(context.crosswalks, context.catalogs, SOC2, criterion, NIST).map((edge) => edge.id);
  const nist = [...new Set(basis.filter((m) => m.framework === NIST).map((m) => m.id))];
  const cis = [...new Set(basis.filter((m) => m.framework === CIS).map((m) => m.id))];
  const shown = supporting.slice(0, 8).map((id) => `\`${id}\``).join(', ');
  context.report({
    message: `Unsupported SOC 2 claim \`${criterion}\` in ${where}: no published crosswalk links it to ${nist.length ? `NIST ${nist.join(', ')}` : 'any NIST ID'}${cis.length ? ` or CIS ${cis.join(', ')}` : ''}${supporting.length ? `; the AICPA mapping links it to ${shown}${supporting.length > 8 ? ` (${supporting.length} in all)` : ''}` : ''}. Keep it if the control meets it on its own terms`,
    place,
    actual: criterion,
  });
}

/** The base control and the enhancements of each NIST ID in `basis`, from the catalog. */
function nistFamilyOf(context: RuleContext, basis: ReadonlyArray<{ framework: string; id: string }>): Array<{ framework: string; id: string }> {
  const catalog = context.catalogs.get(NIST);
  if (!catalog) return [];
  const ids = new Set(basis.filter((m) => m.framework === NIST).map((m) => m.id));
  const related = new Set<string>();
  for (const entry of catalog.entries.values()) {
    if (entry.withdrawn) continue;
    if (ids.has(entry.id) && entry.parent) related.add(entry.parent);
    if (entry.parent && ids.has(entry.parent)) related.add(entry.id);
  }
  return [...related].filter((id) => !ids.has(id)).map((id) => ({ framework: NIST, id }));
}
