import { readFile } from 'node:fs/promises';
import { analyzeGuide, type GuideResult } from '../core/check.ts';
import type { Catalogs } from '../core/frameworks/catalog.ts';
import type { CheckOptions } from '../core/rules/run-rules.ts';

export interface FileOutcome extends GuideResult {
  path: string;
}

export interface ReadFailure {
  path: string;
  error: string;
}

/** Read and analyze files one by one, reporting progress; unreadable files are returned, not thrown. */
export async function checkFiles(
  paths: readonly string[],
  catalogs: Catalogs,
  options: CheckOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<{ outcomes: FileOutcome[]; failures: ReadFailure[] }> {
  const outcomes: FileOutcome[] = [];
  const failures: ReadFailure[] = [];
  let done = 0;
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      failures.push({ path, error: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
      continue;
    }
    outcomes.push({ path, ...analyzeGuide(bytes, path, catalogs, options) });
    onProgress?.(++done, paths.length);
  }
  return { outcomes, failures };
}
