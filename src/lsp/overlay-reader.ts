import type { Stats } from 'node:fs';
import type { FileReader } from '../io/analyze.ts';
import { INPUT_LIMIT_BYTES, readInput } from '../io/read-input.ts';

/**
 * An open document has no size or mtime on disk that describes it. NaN never equals anything, so
 * a check session never takes an open document as "unchanged since the last run" from a stat of
 * the file behind it: it is always read again, from the editor's text, and its bytes decide.
 */
const EDITOR_STATS = { size: Number.NaN, mtimeMs: Number.NaN } as Stats;

/**
 * The reader `analyzeFiles` uses in the language server: the editor's text for open documents
 * (keyed by absolute path), the file on disk for the rest of the collection. The size limit is the
 * same as for files.
 */
export function overlayReader(open: ReadonlyMap<string, Uint8Array>): FileReader {
  return async (file) => {
    const bytes = open.get(file);
    if (bytes === undefined) return readInput(file);
    if (bytes.length > INPUT_LIMIT_BYTES) return { ok: false, size: bytes.length, limit: INPUT_LIMIT_BYTES, stats: EDITOR_STATS };
    return { ok: true, bytes, stats: EDITOR_STATS };
  };
}
