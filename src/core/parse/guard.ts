import type { ParseProblem } from './problems.ts';
import type { SourceText } from './source.ts';

/**
 * Limits that keep the Markdown parser inside a time and memory budget. micromark is linear on
 * ordinary guides but not on hostile ones (thousands of table columns, deep nesting, huge
 * numbers of headings or definitions), so those inputs are stopped here, before parsing.
 * The numbers are far above anything seen in real guides (max 58 controls, 8 table columns).
 */
export const PARSE_LIMITS = {
  bytes: 16 * 1024 * 1024,
  tableColumns: 128,
  nestingDepth: 32,
  headings: 50_000,
  definitions: 10_000,
} as const;

export function checkParseLimits(source: SourceText): ParseProblem[] {
  const { text } = source;
  const at = (offset: number, message: string, actual: string, expected: string): ParseProblem[] => [
    { ruleId: 'input-limit', message, position: source.position(offset, offset), actual, expected: [expected] },
  ];
  if (text.length > PARSE_LIMITS.bytes) {
    return at(0, `Unexpected file of ${text.length} characters, expected at most ${PARSE_LIMITS.bytes}; it was not parsed`, String(text.length), String(PARSE_LIMITS.bytes));
  }
  let headings = 0;
  let definitions = 0;
  const lines = source.lineStarts;
  for (let index = 0; index < lines.length; index++) {
    const start = lines[index] ?? 0;
    const end = lines[index + 1] ?? text.length;
    const first = text.charCodeAt(start);
    if (first === 35 /* # */) headings++;
    if (first === 91 /* [ */ && /^\[[^\]]+\]:/.test(text.slice(start, Math.min(end, start + 1000)))) definitions++;
    const depth = nestingDepth(text, start, end);
    if (depth > PARSE_LIMITS.nestingDepth) {
      return at(start, `Unexpected nesting ${depth} levels deep (lists or block quotes), expected at most ${PARSE_LIMITS.nestingDepth}; the file was not parsed`, String(depth), String(PARSE_LIMITS.nestingDepth));
    }
    if (first === 124 /* | */ || text.charCodeAt(start + 1) === 124) {
      const columns = countPipes(text, start, end) - 1;
      if (columns > PARSE_LIMITS.tableColumns) {
        return at(start, `Unexpected table row with ${columns} columns, expected at most ${PARSE_LIMITS.tableColumns}; the file was not parsed`, String(columns), String(PARSE_LIMITS.tableColumns));
      }
    }
  }
  if (headings > PARSE_LIMITS.headings) {
    return at(0, `Unexpected ${headings} headings, expected at most ${PARSE_LIMITS.headings}; the file was not parsed`, String(headings), String(PARSE_LIMITS.headings));
  }
  if (definitions > PARSE_LIMITS.definitions) {
    return at(0, `Unexpected ${definitions} link reference definitions, expected at most ${PARSE_LIMITS.definitions}; the file was not parsed`, String(definitions), String(PARSE_LIMITS.definitions));
  }
  return [];
}

/** Block quote markers plus list indentation (two columns per level) at the start of a line. */
function nestingDepth(text: string, start: number, end: number): number {
  let quotes = 0;
  let indent = 0;
  let listMarkers = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 62 /* > */) quotes++;
    else if (code === 32) indent++;
    else if (code === 9) indent += 4;
    else if ((code === 45 || code === 42 || code === 43) && text.charCodeAt(index + 1) === 32) listMarkers++;
    else if (code >= 48 && code <= 57) {
      let digit = index;
      while (digit < end && text.charCodeAt(digit) >= 48 && text.charCodeAt(digit) <= 57) digit++;
      if (text.charCodeAt(digit) === 46 || text.charCodeAt(digit) === 41) {
        listMarkers++;
        index = digit;
      } else break;
    } else break;
  }
  return quotes + listMarkers + Math.floor(indent / 4);
}

function countPipes(text: string, start: number, end: number): number {
  let count = 0;
  for (let index = text.indexOf('|', start); index !== -1 && index < end; index = text.indexOf('|', index + 1)) count++;
  return count;
}
