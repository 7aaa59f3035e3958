import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { analyzeGuide, type GuideResult } from '../core/check.ts';
import type { ReferenceData } from '../core/reference.ts';
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
  cwd: string,
  reference: ReferenceData,
  options: CheckOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<{ outcomes: FileOutcome[]; failures: ReadFailure[] }> {
  const outcomes: FileOutcome[] = [];
  const failures: ReadFailure[] = [];
  let done = 0;
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(isAbsolute(path) ? path : join(cwd, path));
    } catch (error) {
      failures.push({ path, error: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
      continue;
    }
    outcomes.push({ path, ...analyzeGuide(bytes, path, reference, options) });
    onProgress?.(++done, paths.length);
  }
  return { outcomes, failures };
}
