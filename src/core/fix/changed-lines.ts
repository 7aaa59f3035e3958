import { diffLines } from 'diff';

/**
 * 1-based line numbers of `original` that differ in `fixed`, found by an independent line diff.
 * Used to prove a fix stayed inside the spans it meant to rewrite.
 */
export function changedLines(original: string, fixed: string): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const part of diffLines(original, fixed)) {
    if (part.added) continue;
    const count = part.count ?? 0;
    if (part.removed) for (let n = 0; n < count; n++) lines.push(line + n);
    line += count;
  }
  return lines;
}

/** Lines a fix may touch: the quick reference, mapping lines and lines with links. */
export function fixableLines(guide: { quickReference: { position: { start: { line: number }; end: { line: number } } } | null; controls: ReadonlyArray<{ mappings: ReadonlyArray<{ position: { start: { line: number } }; labelPosition: { start: { line: number } } }> }>; links: ReadonlyArray<{ position: { start: { line: number } } }> }): (line: number) => boolean {
  const quickReference = guide.quickReference?.position;
  const lines = new Set([...guide.controls.flatMap((c) => c.mappings.flatMap((m) => [m.position.start.line, m.labelPosition.start.line])), ...guide.links.map((l) => l.position.start.line)]);
  return (line) => lines.has(line) || (quickReference !== undefined && line >= quickReference.start.line && line <= quickReference.end.line);
}
