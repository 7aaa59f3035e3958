import { NIST, SOC2, type Block, type Control, type Guide, type Section } from 'hardmap';

/** What the guide page shows for a section, decided from the model, never by parsing Markdown. */
export type SectionKind = 'toc' | 'quick-reference' | 'references' | 'changelog' | 'prose' | 'controls';

export function sectionKind(guide: Guide, section: Section): SectionKind {
  if (/^table of contents$/i.test(section.title)) return 'toc';
  if (guide.quickReference && section.anchor === guide.quickReference.anchor) return 'quick-reference';
  if (/^changelog$/i.test(section.title) && guide.changelog) return 'changelog';
  if (/references/i.test(section.title) && guide.references.length > 0) return 'references';
  return section.number === null ? 'prose' : 'controls';
}

type Span = Pick<Block, 'markdown' | 'anchor' | 'position'>;

/**
 * A section without controls (Overview and the like) rendered whole: the model keeps the content
 * of every unnumbered section (`section.body`). `_text` is unused: the model holds what the page needs.
 */
export function sectionBody(_guide: Guide, _text: string, section: Section): Span {
  return section.body ?? { markdown: '', anchor: section.anchor, position: { start: section.position.end, end: section.position.end } };
}

/** The controls that sit inside a section, in document order. */
export function sectionControls(guide: Guide, section: Section): Control[] {
  return guide.controls.filter((control) => control.position.start.offset >= section.position.start.offset && control.position.start.offset < section.position.end.offset);
}

export type SectionItem =
  | { kind: 'control'; offset: number; control: Control }
  | { kind: 'note'; offset: number; title: string; block: Span };

/**
 * Controls, numbered notes and other `###` entries of a section, in document order, as the
 * model's outline lists them (its kinds say which is which; `section.others` keeps the loose ones).
 */
export function sectionItems(guide: Guide, _text: string, section: Section): SectionItem[] {
  const start = section.position.start.offset;
  const end = section.position.end.offset;
  const controls = new Map(sectionControls(guide, section).map((control) => [control.anchor, control]));
  const blocks = new Map([...section.notes, ...section.others].map((block) => [block.anchor, block]));
  return guide.outline.flatMap((entry): SectionItem[] => {
    const offset = entry.position.start.offset;
    if (entry.depth !== 3 || offset <= start || offset >= end) return [];
    const control = entry.kind === 'control' ? controls.get(entry.anchor) : undefined;
    if (control) return [{ kind: 'control', offset: control.position.start.offset, control }];
    const block = blocks.get(entry.anchor);
    return block ? [{ kind: 'note', offset: block.position.start.offset, title: block.title, block }] : [];
  });
}

/**
 * Headings inside a control that no rendered part carries (a `#### Compliance Mappings` table is
 * read into the model's mappings, not kept as a block). The card still emits their ids so deep
 * links to them land on the control.
 */
export function orphanHeadings(guide: Guide, control: Control, parts: ReadonlyArray<Pick<Block, 'anchor' | 'position'>>): Guide['headings'] {
  const start = control.position.start.offset;
  const end = control.position.end.offset;
  const covered = (offset: number): boolean => parts.some((part) => offset >= part.position.start.offset && offset < part.position.end.offset);
  const anchors = new Set([control.anchor, ...parts.map((part) => part.anchor)]);
  return guide.headings.filter((h) => h.position.start.offset > start && h.position.start.offset < end && !anchors.has(h.anchor) && !covered(h.position.start.offset));
}

/**
 * Tables of the guide's quick reference other than the SOC 2 and NIST ones hardmap regenerates
 * (ISO, PCI, SLSA...), kept as written: the model keeps each `###` of the section with its content.
 */
export function extraQuickReference(guide: Guide, _text: string, section: Section): Array<Span & { title: string }> {
  const generated = new Set([SOC2, NIST]);
  return section.others.filter((block) => {
    const table = guide.quickReference?.tables.find((t) => t.heading === block.title);
    return !(table && generated.has(table.framework));
  });
}
