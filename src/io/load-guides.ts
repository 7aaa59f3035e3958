import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { parseGuide, type ParsedGuide } from '../core/parse/parse-guide.ts';
import { findMarkdownFiles, isRunbookPath } from './files.ts';

export class MissingPathError extends Error {}

/** Find and parse every guide under the given paths (runbooks excluded); `onSkippedLinks` hears of symlinks not followed. */
export async function loadGuides(paths: readonly string[], cwd: string, onSkippedLinks?: (links: readonly string[]) => void): Promise<ParsedGuide[]> {
  const found = await findMarkdownFiles(paths, cwd);
  if (found.missing.length > 0) throw new MissingPathError(`no such file or folder: ${found.missing.join(', ')}`);
  onSkippedLinks?.(found.skippedLinks);
  const parsed: ParsedGuide[] = [];
  for (const path of found.files.filter((file) => !isRunbookPath(file))) {
    parsed.push(parseGuide(await readFile(isAbsolute(path) ? path : join(cwd, path)), path));
  }
  return parsed;
}
