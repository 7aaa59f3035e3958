import { parseIdCell } from '../frameworks/ids.ts';
import { nearCataloguedLabel, resolveFrameworkLabel, type FrameworkInfo } from '../frameworks/registry.ts';
import type { Control } from '../model/control.ts';
import type { Guide } from '../model/guide.ts';
import type { FrameworkMapping } from '../model/mapping.ts';

export interface UnknownLabel {
  control: Control;
  /** The label as written, without emphasis. */
  label: string;
  mappings: FrameworkMapping[];
  /**
   * The catalogued label this one is a slip for: only when the spelling is within two edits of
   * it and every ID under the label has that framework's ID form (`NIST 800-35 | AC-2, AC-6`).
   */
  meant: { framework: FrameworkInfo; spelling: string } | null;
}

/** Each label hardmap does not know, once per place it is written, with what it is probably meant to be. */
export function unknownLabels(guide: Guide): UnknownLabel[] {
  const found: UnknownLabel[] = [];
  for (const control of guide.controls) {
    const byPlace = new Map<number, FrameworkMapping[]>();
    for (const mapping of control.mappings) {
      if (!mapping.framework.startsWith('uncatalogued:') || resolveFrameworkLabel(mapping.frameworkLabel).known) continue;
      const offset = mapping.labelPosition.start.offset;
      byPlace.set(offset, [...(byPlace.get(offset) ?? []), mapping]);
    }
    for (const mappings of byPlace.values()) {
      const first = mappings[0];
      if (!first) continue;
      const near = nearCataloguedLabel(first.frameworkLabel);
      const shaped = near !== null && mappings.every((mapping) => parseIdCell(near.framework.key, mapping.idText).every((token) => token.shaped));
      found.push({ control, label: first.frameworkLabel.replace(/[*_`]/g, '').trim(), mappings, meant: shaped ? near : null });
    }
  }
  return found;
}
