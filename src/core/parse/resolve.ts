import type { Control } from '../model/control.ts';
import type { Heading, QuickReference, SectionRef } from '../model/document.ts';

/** The number a heading starts with (`8.5 Environment-Specific Requirements`, `Appendix A`). */
const HEADING_NUMBER = /^(?:control\s+)?((?:\d+|[A-Z])(?:\.\d+)+)[.):]?\s/i;

/**
 * Resolve each Guide Section reference: a link by its anchor, a bare number by its number; to a
 * control first, else to any other heading of the guide (a reference entry that is not a
 * control). A link whose anchor matches no heading resolves to nothing even if its number does,
 * because that is exactly the drift (renamed control, stale anchor) checks must report. Links to
 * other guides are left to the collection rule that can see those guides.
 */
export function resolveQuickReference(quickReference: QuickReference, controls: readonly Control[], headings: readonly Heading[]): QuickReference {
  const controlByAnchor = new Map(controls.map((control) => [control.anchor, control.number]));
  const controlByNumber = new Map(controls.map((control) => [control.number, control.number]));
  const headingAnchors = new Set(headings.map((heading) => heading.anchor));
  const headingNumbers = new Set(headings.flatMap((heading) => HEADING_NUMBER.exec(`${heading.text} `)?.[1] ?? []));
  const resolve = (ref: SectionRef): SectionRef => {
    if (ref.target === 'other-guide') return ref;
    const control = ref.anchor !== null ? controlByAnchor.get(ref.anchor) : ref.number !== null ? controlByNumber.get(ref.number) : undefined;
    if (control !== undefined) return { ...ref, target: 'control', resolvedControl: control };
    const heading = ref.anchor !== null ? headingAnchors.has(ref.anchor) : ref.number !== null && headingNumbers.has(ref.number);
    return { ...ref, target: heading ? 'section' : 'unresolved', resolvedControl: null };
  };
  return {
    ...quickReference,
    tables: quickReference.tables.map((table) => ({ ...table, rows: table.rows.map((row) => ({ ...row, sections: row.sections.map(resolve) })) })),
  };
}
