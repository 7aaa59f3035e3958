import { expandRange, inheritPrefix } from './id-ranges.ts';
import type { FrameworkFile } from './framework-schema.ts';
import { applyTemplate } from './id-template.ts';
import { fromRegistry } from './installed.ts';

/** One ID found in a cell: normalized form, the token as written and its offsets in the cell. */
export interface IdToken {
  id: string;
  idText: string;
  /** Whole entry, ID plus any trailing name. */
  text: string;
  start: number;
  end: number;
  /** Has the shape of an ID of the framework; always false for a framework without an ID grammar. */
  shaped: boolean;
}

interface IdGrammar {
  /** Matches an ID at the start of a string (sticky use). */
  pattern: RegExp;
  normalize: (match: RegExpExecArray) => string;
  /** IDs of the expected form, for messages. */
  examples: string;
}

/** The grammar framework.json states as data, made executable; a profile parses the IDs of the framework it selects from. */
function grammarOf(file: FrameworkFile, files: ReadonlyMap<string, FrameworkFile>): IdGrammar | null {
  const grammar = file.idGrammar.kind === 'inherit' ? files.get(file.idGrammar.from)?.idGrammar : file.idGrammar;
  if (!grammar || grammar.kind !== 'pattern') return null;
  return {
    pattern: new RegExp(grammar.pattern, `${grammar.flags.replace(/u/g, '')}uy`),
    normalize: (m) => applyTemplate(grammar.normalize, [...m]),
    examples: grammar.examples.map((example) => `\`${example}\``).join(' or '),
  };
}

/** The ID grammars of a registry, by framework id. */
export type IdGrammars = Readonly<Record<string, IdGrammar>>;

/** Pure: the grammars of a set of framework.json files (a profile inherits from a file of the same set). */
export function buildGrammars(files: readonly FrameworkFile[]): IdGrammars {
  const byId = new Map(files.map((file) => [file.id, file]));
  return Object.fromEntries(files.flatMap((file) => {
    const grammar = grammarOf(file, byId);
    return grammar ? [[file.id, grammar]] : [];
  }));
}

const grammars: () => IdGrammars = fromRegistry(buildGrammars);

/** Cell separators: commas and semicolons outside parentheses, `<br>`, and ` / ` between IDs. */
function segments(cell: string): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  let depth = 0;
  let start = 0;
  const push = (end: number): void => {
    let from = start;
    let to = end;
    // Emphasis and code marks around an ID (`**AC-2**`, `` `AC-2` ``) are presentation, not part of it.
    while (from < to && /[\s*_`]/.test(cell[from] ?? '')) from++;
    while (to > from && /[\s*_`]/.test(cell[to - 1] ?? '')) to--;
    if (to > from) result.push([from, to]);
  };
  for (let index = 0; index < cell.length; index++) {
    const char = cell[index];
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
    else if (depth === 0 && (char === ',' || char === ';')) {
      push(index);
      start = index + 1;
    } else if (depth === 0 && cell.startsWith('<br', index)) {
      push(index);
      const close = cell.indexOf('>', index);
      start = close === -1 ? cell.length : close + 1;
      index = start - 1;
    }
  }
  push(cell.length);
  return result;
}

/**
 * Split a mapping cell (`AC-2(1) Automated System Account Management, AC-6 (Least Privilege)`)
 * into entries. Each entry says whether it has the shape of an ID of the framework (`shaped`):
 * only those are ID claims. Others (`Access Control family`, a link to a policy) are returned
 * whole and unshaped so nothing is lost, and a catalog rule never mistakes them for unknown IDs.
 * A segment that starts with no ID right after an entry with a trailing name continues that name:
 * `SI-7 Software, Firmware, and Information Integrity` is one entry.
 */
export function parseIdCell(framework: string, cell: string): IdToken[] {
  return parseIdCellWith(grammars(), framework, cell);
}

/** Pure: `parseIdCell` with the grammars of any registry. */
export function parseIdCellWith(grammars: IdGrammars, framework: string, cell: string): IdToken[] {
  const grammar = grammars[framework];
  if (!grammar) return uncataloguedTokens(cell);
  const tokens: IdToken[] = [];
  let named = false;
  for (const [from, to] of segments(cell)) {
    const text = cell.slice(from, to);
    const linked = linkedId(grammar, text);
    if (linked) {
      tokens.push({ ...linked, text, start: from + linked.start, end: to });
      named = false;
      continue;
    }
    grammar.pattern.lastIndex = 0;
    if (!grammar.pattern.test(text)) {
      const previous = tokens.at(-1);
      if (named && previous) {
        previous.text = cell.slice(previous.start, to);
        previous.end = to;
      } else tokens.push({ id: text, idText: text, text, start: from, end: to, shaped: false });
      continue;
    }
    let cursor = 0;
    while (cursor < text.length) {
      grammar.pattern.lastIndex = cursor;
      const match = grammar.pattern.exec(text);
      if (!match) break;
      const afterId = cursor + match[0].length;
      const next = nextIdStart(grammar, text, afterId);
      // A joined ID (`IA-2 / IA-5`) ends where its joiner starts; otherwise the rest is its name.
      const entry = text.slice(cursor, next === null ? text.length : afterId).trimEnd();
      tokens.push({ id: grammar.normalize(match), idText: match[0], text: entry, start: from + cursor, end: from + cursor + entry.length, shaped: true });
      named = entry.length > match[0].length;
      if (next === null) break;
      cursor = next;
    }
  }
  return tokens;
}

/** `[AC-2](https://...)`: the link text is the ID. */
function linkedId(grammar: IdGrammar, text: string): Omit<IdToken, 'text' | 'end'> | null {
  if (!text.startsWith('[')) return null;
  grammar.pattern.lastIndex = 1;
  const match = grammar.pattern.exec(text);
  if (!match || !text.startsWith('](', 1 + match[0].length) || !text.endsWith(')')) return null;
  return { id: grammar.normalize(match), idText: match[0], start: 1, shaped: true };
}

/** Frameworks without a grammar: entries as written, abbreviations completed and ranges expanded. */
function uncataloguedTokens(cell: string): IdToken[] {
  const tokens: IdToken[] = [];
  let previous: string | null = null;
  for (const [from, to] of segments(cell)) {
    const text = cell.slice(from, to);
    const ids: string[] = expandRange(text, previous) ?? [inheritPrefix(text, previous)];
    for (const id of ids) tokens.push({ id, idText: text, text, start: from, end: to, shaped: false });
    previous = ids.at(-1) ?? previous;
  }
  return tokens;
}

/** IDs run together (`IA-2 / IA-5`, `CC6.1 & CC6.2`) continue only after a joiner. */
function nextIdStart(grammar: IdGrammar, text: string, from: number): number | null {
  const joiner = /^\s*(?:\/|&|\band\b|\+)?\s*/i.exec(text.slice(from));
  const at = from + (joiner?.[0].length ?? 0);
  if (at >= text.length || at === from) return null;
  grammar.pattern.lastIndex = at;
  const match = grammar.pattern.exec(text);
  return match ? at : null;
}

/** The expected form of an ID of a framework (`` `CC6.1` ``), or null when hardmap has no grammar for it. */
export function idExamples(framework: string): string | null {
  return grammars()[framework]?.examples ?? null;
}

/** Normalize one ID string for a framework, or return it trimmed when it matches no grammar. */
export function normalizeId(framework: string, raw: string): string {
  const [token] = parseIdCell(framework, raw);
  return token?.id ?? raw.trim();
}

/** ISO 27001:2013 Annex A IDs have three parts (A.9.4.2) or a first part above 8. */
export function isIso2013Notation(id: string): boolean {
  const match = /^A\.(\d+)\.(\d+)(?:\.(\d+))?$/.exec(id);
  if (!match) return false;
  return match[3] !== undefined || Number(match[1]) > 8;
}

/** True when hardmap knows the ID grammar of the framework (the catalogued ones). */
export function hasIdGrammar(framework: string): boolean {
  return framework in grammars();
}
