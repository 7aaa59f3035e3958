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
  // micromark's inline resolvers are quadratic in the markers of one paragraph (`[a]` x 20,000:
  // 7 s) and its containers in the lines of one list or block quote (20,000 lazy lines after
  // `- x`: 16 s). The 31 real guides peak at 132 markers and a weight of 34.
  paragraphMarkers: 3_000,
  containerWeight: 2_000,
} as const;

/** A file not read because its size, known from `stat`, is over the limit: one problem at 1:1. */
export function tooLargeProblem(size: number, limit: number, source: SourceText): ParseProblem {
  return { ruleId: 'input-limit', message: `Unexpected file of ${size} bytes, expected at most ${limit} bytes; it was not read`, position: source.position(0, 0), actual: String(size), expected: [String(limit)] };
}

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
  const runs = { markers: 0, weight: 0, container: false, blank: true, fence: '' };
  const lines = source.lineStarts;
  for (let index = 0; index < lines.length; index++) {
    const start = lines[index] ?? 0;
    const end = lines[index + 1] ?? text.length;
    const first = text.charCodeAt(start);
    if (first === 35 /* # */) headings++;
    const { depth, content, markers } = containerPrefix(text, start, end);
    // After the container prefix, not only at column 1: `> [a]: x` and ` [a]: x` are definitions too.
    if (text.charCodeAt(content) === 91 /* [ */ && /^\[[^\]]+\]:/.test(text.slice(content, Math.min(end, content + 1000)))) definitions++;
    if (depth > PARSE_LIMITS.nestingDepth) {
      return at(start, `Unexpected nesting ${depth} levels deep (lists or block quotes), expected at most ${PARSE_LIMITS.nestingDepth}; the file was not parsed`, String(depth), String(PARSE_LIMITS.nestingDepth));
    }
    const run = measureRuns(runs, text, start, end, content, depth, markers);
    if (run) return at(start, run.message, String(run.actual), String(run.limit));
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

/**
 * Block quote markers plus list markers and indentation (four columns per level) at the start of
 * a line, and where the line's content starts. A tab after a list marker counts too: `-\t-\t...`
 * nests as deeply as `- - ...`.
 */
function containerPrefix(text: string, start: number, end: number): { depth: number; content: number; markers: number } {
  let quotes = 0;
  let indent = 0;
  let listMarkers = 0;
  let index = start;
  for (; index < end; index++) {
    const code = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    if (code === 62 /* > */) quotes++;
    else if (code === 32) indent++;
    else if (code === 9) indent += 4;
    else if ((code === 45 || code === 42 || code === 43) && (next === 32 || next === 9)) listMarkers++;
    else if (code >= 48 && code <= 57) {
      let digit = index;
      while (digit < end && text.charCodeAt(digit) >= 48 && text.charCodeAt(digit) <= 57) digit++;
      if (text.charCodeAt(digit) === 46 || text.charCodeAt(digit) === 41) {
        listMarkers++;
        index = digit;
      } else break;
    } else break;
  }
  return { depth: quotes + listMarkers + Math.floor(indent / 4), content: index, markers: quotes + listMarkers };
}

interface RunState { markers: number; weight: number; container: boolean; blank: boolean; fence: string }

/**
 * Per line: inline markers of the current paragraph (fenced code excluded) and the weight (lines
 * times depth) of the current list or block quote, lazy continuation lines included.
 */
function measureRuns(state: RunState, text: string, start: number, end: number, content: number, depth: number, markers: number): { message: string; actual: number; limit: number } | null {
  const line = text.slice(content, Math.min(end, content + 200));
  const fence = /^(`{3,}|~{3,})/.exec(line)?.[1];
  const inCode = state.fence !== '';
  if (inCode) {
    if (fence && fence[0] === state.fence[0] && fence.length >= state.fence.length && line.slice(fence.length).trim() === '') state.fence = '';
  } else if (fence) state.fence = fence;
  let first = content;
  while (first < end && /[ \t\r\n]/.test(text.charAt(first))) first++;
  const blank = first >= end;
  if (blank) state.markers = 0;
  else if (!inCode && !fence) {
    for (let index = content; index < end; index++) if (INLINE_MARKERS.has(text.charCodeAt(index))) state.markers++;
  }
  if (state.markers > PARSE_LIMITS.paragraphMarkers) {
    return { message: `Unexpected paragraph with ${state.markers} inline markers (brackets, emphasis, code, HTML, entity and escape characters), expected at most ${PARSE_LIMITS.paragraphMarkers}; the file was not parsed`, actual: state.markers, limit: PARSE_LIMITS.paragraphMarkers };
  }
  // Code fenced outside any list or quote is not part of one, whatever its lines look like.
  if (!blank && !(inCode && !state.container)) {
    if (markers > 0) state.container = true;
    else if (content === start && (state.blank || text.charCodeAt(start) === 35 /* # */ || fence !== undefined)) state.container = false;
    state.weight = state.container ? state.weight + Math.max(1, depth) : 0;
  }
  state.blank = blank;
  if (state.weight > PARSE_LIMITS.containerWeight) {
    return { message: `Unexpected list or block quote of weight ${state.weight} (lines times nesting depth), expected at most ${PARSE_LIMITS.containerWeight}; split it with a heading or a paragraph; the file was not parsed`, actual: state.weight, limit: PARSE_LIMITS.containerWeight };
  }
  return null;
}

/** Characters that open or close inline constructs: each one costs micromark's resolvers a pass. */
const INLINE_MARKERS = new Set([...'[]*_`<&!\\'].map((char) => char.charCodeAt(0)));

function countPipes(text: string, start: number, end: number): number {
  let count = 0;
  for (let index = text.indexOf('|', start); index !== -1 && index < end; index = text.indexOf('|', index + 1)) count++;
  return count;
}
