/** A fix is data: replace the characters [start, end) of the decoded text with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
  /** The rule or fixer that proposed it, for `--dry-run` listings. */
  source: string;
}

/**
 * Apply edits in one pass. Edits that overlap an earlier-starting edit are skipped rather than
 * merged, so the result is always well-formed; a second run picks up anything skipped.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  let output = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length) continue;
    if (text.slice(edit.start, edit.end) === edit.text) continue;
    output += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
    applied.push(edit);
  }
  return { text: output + text.slice(cursor), applied };
}

/** The line ending a file mostly uses (LF on a tie), so generated text matches it. */
export function lineEnding(text: string): '\n' | '\r\n' | '\r' {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  const cr = (text.match(/\r/g)?.length ?? 0) - crlf;
  if (crlf > lf && crlf >= cr) return '\r\n';
  return cr > lf ? '\r' : '\n';
}
