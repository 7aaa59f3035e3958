import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Guide } from '../core/model/guide.ts';
import type { Position } from '../core/model/position.ts';
import { toRange } from './positions.ts';

/** A symbol whose name line is `heading` and whose body is `body` (LSP wants the one inside the other). */
function symbol(name: string, kind: SymbolKind, body: Position, heading: Position, bom: number, children: DocumentSymbol[] = [], detail?: string): DocumentSymbol {
  const inside = heading.start.offset >= body.start.offset && heading.end.offset <= body.end.offset;
  const range = toRange(body, bom);
  return { name, kind, range, selectionRange: inside ? toRange(heading, bom) : range, children, ...(detail ? { detail } : {}) };
}

/** The outline: each `##` section with its controls, each control with its number, title and level. */
export function documentSymbols(guide: Guide, bom: number): DocumentSymbol[] {
  return guide.sections.map((section) => {
    const heading = guide.headings.find((h) => h.anchor === section.anchor)?.position ?? section.position;
    // By place, not by number: two controls with one number (an error) are both in the outline.
    const children = guide.controls
      .filter((control) => control.headingPosition.start.offset >= section.position.start.offset && control.headingPosition.start.offset < section.position.end.offset)
      .map((control) => symbol(`${control.number} ${control.title}`, SymbolKind.Class, control.position, control.headingPosition, bom, [], control.level?.level ?? undefined));
    return symbol(section.heading, SymbolKind.Namespace, section.position, heading, bom, children);
  });
}
