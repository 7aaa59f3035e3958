import type { Position as LspPosition, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from '../core/model/position.ts';

/**
 * hardmap's positions are 1-based lines and columns, and 0-based offsets, in UTF-16 code units of
 * the text without its BOM; LSP's are 0-based lines and UTF-16 characters of the editor's text,
 * which may still start with the BOM. These two functions are the only conversions.
 */
export function bomLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** A model or diagnostic position as an LSP range: lines and columns moved to 0-based, line 1 shifted past a BOM. */
export function toRange(position: Position, bom: number): Range {
  const point = (p: Position['start']): LspPosition => ({ line: p.line - 1, character: p.column - 1 + (p.line === 1 ? bom : 0) });
  return { start: point(position.start), end: point(position.end) };
}

/** Offsets into hardmap's text (fix edits) as an LSP range of the document. */
export function offsetsToRange(document: TextDocument, start: number, end: number): Range {
  const bom = bomLength(document.getText());
  return { start: document.positionAt(start + bom), end: document.positionAt(end + bom) };
}

/** An LSP position as an offset into hardmap's text. */
export function toOffset(document: TextDocument, position: LspPosition): number {
  return Math.max(0, document.offsetAt(position) - bomLength(document.getText()));
}
