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
      if (!row.frameworkId.text.trim()) continue;
      cited.push({ framework, id: row.id, written: row.frameworkId.text, place: row.frameworkId.position, where: 'the quick reference' });
    }
  }
  return cited;
}
