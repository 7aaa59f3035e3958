import { isAbsolute, join } from 'node:path';
import { parseGuide, tooLargeGuide, type ParsedGuide } from '../core/parse/parse-guide.ts';
import { findMarkdownFiles, isRunbookPath } from './files.ts';
import { readInput } from './read-input.ts';

export class MissingPathError extends Error {}

/** Find and parse every guide under the given paths (runbooks excluded); `onSkippedLinks` hears of symlinks not followed. */
export async function loadGuides(paths: readonly string[], cwd: string, onSkippedLinks?: (links: readonly string[]) => void): Promise<ParsedGuide[]> {
  const found = await findMarkdownFiles(paths, cwd);
  if (found.missing.length > 0) throw new MissingPathError(`no such file or folder: ${found.missing.join(', ')}`);
  onSkippedLinks?.(found.skippedLinks);
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
