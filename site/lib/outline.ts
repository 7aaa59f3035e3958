import type { Block, Control, Guide, Section } from 'hardmap';

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

/** The source between two offsets as a block the renderer can take (positions kept for heading ids). */
function slice(text: string, start: number, end: number, anchor: string): Span {
  // Only offsets matter to the renderer (it matches headings by offset), so lines are not computed.
  const at = (offset: number): Block['position']['start'] => ({ line: 1, column: 1, offset });
  return { markdown: text.slice(start, end), anchor, position: { start: at(start), end: at(end) } };
}

function headingEnd(guide: Guide, anchor: string, fallback: number): number {
  return guide.headings.find((heading) => heading.anchor === anchor)?.position.end.offset ?? fallback;
}

/**
 * A section without controls (Overview and the like) rendered whole: the model keeps only the
 * text before its first `###`, so the page takes the source slice after the section heading.
 */
export function sectionBody(guide: Guide, text: string, section: Section): Span {
  return slice(text, headingEnd(guide, section.anchor, section.position.start.offset), section.position.end.offset, section.anchor);
}

/** The controls that sit inside a section, in document order. */
export function sectionControls(guide: Guide, section: Section): Control[] {
  return guide.controls.filter((control) => control.position.start.offset >= section.position.start.offset && control.position.start.offset < section.position.end.offset);
}

export type SectionItem =
  | { kind: 'control'; offset: number; control: Control }
  | { kind: 'note'; offset: number; title: string; block: Span };

/**
 * `###` entries of a numbered section that are neither controls nor numbered notes
 * (e.g. "Implementation Notes"): the model does not keep them, so they are sliced from the source.
 */
function looseEntries(guide: Guide, text: string, section: Section): Array<Span & { title: string }> {
  const start = section.position.start.offset;
  const end = section.position.end.offset;
  const claimed = new Set([...sectionControls(guide, section).map((c) => c.anchor), ...section.notes.map((n) => n.anchor)]);
  const inside = guide.headings.filter((h) => h.position.start.offset > start && h.position.start.offset < end);
  return inside.flatMap((heading, index) => {
    if (heading.depth !== 3 || claimed.has(heading.anchor)) return [];
    const next = inside.slice(index + 1).find((h) => h.depth <= 3);
    return [{ ...slice(text, heading.position.end.offset, next?.position.start.offset ?? end, heading.anchor), title: heading.text }];
  });
}

/** Controls, numbered notes and other `###` entries of a section, in document order. */
export function sectionItems(guide: Guide, text: string, section: Section): SectionItem[] {
  const items: SectionItem[] = [
    ...sectionControls(guide, section).map((control): SectionItem => ({ kind: 'control', offset: control.position.start.offset, control })),
    ...section.notes.map((note): SectionItem => ({ kind: 'note', offset: note.position.start.offset, title: note.title, block: note })),
    ...looseEntries(guide, text, section).map((entry): SectionItem => ({ kind: 'note', offset: entry.position.start.offset, title: entry.title, block: entry })),
  ];
  return items.sort((a, b) => a.offset - b.offset);
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
 * (ISO, PCI, SLSA...), kept as written: heading plus its source slice.
 */
export function extraQuickReference(guide: Guide, text: string, section: Section): Array<Span & { title: string }> {
  const generated = new Set(['soc2-tsc-2017', 'nist-800-53-r5']);
  const start = section.position.start.offset;
  const end = section.position.end.offset;
  const inside = guide.headings.filter((h) => h.position.start.offset > start && h.position.start.offset < end);
  return inside.flatMap((heading, index) => {
    if (heading.depth !== 3) return [];
    const table = guide.quickReference?.tables.find((t) => t.heading === heading.text);
    if (table && generated.has(table.framework)) return [];
    const next = inside.slice(index + 1).find((h) => h.depth <= 3);
    return [{ ...slice(text, heading.position.end.offset, next?.position.start.offset ?? end, heading.anchor), title: heading.text }];
  });
}
