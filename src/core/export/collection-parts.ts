import { CSV_HEADER } from './csv.ts';
import { MARKDOWN_ROWS_HEADER } from './markdown.ts';
import type { Piece } from './pieces.ts';

/**
 * A collection's mappings.csv, mappings.json and mappings.md repeat its guides' own files of the
 * same names: rows sort by guide slug first, so the collection's rows are each guide's rows, guide
 * after guide in slug order, written the same way. The site makes every guide's files anyway, so
 * it can make the collection's three from them, copying bytes instead of writing every row a
 * second time (at 130 guides, 280 of the collection's 470 MB). XLSX (one shared string table) and
 * OSCAL (maps grouped by target framework) do not split by guide and are always written whole.
 */
export const REUSABLE_FILES = ['mappings.csv', 'mappings.json', 'mappings.md'] as const;
export type ReusableFile = (typeof REUSABLE_FILES)[number];

/** The guides' own export files, as written with the collection's options and `--guide <slug>`. */
export interface GuideFiles {
  /** Whether the guide's files are all there. */
  has(slug: string): boolean;
  read(slug: string, file: ReusableFile): Uint8Array;
}

/** One of the guides' files was not the shape hardmap writes: a damaged cache, never a guide's content. */
export class GuideFileShapeError extends Error {}

const encoder = new TextEncoder();
const bytes = (text: string): Uint8Array => encoder.encode(text);
const JSON_ROWS_OPEN = bytes('\n  "rows": [\n    ');
const JSON_ROWS_EMPTY = bytes('\n  "rows": []\n}\n');
const JSON_ROWS_CLOSE = bytes('\n  ]\n}\n');
const CSV_HEAD = bytes(CSV_HEADER);
const MD_ROWS = bytes(MARKDOWN_ROWS_HEADER);

function indexOf(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(needle, from);
}

const endsWith = (file: Uint8Array, tail: Uint8Array): boolean => file.length >= tail.length && indexOf(file, tail, file.length - tail.length) === file.length - tail.length;

/**
 * The part of a guide's file that its collection's file repeats: the rows, without the header,
 * summary or closing brackets around them (empty when the guide has no rows). The markers are
 * structural: JSON text holds no raw line break inside a string, so `\n  "rows": [` is the
 * top-level key; the rows table's header line is written once, after a five-column summary.
 */
export function guideRowsPart(file: ReusableFile, data: Uint8Array): Uint8Array {
  const fail = (what: string): never => {
    throw new GuideFileShapeError(`a guide's ${file} is not as hardmap writes it (${what}); build again with --no-cache`);
  };
  if (file === 'mappings.csv') {
    if (indexOf(data, CSV_HEAD) !== 0) fail('no header line');
    return data.subarray(CSV_HEAD.length);
  }
  if (file === 'mappings.json') {
    if (endsWith(data, JSON_ROWS_EMPTY)) return data.subarray(0, 0);
    const open = indexOf(data, JSON_ROWS_OPEN);
    if (open < 0 || !endsWith(data, JSON_ROWS_CLOSE)) fail('no rows array at the end');
    return data.subarray(open + JSON_ROWS_OPEN.length, data.length - JSON_ROWS_CLOSE.length);
  }
  const rows = indexOf(data, MD_ROWS);
  if (rows < 0 || data[data.length - 1] !== 0x0a) fail('no rows table');
  return data.subarray(rows + MD_ROWS.length, data.length - 1);
}

/**
 * The collection's file from its own head (`head`: what the file is up to its first row, as the
 * collection's writer makes it) and each guide's rows part, in slug order: exactly the bytes of
 * writing every row again. `head` of mappings.json is the document written with no rows.
 */
export function* collectionFilePieces(file: ReusableFile, head: string, parts: Iterable<Uint8Array>): Generator<Piece> {
  if (file === 'mappings.csv') {
    yield head;
    for (const part of parts) if (part.length > 0) yield part;
    return;
  }
  if (file === 'mappings.md') {
    yield head;
    for (const part of parts) if (part.length > 0) yield part;
    yield '\n';
    return;
  }
  // mappings.json: the empty document, opened at its rows array when any guide has a row.
  const empty = bytes(head);
  if (!endsWith(empty, JSON_ROWS_EMPTY)) throw new GuideFileShapeError('the collection\'s mappings.json does not end with its rows');
  let first = true;
  for (const part of parts) {
    if (part.length === 0) continue;
    yield first ? empty.subarray(0, empty.length - JSON_ROWS_EMPTY.length) : ',\n    ';
    if (first) yield JSON_ROWS_OPEN;
    first = false;
    yield part;
  }
  yield first ? empty : JSON_ROWS_CLOSE;
}
