import type { Catalog } from '../frameworks/catalog.ts';
import type { FrameworkFile } from '../frameworks/framework-schema.ts';
import { normalizeLabel } from '../frameworks/registry.ts';
import type { Rule } from './types.ts';

/** Pure: the baseline a label names (`FedRAMP Moderate` -> `moderate`), from framework.json `labels.patterns[].baseline`. */
function labelBaseline(file: FrameworkFile, label: string): string | null {
  const normalized = normalizeLabel(label);
  return file.labels.patterns.find((p) => p.baseline !== undefined && new RegExp(p.pattern, 'u').test(normalized))?.baseline ?? null;
}

/** The label without its emphasis and trailing colon (`**FedRAMP Moderate:**` -> `FedRAMP Moderate`). */
const asWritten = (label: string): string => label.replace(/[*_`]/g, '').replace(/[:\s]+$/, '').trim();

const baselineName = (file: FrameworkFile, id: string): string => file.baselines.find((b) => b.id === id)?.name ?? id;

/** The baselines of the catalog that do select an entry, by name, for the message. */
function selectingBaselines(file: FrameworkFile, catalog: Catalog, id: string): string[] {
  const tags = catalog.entries.get(id)?.tags ?? [];
  return file.baselines.filter((b) => tags.includes(b.id)).map((b) => b.name);
}

/**
 * `<prefix>-id-outside-baseline`, for frameworks whose labels can name one baseline (`FedRAMP
 * Moderate`): an ID under such a label that the baseline does not select. That it is outside the
 * baseline is a fact of the catalog; whether the guide meant another baseline is not known, so it
 * is a warning that names the baselines that do select it.
 */
export function catalogBaselineRule(id: string, file: FrameworkFile): Rule {
  return {
    meta: {
      id,
      description: `IDs under a label naming one ${file.name} baseline are in that baseline.`,
      severity: 'warning',
      docs: `A label such as ${file.labels.spellings.slice(1, 3).map((s) => `\`${s}\``).join(' or ')} names one baseline of ${file.name}; each ID under it is looked up in that baseline's selection (catalog.json \`selections\`). An ID of another baseline only is reported with the baselines that select it; the label without a baseline (\`${file.labels.spellings[0] ?? file.short}\`) accepts every baseline.`,
      reads: [`${file.name} entries of control mapping tables and inline lines whose label names a baseline`],
      ignores: ['Labels that name no baseline', `IDs in no baseline at all (the \`-id-unknown\` rule of ${file.name})`, 'Quick-reference tables (their heading names the framework, not a baseline)'],
    },
    check(context) {
      const catalog = context.catalogs.get(file.id);
      if (!catalog) return;
      for (const control of context.guide.controls) {
        for (const mapping of control.mappings) {
          if (mapping.framework !== file.id) continue;
          const baseline = labelBaseline(file, mapping.frameworkLabel);
          const entry = catalog.entries.get(mapping.id);
          if (!baseline || !entry || entry.tags.includes(baseline)) continue;
          const others = selectingBaselines(file, catalog, mapping.id);
          const end = { ...mapping.position.start, column: mapping.position.start.column + mapping.idText.length, offset: mapping.position.start.offset + mapping.idText.length };
          context.report({
            message: `Unexpected \`${mapping.idText}\` under \`${asWritten(mapping.frameworkLabel)}\` in control ${control.number}: not in the ${baselineName(file, baseline)} baseline (selected by ${others.join(', ')}), expected an ID of that baseline or the label of one that selects it`,
            place: { start: mapping.position.start, end },
            actual: mapping.idText,
            expected: others,
          });
        }
      }
    },
  };
}
