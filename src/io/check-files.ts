import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { analyzeGuide, type GuideResult } from '../core/check.ts';
import type { ReferenceData } from '../core/reference.ts';
import type { Guide } from '../core/model/guide.ts';
import { parseRunbook } from '../core/parse/parse-runbook.ts';
import type { CheckOptions } from '../core/rules/run-rules.ts';
import { checkRunbook } from '../core/rules/runbook/run.ts';

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

/** Runbooks are checked after the guides, since `applies_to` must resolve against them. */
export async function checkRunbookFiles(paths: readonly string[], cwd: string, guides: readonly Guide[], options: CheckOptions): Promise<Array<{ path: string; text: string; diagnostics: ReturnType<typeof checkRunbook> }>> {
  const results = [];
  for (const path of paths) {
    const parsed = parseRunbook(await readFile(isAbsolute(path) ? path : join(cwd, path)), path);
    results.push({ path, text: parsed.text, diagnostics: checkRunbook(parsed, guides, options) });
  }
  return results;
}
