import type { Control } from '../model/control.ts';
import type { QuickReference } from '../model/document.ts';

/**
 * Resolve each Guide Section reference to a control: by anchor when it is a link, else by its
 * bare number. A link whose anchor matches no control resolves to nothing even if its number
 * does, because that is exactly the drift (renamed control, stale anchor) checks must report.
 */
export function resolveQuickReference(quickReference: QuickReference, controls: Control[]): QuickReference {
  const byAnchor = new Map(controls.map((control) => [control.anchor, control.number]));
  const byNumber = new Map(controls.map((control) => [control.number, control.number]));
  return {
    ...quickReference,
    tables: quickReference.tables.map((table) => ({
      ...table,
      rows: table.rows.map((row) => ({
        ...row,
        sections: row.sections.map((ref) => ({
          ...ref,
          resolvedControl: ref.anchor !== null ? (byAnchor.get(ref.anchor) ?? null) : ref.number !== null ? (byNumber.get(ref.number) ?? null) : null,
        })),
      })),
    })),
  };
}
