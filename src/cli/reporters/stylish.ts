import type { Diagnostic, Severity } from '../../core/model/diagnostic.ts';
import type { Position } from '../../core/model/position.ts';
import { visible } from '../terminal.ts';

/** unified's notation for a span, `3:1-3:24` (unist-util-stringify-position). */
export function formatPlace(place: Position): string {
  return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`;
}

/** The canonical one-line form, as vfile prints messages: `path:3:1-3:24: message [rule-id]`. */
export function formatMessageLine(d: Diagnostic): string {
  return `${d.file}:${formatPlace(d.place)}: ${d.message} [${d.ruleId}]`;
}

// Only the few SGR codes we need, each closed by its own reset so nesting never bleeds.
const SGR = {
  error: ['\x1b[31m', '\x1b[39m'],
  warning: ['\x1b[33m', '\x1b[39m'],
  info: ['\x1b[34m', '\x1b[39m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  underline: ['\x1b[4m', '\x1b[24m'],
} as const;
export type Style = keyof typeof SGR;

const MAX_WIDTH = 160;
const MAX_LINES = 3;
/** Where the reported column sits inside a cut line: enough left context to read the cell it is in. */
const LEAD = 40;

const lastShown = (place: Position): number => Math.min(Math.max(place.end.line, place.start.line), place.start.line + MAX_LINES - 1);

export interface FrameOptions {
  style?: (style: Style, text: string) => string;
  severity?: Severity;
  /** Minimum width of the line-number column, so frames under one file line up. */
  gutter?: number;
}

/** A file's lines, as positions count them (LF, CRLF or lone CR end a line). */
export function splitLines(source: string): string[] {
  return source.split(/\r\n|\r|\n/);
}

/**
 * The span's lines (at most three), numbered, with a `^` marker under start..end on the first.
 * Every line shares one window so a long line is cut around the column and the marker stays put.
 * Takes the file already split: a file with thousands of findings is split once, not per finding.
 */
export function codeFrame(lines: readonly string[], place: Position, options: FrameOptions = {}): string {
  const { style = (_: Style, text: string) => text, severity = 'error' } = options;
  const first = place.start.line;
  const last = Math.min(lastShown(place), lines.length);
  const startLine = lines[first - 1];
  if (startLine === undefined) return '';
  const start = place.start.column - 1;
  const from = startLine.length > MAX_WIDTH ? Math.max(0, Math.min(start - LEAD, startLine.length - MAX_WIDTH)) : 0;
  const cut = (line: string): string =>
    (from > 0 ? '…' : '') + visible(line.slice(from, from + MAX_WIDTH)) + (line.length > from + MAX_WIDTH ? '…' : '');
  const gutter = Math.max(String(last).length, options.gutter ?? 0);
  const row = (label: string, text: string): string => `    ${label.padStart(gutter)} |${text ? ` ${text}` : ''}`;
  const out: string[] = [];
  for (let number = first; number <= last; number += 1) {
    out.push(row(String(number), cut(lines[number - 1] ?? '')));
    if (number !== first) continue;
    const end = place.end.line === first ? place.end.column - 1 : startLine.length;
    const width = Math.max(1, Math.min(end, from + MAX_WIDTH) - start);
    // Keep the line's own tabs in the padding so the caret lands under the right character.
    const shown = cut(startLine);
    const pad = shown.slice(0, start - from + (from > 0 ? 1 : 0)).replace(/[^\t]/g, ' ');
    out.push(row('', pad + style(severity, '^'.repeat(width))));
  }
  const hidden = Math.min(place.end.line, lines.length) - last;
  if (hidden > 0) out.push(row('', `… ${hidden} more line${hidden === 1 ? '' : 's'}`));
  return out.join('\n');
}

/** Human output in unified's style: messages grouped under their file, each with a code frame. */
export function formatStylish(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>, options: { color: boolean; split?: (source: string) => string[] }): string {
  const split = options.split ?? splitLines;
  const style = (s: Style, text: string): string => (options.color ? `${SGR[s][0]}${text}${SGR[s][1]}` : text);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(style('underline', visible(file)));
    const placeWidth = Math.max(...list.map((d) => formatPlace(d.place).length));
    const gutter = Math.max(...list.map((d) => String(lastShown(d.place)).length));
    const source = sources.get(file);
    const lines = source === undefined ? undefined : split(source);
    for (const d of list) {
      // Pad before painting: escape codes would otherwise count towards the column width.
      const severity = style(d.severity, d.severity.padEnd(7));
      out.push(`  ${formatPlace(d.place).padEnd(placeWidth)}  ${severity}  ${visible(d.message)}  ${style('dim', d.ruleId)}`);
      const frame = lines === undefined ? '' : codeFrame(lines, d.place, { style, severity: d.severity, gutter });
      if (frame) out.push(frame);
      if (d.cause) out.push(`    ↳ ${d.cause.place.start.line}:${d.cause.place.start.column} ${visible(d.cause.message)}`);
    }
    out.push('');
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
