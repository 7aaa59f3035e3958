import type { Control } from '../model/control.ts';
import type { Guide } from '../model/guide.ts';
import type { QuickReferenceRow, QuickReferenceTable } from '../model/document.ts';

/** The controls a quick-reference row names, resolved; `guide` scope rows name every control. */
export function rowControls(row: QuickReferenceRow, guide: Guide): Control[] {
  if (row.scope === 'guide') return guide.controls;
  const byNumber = new Map(guide.controls.map((control) => [control.number, control]));
  const seen = new Set<string>();
  const controls: Control[] = [];
  for (const ref of row.sections) {
    const control = ref.resolvedControl ? byNumber.get(ref.resolvedControl) : undefined;
    if (control && !seen.has(control.number)) {
      seen.add(control.number);
      controls.push(control);
    }
  }
  return controls;
}

/** The IDs a control lists for one framework, once each, in the order written. */
export function ownIds(control: Control, framework: string): string[] {
  return [...new Set(control.mappings.filter((mapping) => mapping.framework === framework).map((mapping) => mapping.id))];
}

/** Quick-reference tables of one framework. */
export function tablesOf(guide: Guide, framework: string): QuickReferenceTable[] {
  return (guide.quickReference?.tables ?? []).filter((table) => table.framework === framework);
}
