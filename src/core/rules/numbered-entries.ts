import type { Guide } from '../model/guide.ts';
import type { Position } from '../model/position.ts';

export interface NumberedEntry {
  number: string;
  sectionNumber: string | null;
  place: Position;
}

/** Controls and numbered reference entries in document order: both take part in numbering. */
export function numberedEntries(guide: Guide): NumberedEntry[] {
  const entries: NumberedEntry[] = guide.controls.map((control) => ({ number: control.number, sectionNumber: control.sectionNumber, place: control.headingPosition }));
  for (const section of guide.sections) {
    for (const note of section.notes) entries.push({ number: note.number, sectionNumber: section.number, place: { start: note.position.start, end: note.position.start } });
  }
  return entries.sort((a, b) => a.place.start.offset - b.place.start.offset);
}
