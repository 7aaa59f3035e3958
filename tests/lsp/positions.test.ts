import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { offsetsToRange, toOffset, toRange } from '../../src/lsp/positions.ts';

describe('positions between hardmap (1-based, no BOM) and LSP (0-based UTF-16, BOM kept)', () => {
  it('moves lines and columns to 0-based, and line 1 past a BOM', () => {
    const place = { start: { line: 1, column: 3, offset: 2 }, end: { line: 2, column: 1, offset: 5 } };
    expect(toRange(place, 0)).toEqual({ start: { line: 0, character: 2 }, end: { line: 1, character: 0 } });
    expect(toRange(place, 1)).toEqual({ start: { line: 0, character: 3 }, end: { line: 1, character: 0 } });
  });

  it('counts an astral character as two UTF-16 units, before and after a BOM', () => {
    const text = '\uFEFFa😀b\r\nc😀d';
    const document = TextDocument.create('file:///x.md', 'markdown', 1, text);
    // hardmap's offsets skip the BOM: `b` is at 3, `d` at 9 (after `\r\n`, `c` and the pair).
    expect(offsetsToRange(document, 3, 4)).toEqual({ start: { line: 0, character: 4 }, end: { line: 0, character: 5 } });
    expect(offsetsToRange(document, 9, 10)).toEqual({ start: { line: 1, character: 3 }, end: { line: 1, character: 4 } });
    expect(toOffset(document, { line: 1, character: 3 })).toBe(9);
    expect(toOffset(document, { line: 0, character: 0 })).toBe(0);
  });
});
