import { analyzeGuide, fixGuide, parseGuide, type Diagnostic, type ReferenceData } from '../../src/index.ts';

type Place = Diagnostic['place'];

/** Parse problems after which `fix` refuses a file; the fixed text must never earn one. */
const BLOCKING = /^(input-|frontmatter-yaml$)/;

export interface InvariantReport {
  /** The rule ids that answered, once each. */
  rules: string[];
  diagnostics: number;
  fixed: boolean;
  edits: number;
}

/**
 * The properties every input must have, whatever it is: parsing and checking finish without
 * throwing, every message points inside the file (line, column and offset agreeing), no rule
 * crashes, and when `fix` rewrites the file its output parses cleanly and is a fixed point.
 * Throws an Error that says which property broke.
 */
export function checkInvariants(input: string | Uint8Array, reference: ReferenceData): InvariantReport {
  const result = analyzeGuide(input, 'fuzz.md', reference);
  const { text } = result.parsed;
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.message.startsWith('Internal error in rule')) throw new Error(`rule crashed: ${diagnostic.message}`);
    expectInside(diagnostic.place, text, lineStarts, diagnostic);
    if (diagnostic.cause) expectInside(diagnostic.cause.place, text, lineStarts, diagnostic);
  }
  const fixed = fixGuide(result.parsed, reference);
  const rules = [...new Set(result.diagnostics.map((diagnostic) => diagnostic.ruleId))];
  if (fixed.text === null) return { rules, diagnostics: result.diagnostics.length, fixed: false, edits: 0 };
  // Re-read what the CLI would write: the BOM goes back in front.
  const written = new TextEncoder().encode(`${result.parsed.bom ? '\uFEFF' : ''}${fixed.text}`);
  const reparsed = parseGuide(written, 'fuzz.md');
  const blocking = reparsed.problems.filter((problem) => BLOCKING.test(problem.ruleId));
  if (blocking.length > 0) throw new Error(`fix output does not parse: ${blocking.map((problem) => `${problem.ruleId} ${problem.message}`).join('; ')}`);
  // A string input may hold lone surrogates, which no file can: compare with what was written.
  // `original` is the file's text when it has lone CRs (`text` has them as LF).
  if ((reparsed.original ?? reparsed.text) !== new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(fixed.text))) throw new Error('fix output does not read back as written');
  const second = fixGuide(reparsed, reference);
  if (second.applied.length > 0) {
    throw new Error(`second fix changed the text: ${second.applied.map((edit) => `${edit.source} [${edit.start},${edit.end}) -> ${JSON.stringify(edit.text.slice(0, 80))}`).join('; ')}`);
  }
  return { rules, diagnostics: result.diagnostics.length, fixed: true, edits: fixed.applied.length };
}

function expectInside(place: Place, text: string, lineStarts: readonly number[], diagnostic: Diagnostic): void {
  for (const point of [place.start, place.end]) {
    const lineStart = lineStarts[point.line - 1];
    const ok = lineStart !== undefined && point.offset >= 0 && point.offset <= text.length && point.column >= 1 && lineStart + point.column - 1 === point.offset && point.offset <= (lineStarts[point.line] ?? text.length + 1);
    if (!ok) throw new Error(`${diagnostic.ruleId} at ${point.line}:${point.column} (offset ${point.offset}) is not a point of the file (${lineStarts.length} lines, ${text.length} characters): ${diagnostic.message}`);
  }
  if (place.start.offset > place.end.offset) throw new Error(`${diagnostic.ruleId} ends before it starts: ${JSON.stringify(place)}`);
}
