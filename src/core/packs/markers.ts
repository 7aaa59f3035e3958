import { SourceText } from '../parse/source.ts';
import type { MarkerProblem, PackExcerpt } from './model.ts';

/**
 * Excerpt markers: `<indent><comment> HTH Guide Excerpt: begin <name>` ... `end <name>`, with `#`,
 * `--` or `//` as the comment. The upstream sync finds them anywhere on a line and anchors the name
 * at the end of the line, so a name with trailing blanks is never extracted: that is a problem here,
 * not a silent loss.
 */
const MARKER = /HTH Guide Excerpt: (begin|end)(?: (.*))?$/;
const NAME = /^[a-z0-9-]+$/;

interface Open {
  name: string;
  line: number;
  start: number;
}

export function parseExcerpts(text: string): { excerpts: PackExcerpt[]; problems: MarkerProblem[]; marked: boolean } {
  const source = new SourceText(text);
  const excerpts: PackExcerpt[] = [];
  const problems: MarkerProblem[] = [];
  const seen = new Set<string>();
  let open: Open | null = null;
  let marked = false;
  const lineSpan = (line: number): { start: number; end: number } => {
    const start = source.lineStarts[line - 1] ?? 0;
    return { start, end: start + source.line(line).length };
  };
  const problem = (line: number, message: string, actual: string): void => {
    const { start, end } = lineSpan(line);
    problems.push({ message, position: source.position(start, end), actual });
  };
  for (let line = 1; line <= source.lineCount; line++) {
    const match = MARKER.exec(source.line(line));
    if (!match) continue;
    const kind = match[1] ?? '';
    const written = match[2] ?? '';
    const name = written.trimEnd();
    if (name === '') {
      problem(line, `Unexpected excerpt ${kind} marker without a name, expected \`HTH Guide Excerpt: ${kind} <name>\``, '');
      continue;
    }
    if (written !== name) problem(line, `Unexpected blank after the excerpt name \`${name}\`: the extractor anchors the name at the end of the line, so this region is never shown, expected the name to end the line`, written);
    else if (!NAME.test(name)) problem(line, `Unexpected excerpt name \`${name}\`, expected lowercase letters, digits and hyphens`, name);
    if (kind === 'begin') {
      marked = true;
      if (open) problem(line, `Unexpected excerpt begin \`${name}\` inside the open region \`${open.name}\` (begun on line ${open.line}), expected \`end ${open.name}\` first`, name);
      if (seen.has(name)) problem(line, `Unexpected second excerpt region named \`${name}\` in this file, expected unique names`, name);
      seen.add(name);
      open = { name, line, start: lineSpan(line).start };
    } else if (!open || open.name !== name) {
      problem(line, `Unexpected excerpt end \`${name}\` ${open ? `while \`${open.name}\` is open (begun on line ${open.line})` : 'without a begin marker before it'}, expected a matching \`begin ${name}\``, name);
    } else {
      excerpts.push({ name, text: dedent(source, open.line + 1, line - 1), startLine: open.line + 1, endLine: line - 1, position: source.position(open.start, lineSpan(line).end) });
      open = null;
    }
  }
  if (open) problem(open.line, `Unexpected excerpt begin \`${open.name}\` without an end marker, expected \`HTH Guide Excerpt: end ${open.name}\` later in the file`, open.name);
  return { excerpts, problems, marked };
}

/**
 * The region's lines with the least common run of leading spaces removed (empty lines do not
 * count), trailing newlines dropped: what the upstream sync writes into its data file.
 */
function dedent(source: SourceText, first: number, last: number): string {
  const lines: string[] = [];
  for (let line = first; line <= last; line++) lines.push(source.line(line));
  const indents = lines.filter((line) => line !== '').map((line) => /^ */.exec(line)?.[0].length ?? 0);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => (line.length >= cut ? line.slice(cut) : line)).join('\n').replace(/\n+$/, '');
}

/** Liquid's `strip`: the text the include template shows (Ruby's whitespace, not Unicode spaces). */
export function liquidStrip(text: string): string {
  return text.replace(/^[\t\n\v\f\r \0]+|[\t\n\v\f\r \0]+$/g, '');
}
