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
      // Only entries shaped like an ID are claims: a family name or a title in the ID column is not.
      const start = row.frameworkId.position.start;
      for (const token of parseIdCell(framework, row.frameworkId.text)) {
        if (!token.shaped) continue;
        const at = (offset: number): Position['start'] => ({ line: start.line, column: start.column + offset, offset: start.offset + offset });
        cited.push({ framework, id: token.id, written: token.idText, place: { start: at(token.start), end: at(token.start + token.idText.length) }, where: 'the quick reference' });
      }
    }
  }
  return cited;
}
