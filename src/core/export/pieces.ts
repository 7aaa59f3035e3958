/**
 * Export files as sequences of pieces. A collection of a thousand guides has millions of mapping
 * rows, and one string of a whole export passes V8's string length limit (about 512 MB); a file
 * made of pieces never holds more than one piece at a time, and the writer streams them to disk.
 */
export type Piece = string | Uint8Array;
export type Pieces = Iterable<Piece> | AsyncIterable<Piece>;

/** Pieces are gathered up to about this many UTF-16 units: few writes, short strings. */
const PIECE = 1 << 16;

/** Short strings joined into pieces of about PIECE units, so a writer is not called per cell. */
export function* batched(parts: Iterable<string>): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  for (const part of parts) {
    buffer.push(part);
    length += part.length;
    if (length >= PIECE) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join('');
}

/** All pieces as one string or one array: for small files, and for tests that compare whole files. */
export async function collectPieces(pieces: Pieces): Promise<string | Uint8Array> {
  const parts: Piece[] = [];
  for await (const piece of pieces) parts.push(piece);
  if (parts.every((part) => typeof part === 'string')) return parts.join('');
  return concatBytes(parts);
}

/** Pieces as one UTF-8 array. */
export function concatBytes(parts: readonly Piece[]): Uint8Array {
  const encoder = new TextEncoder();
  const bytes = parts.map((part) => (typeof part === 'string' ? encoder.encode(part) : part));
  const out = new Uint8Array(bytes.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of bytes) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * An array of a JSON document whose items are made when it is written, one at a time: the mapping
 * rows of `mappings.json`, the maps of the OSCAL mapping collection. `items` is called once per
 * write, so the same document can be written twice.
 */
export class LazyJsonArray {
  readonly items: () => Iterable<unknown>;
  constructor(items: () => Iterable<unknown>) {
    this.items = items;
  }

  /** A plain `JSON.stringify` (of a small document, in tests) sees the array itself. */
  toJSON(): unknown[] {
    return [...this.items()];
  }
}

/** A value already written as `JSON.stringify(value, null, 2)`, kept as text (and compressed) until its document is written. */
export class RawJson {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/** Containers this deep or deeper are written by one `JSON.stringify`, unless lazy arrays are under them. */
const STRUCTURAL_DEPTH = 4;

const isPlainContainer = (value: unknown): value is Record<string, unknown> | unknown[] =>
  typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';

/** What `JSON.stringify` writes for a value inside an object: nothing for undefined, functions and symbols. */
const omitted = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

function leaf(value: unknown, indent: string): string {
  const text = value instanceof RawJson ? value.text : JSON.stringify(value, null, 2) ?? 'null';
  // JSON text has no raw line break inside a string, so every `\n` starts a line to indent.
  return indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}

function* text(value: unknown, indent: string, depth: number): Generator<string> {
  const inner = `${indent}  `;
  if (value instanceof LazyJsonArray) {
    let first = true;
    for (const item of value.items()) {
      yield `${first ? '[' : ','}\n${inner}`;
      first = false;
      // An item is one string, as a row of mappings.json always was, unless it holds a lazy array.
      yield* text(omitted(item) ? null : item, inner, STRUCTURAL_DEPTH);
    }
    return yield first ? '[]' : `\n${indent}]`;
  }
  // Near the top a container is written member by member; deeper, it is one string unless a lazy array is under it.
  if (!isPlainContainer(value) || (depth >= STRUCTURAL_DEPTH && !holdsLazy(value))) return yield leaf(value, indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    for (let i = 0; i < value.length; i += 1) {
      yield `${i === 0 ? '[' : ','}\n${inner}`;
      yield* text(omitted(value[i]) ? null : value[i], inner, depth + 1);
    }
    return yield `\n${indent}]`;
  }
  const keys = Object.keys(value).filter((key) => !omitted(value[key]));
  if (keys.length === 0) return yield '{}';
  for (const [i, key] of keys.entries()) {
    yield `${i === 0 ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    yield* text(value[key], inner, depth + 1);
  }
  yield `\n${indent}}`;
}

function holdsLazy(value: unknown): boolean {
  if (value instanceof LazyJsonArray) return true;
  if (!isPlainContainer(value)) return false;
  return (Array.isArray(value) ? value : Object.values(value)).some(holdsLazy);
}

/**
 * Exactly `JSON.stringify(document, null, 2) + "\n"`, in pieces, with each LazyJsonArray written as
 * the array of its items. Plain data only (what the export documents are): `toJSON` values are
 * written by `JSON.stringify` itself.
 */
export function* jsonDocumentPieces(document: unknown): Generator<string> {
  yield* batched(text(document, '', 0));
  yield '\n';
}
