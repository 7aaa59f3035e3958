import { frameworkInfo } from '../frameworks/registry.ts';
import { compareIds } from '../frameworks/sort.ts';
import type { MappingRow } from '../export/rows.ts';

export interface GuideMatrix {
  frameworks: Array<{ key: string; name: string }>;
  controls: Array<{ number: string; title: string; anchor: string; level: string; cells: Record<string, Array<{ id: string; derivation: 'asserted' | 'derived' }>> }>;
}

/** The quick-reference matrix of one guide: controls down, frameworks across, IDs in the cells. */
export function guideMatrix(rows: readonly MappingRow[], guide: string): GuideMatrix {
  const own = rows.filter((row) => row.guide === guide);
  const frameworks = [...new Set(own.map((row) => row.framework))].sort().map((key) => ({ key, name: frameworkInfo(key)?.short ?? key.replace(/^uncatalogued:/, '') }));
  const controls = new Map<string, GuideMatrix['controls'][number]>();
  for (const row of own) {
    const control = controls.get(row.controlNumber) ?? { number: row.controlNumber, title: row.controlTitle, anchor: row.controlAnchor, level: row.level, cells: {} };
    controls.set(row.controlNumber, control);
    (control.cells[row.framework] ??= []).push({ id: row.frameworkId, derivation: row.derivation });
  }
  for (const control of controls.values()) for (const list of Object.values(control.cells)) list.sort((a, b) => compareIds(a.id, b.id));
  return { frameworks, controls: [...controls.values()].sort((a, b) => compareIds(a.number, b.number)) };
}
