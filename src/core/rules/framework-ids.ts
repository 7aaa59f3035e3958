import { parseIdCell } from '../frameworks/ids.ts';
import type { Guide } from '../model/guide.ts';
import type { Position } from '../model/position.ts';

export interface CitedId {
  framework: string;
  id: string;
  /** The ID token as written. */
  written: string;
  place: Position;
  /** `control 1.2` or `quick reference`, for messages. */
  where: string;
}

/** Every ID a guide cites for one framework: in controls and in quick-reference tables. */
export function citedIds(guide: Guide, framework: string): CitedId[] {
  const cited: CitedId[] = [];
  for (const control of guide.controls) {
    for (const mapping of control.mappings) {
      if (mapping.framework !== framework) continue;
      const end = { ...mapping.position.start, column: mapping.position.start.column + mapping.idText.length, offset: mapping.position.start.offset + mapping.idText.length };
      cited.push({ framework, id: mapping.id, written: mapping.idText, place: { start: mapping.position.start, end }, where: `control ${control.number}` });
    }
  }
  for (const table of guide.quickReference?.tables ?? []) {
    if (table.framework !== framework) continue;
    for (const row of table.rows) {
      // Only tokens shaped like an ID of the framework are ID claims; a title or a family name is not.
      for (const id of row.ids) if (id.shaped) cited.push({ framework, id: id.id, written: id.idText, place: id.position, where: 'the quick reference' });
    }
  }
  return cited;
}

