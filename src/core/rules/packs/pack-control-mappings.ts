import { isIso2013Notation, parseIdCell } from '../../frameworks/ids.ts';
import { frameworkName, ISO, NIST, PCI, SOC2, CIS } from '../../frameworks/registry.ts';
import { compareIds } from '../../frameworks/sort.ts';
import { controlTarget } from './control-target.ts';
import type { PackRule } from './types.ts';

/** `compliance:` keys of the control YAML schema that name a catalogued framework. */
const KEYS: Record<string, string> = { soc2: SOC2, nist_800_53: NIST, iso_27001: ISO, pci_dss: PCI, cis_controls: CIS, cis: CIS };

export const rule: PackRule = {
  meta: {
    id: 'pack-control-mappings',
    description: 'A control YAML\'s compliance mappings are the ones its guide control lists.',
    severity: 'warning',
    docs: 'The control YAML carries its own `compliance:` block (`soc2`, `nist_800_53`, `iso_27001`, `pci_dss`): a third place a mapping is written, after the control\'s table and the quick reference. Each list is normalized as the guide\'s IDs are (`ac-2.1` is `AC-2(1)`) and compared with the guide control\'s IDs of that framework; one warning per framework that differs names what only the YAML lists and what only the guide lists. ISO values in 2013 numbering (`A.9.4.2`) are named as such, since Annex A was renumbered in 2022.',
    reads: ['`compliance:` lists of `controls/*.yaml`', 'The mappings of the guide control (found by `guide_url`, else `section`)'],
    ignores: ['Keys of frameworks hardmap has no catalog for (`disa_stig`)', 'Frameworks the YAML does not list', 'Control YAML whose guide control cannot be found'],
  },
  check(context) {
    for (const pack of context.tree.packs) {
      for (const yaml of pack.controls) {
        const target = controlTarget(context, pack, yaml);
        const control = target?.control;
        if (!target || !control) continue;
        for (const [key, list] of Object.entries(yaml.compliance)) {
          const framework = KEYS[key];
          if (!framework) continue;
          const own = new Set(list.values.flatMap((value) => parseIdCell(framework, value).filter((token) => token.shaped).map((token) => token.id)));
          const guideIds = new Set((control.mappings ?? []).filter((mapping) => mapping.framework === framework).map((mapping) => mapping.id));
          const onlyYaml = [...own].filter((id) => !guideIds.has(id)).sort(compareIds);
          const onlyGuide = [...guideIds].filter((id) => !own.has(id)).sort(compareIds);
          if (onlyYaml.length === 0 && onlyGuide.length === 0) continue;
          const notation = framework === ISO && onlyYaml.some(isIso2013Notation) ? ' (the YAML uses ISO 27001:2013 numbering)' : '';
          const shown = (ids: string[]): string => ids.map((id) => `\`${id}\``).join(', ');
          const found = [
            ...(onlyYaml.length > 0 ? [`the YAML lists ${shown(onlyYaml)}${notation} that the guide does not`] : []),
            ...(onlyGuide.length > 0 ? [`the guide lists ${shown(onlyGuide)} that the YAML does not`] : []),
          ].join('; ');
          const name = frameworkName(framework);
          const wanted = guideIds.size > 0 ? `the guide's ${shown([...guideIds].sort(compareIds))}` : `no ${name} IDs, as the guide control lists none`;
          context.report(context.fileTarget(yaml), {
            message: `Unexpected ${name} mappings in \`${key}\` for control ${control.number} of \`${target.guide.slug}\`: ${found}, expected ${wanted}`,
            place: list.position,
            actual: [...own].sort(compareIds).join(', '),
            expected: [...guideIds].sort(compareIds),
          });
        }
      }
    }
  },
};
