import type { Diagnostic } from '../core/model/diagnostic.ts';
import type { CheckOptions } from '../core/rules/run-rules.ts';
import type { GuideSummary } from '../core/summary.ts';
import { createAnalysisPool, type AnalysisPool } from './pool.ts';

/** A guide's per-file result as cached: what `check` reports and what the collection rules read. */
export interface CachedResult {
  diagnostics: Diagnostic[];
  summary: GuideSummary;
}

/**
 * What `check --watch` keeps between runs, so a saved file is reported in a fraction of a second:
 * worker threads that are started and JIT-warm (a fresh thread costs 0.3 s before its first file)
 * and every result in memory, with the bytes it came from (no cache reads for unchanged files,
 * and the reporter's code frames come from these bytes, not from another read).
 */
export interface CheckSession {
  pool: AnalysisPool | null;
  results: Map<string, CachedResult & { bytes: Uint8Array }>;
  /** Size, mtime and key of each file at the last run: an unchanged file is not even read again. */
  seen: Map<string, { size: number; mtimeMs: number; key: string }>;
}

export function createCheckSession(): CheckSession {
  return { pool: null, results: new Map(), seen: new Map() };
}

/** Start the session's threads and let them analyze one file, so the first real change meets warm code. */
export async function warmSession(session: CheckSession, path: string, bytes: Uint8Array, options: CheckOptions, run: { threads: number; budgetMs: number }): Promise<void> {
  if (run.threads === 0) return;
  session.pool ??= createAnalysisPool({ options, threads: run.threads, budgetMs: run.budgetMs, models: false });
  await Promise.all(Array.from({ length: run.threads }, () => session.pool?.analyze(path, bytes)));
}
