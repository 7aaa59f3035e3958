import { isAbsolute, join } from 'node:path';
import { parseGuide, tooLargeGuide, type ParsedGuide } from '../core/parse/parse-guide.ts';
import { findMarkdownFiles, isRunbookPath, type FoundFiles } from './files.ts';
import { readInput } from './read-input.ts';

export class MissingPathError extends Error {}

/**
 * Find and parse every guide under the given paths (runbooks excluded). `onFound` hears of the
 * symlinks not followed and the files that cannot be read before any parsing, and may throw.
 */
export async function loadGuides(paths: readonly string[], cwd: string, onFound?: (found: FoundFiles) => void): Promise<ParsedGuide[]> {
  const found = await findMarkdownFiles(paths, cwd);
  if (found.missing.length > 0) throw new MissingPathError(`no such file or folder: ${found.missing.join(', ')}`);
  onFound?.(found);
  const parsed: ParsedGuide[] = [];
  for (const path of found.files.filter((file) => !isRunbookPath(file))) {
    parsed.push(await loadGuide(path, cwd));
  }
  return parsed;
}

/** One guide: parsed, or, when its size is over the limit, an empty model with an `input-limit` problem. */
export async function loadGuide(path: string, cwd: string): Promise<ParsedGuide> {
  const read = await readInput(isAbsolute(path) ? path : join(cwd, path));
  return read.ok ? parseGuide(read.bytes, path) : tooLargeGuide(path, read.size, read.limit);
}
