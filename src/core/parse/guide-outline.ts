import type { Heading, OutlineEntry, OutlineKind, Section } from '../model/document.ts';
import type { Guide } from '../model/guide.ts';

/**
 * Pure: the outline of every heading from what the parser read: a heading is a control or a note
 * when the guide has one with its anchor, a quick-reference heading inside that section, a
 * section at depth 2, a subsection below depth 3.
 */
export function guideOutline(headings: readonly Heading[], sections: readonly Section[], controls: Guide['controls'], quickReference: Guide['quickReference']): OutlineEntry[] {
  const controlNumber = new Map(controls.map((control) => [control.anchor, control.number]));
  const noteNumber = new Map(sections.flatMap((section) => section.notes.map((note) => [note.anchor, note.number] as const)));
  const sectionNumber = new Map(sections.map((section) => [section.anchor, section.number]));
  const region = quickReference?.position;
  const inQuickReference = (heading: Heading): boolean => region !== undefined && heading.position.start.offset >= region.start.offset && heading.position.start.offset < region.end.offset;
  return headings.map((heading) => {
    let kind: OutlineKind = 'other';
    let number: string | null = null;
    if (heading.depth === 2) {
      kind = quickReference?.anchor === heading.anchor ? 'quick-reference' : 'section';
      number = sectionNumber.get(heading.anchor) ?? null;
    } else if (heading.depth === 3) {
      number = controlNumber.get(heading.anchor) ?? noteNumber.get(heading.anchor) ?? null;
      kind = controlNumber.has(heading.anchor) ? 'control' : noteNumber.has(heading.anchor) ? 'note' : inQuickReference(heading) ? 'quick-reference' : 'other';
    } else if (heading.depth > 3) kind = 'subsection';
    return { depth: heading.depth, text: heading.text, anchor: heading.anchor, number, kind, position: heading.position };
  });
}
