import type { Point, Position } from '../model/position.ts';

/**
 * Offset <-> line/column arithmetic over one file's text. Positions in the model are computed
 * from offsets so that a span found inside a table cell or a line of text is exact to the column.
 */
export class SourceText {
  readonly text: string;
  readonly lineStarts: number[];

  constructor(text: string) {
    this.text = text;
    this.lineStarts = [0];
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
      this.lineStarts.push(index + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - (this.lineStarts[low] ?? 0) + 1, offset: clamped };
  }

  position(startOffset: number, endOffset: number): Position {
    return { start: this.point(startOffset), end: this.point(endOffset) };
  }

  slice(position: Position): string {
    return this.text.slice(position.start.offset, position.end.offset);
  }

  /** The text of 1-based line `line`, without its line ending. */
  line(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }
}

/** unist positions from mdast may lack offsets in theory; the parser always sets them. */
export function positionOf(node: { position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined }, source: SourceText): Position {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  return source.position(start, end);
}

/** Span covering two positions. */
export function spanOf(first: Position, last: Position): Position {
  return { start: first.start, end: last.end };
}
