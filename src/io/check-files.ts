import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeGuide } from '../core/check.ts';
import { parseRunbook } from '../core/parse/parse-runbook.ts';
import type { ReferenceData } from '../core/reference.ts';
import type { CheckOptions } from '../core/rules/run-rules.ts';
import { checkRunbook } from '../core/rules/runbook/run.ts';
import { summarizeGuide, type GuideSummary } from '../core/summary.ts';
import { createResultCache, sha256 } from './cache.ts';
import { CATALOG_FILES, CROSSWALK_FILES, MAPPINGS_DIR } from './catalogs.ts';
import { analyzeInWorkers, type AnalyzedFile } from './pool.ts';

export type FileOutcome = AnalyzedFile;

export interface ReadFailure {
  path: string;
  error: string;
}

export interface CheckRunOptions {
  /** Worker threads; 0 or 1 analyzes in this thread. */
  threads: number;
  /** Use the content-hash cache under node_modules/.cache/hardmap. */
  cache: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Below this many uncached files, starting threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 6;

export const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/hardmap/check/', import.meta.url));

let referenceHash: string | null = null;

/** Anything that changes results changes the salt: hardmap's version and code, the catalogs, the options. */
function cacheSalt(options: CheckOptions): string {
  referenceHash ??= sha256([...Object.values(CATALOG_FILES), ...CROSSWALK_FILES].map((file) => sha256(readFileSync(new URL(file, MAPPINGS_DIR)))).join(''));
  const pkg = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return sha256(`${JSON.parse(pkg).version}\u0000${referenceHash}\u0000${JSON.stringify(options)}`);
}

/**
 * Check guide files: cached results where the bytes are unchanged, the rest analyzed on worker
 * threads (or in this thread for small runs). Unreadable files are returned, not thrown.
 */
export async function checkFiles(paths: readonly string[], cwd: string, reference: ReferenceData, options: CheckOptions, run: CheckRunOptions): Promise<{ outcomes: FileOutcome[]; failures: ReadFailure[] }> {
  const cache = run.cache ? createResultCache<Omit<FileOutcome, 'path'>>(CACHE_DIR, cacheSalt(options)) : null;
  const outcomes: FileOutcome[] = [];
  const failures: ReadFailure[] = [];
  const misses: Array<{ path: string; key: string | null; bytes: Uint8Array }> = [];
  let done = 0;
  const progress = (): void => run.onProgress?.(++done, paths.length);
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(isAbsolute(path) ? path : join(cwd, path));
    } catch (error) {
      failures.push({ path, error: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
      continue;
    }
    const key = cache?.key(bytes, path) ?? null;
    const hit = key ? await cache?.get(key) : undefined;
    if (hit) {
      outcomes.push({ path, ...hit });
      progress();
    } else misses.push({ path, key, bytes });
  }
  let analyzed: FileOutcome[];
  if (run.threads > 1 && misses.length >= MIN_FILES_FOR_WORKERS) {
    const pooled = await analyzeInWorkers(misses.map((miss) => miss.path), cwd, options, run.threads, progress);
    analyzed = pooled.results;
    failures.push(...pooled.failures);
  } else {
    analyzed = misses.map((miss) => {
      const result = analyzeGuide(miss.bytes, miss.path, reference, options);
      progress();
      return { path: miss.path, diagnostics: result.diagnostics, summary: summarizeGuide(result.parsed.guide) };
    });
  }
  const keys = new Map(misses.map((miss) => [miss.path, miss.key]));
  for (const outcome of analyzed) {
    const key = keys.get(outcome.path);
    if (cache && key) await cache.set(key, { diagnostics: outcome.diagnostics, summary: outcome.summary });
  }
  outcomes.push(...analyzed);
  outcomes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { outcomes, failures };
}

/** Runbooks are checked after the guides, since `applies_to` must resolve against them. */
export async function checkRunbookFiles(paths: readonly string[], cwd: string, guides: readonly GuideSummary[], options: CheckOptions): Promise<Array<{ path: string; text: string; diagnostics: ReturnType<typeof checkRunbook> }>> {
  const results = [];
  for (const path of paths) {
    const parsed = parseRunbook(await readFile(isAbsolute(path) ? path : join(cwd, path)), path);
    results.push({ path, text: parsed.text, diagnostics: checkRunbook(parsed, guides, options) });
  }
  return results;
}
