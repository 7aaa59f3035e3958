import type { Hover, Position as LspPosition } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Guide } from '../core/model/guide.ts';
import type { ReferenceData } from '../core/reference.ts';
import { offsetsToRange, toOffset } from './positions.ts';
import { describeRequirement } from './requirement.ts';

/** A catalogued framework ID written in the guide, and the characters it spans. */
interface IdAt {
  framework: string;
  id: string;
  start: number;
  end: number;
}

/** Every catalogued ID of the guide: mapping tables and inline lines of the controls, and the quick reference's cells. */
function writtenIds(guide: Guide, reference: ReferenceData): IdAt[] {
  const ids: IdAt[] = [];
  for (const control of guide.controls) {
    for (const mapping of control.mappings) {
      if (!reference.catalogs.has(mapping.framework)) continue;
      const start = mapping.position.start.offset;
      ids.push({ framework: mapping.framework, id: mapping.id, start, end: start + mapping.idText.length });
    }
  }
  for (const table of guide.quickReference?.tables ?? []) {
    if (!reference.catalogs.has(table.framework)) continue;
    for (const row of table.rows) {
      for (const id of row.ids) if (id.shaped) ids.push({ framework: table.framework, id: id.id, start: id.position.start.offset, end: id.position.end.offset });
    }
  }
  return ids;
}

/** The hover for the framework ID under the cursor, or null when there is none. */
export function hoverAt(guide: Guide, document: TextDocument, position: LspPosition, reference: ReferenceData): Hover | null {
  const offset = toOffset(document, position);
  const found = writtenIds(guide, reference).find((id) => id.start <= offset && offset < id.end);
  if (!found) return null;
  return { contents: { kind: 'markdown', value: describeRequirement(reference, found.framework, found.id) }, range: offsetsToRange(document, found.start, found.end) };
}
