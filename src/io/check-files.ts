import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeGuide, stoppedGuide, tooLargeResult, type StopReason } from '../core/check.ts';
import type { Diagnostic } from '../core/model/diagnostic.ts';
import { parseRunbook, tooLargeRunbook } from '../core/parse/parse-runbook.ts';
import type { ReferenceData } from '../core/reference.ts';
import type { CheckOptions } from '../core/rules/run-rules.ts';
import { checkRunbook } from '../core/rules/runbook/run.ts';
import { summarizeGuide, type GuideSummary } from '../core/summary.ts';
import { storedGuideJson } from '../site/stored.ts';
import { createResultCache, sha256 } from './cache.ts';
import { CATALOG_FILES, CROSSWALK_FILES, MAPPINGS_DIR } from './catalogs.ts';
import { libraryFingerprint } from './fingerprint.ts';
import { hasModel, rememberModel } from './model-store.ts';
import { createAnalysisPool, WORKER_HEAP_MB, type AnalysisPool } from './pool.ts';
import { readInput } from './read-input.ts';

export interface FileOutcome {
  path: string;
  diagnostics: Diagnostic[];
  summary: GuideSummary;
}

export interface ReadFailure {
  path: string;
  error: string;
}

export interface CheckRunOptions {
  /** Worker threads; 0 analyzes in this thread, without a time budget (for debugging). */
  threads: number;
  /** Per-file analysis budget in milliseconds (see pool.ts). */
  budgetMs: number;
  /** Use the content-hash cache under node_modules/.cache/hardmap. */
  cache: boolean;
  /** Keep every guide's full model for the site's loader (`hardmap build`). */
  models?: boolean;
  /** Warm threads and in-memory results shared by the runs of `check --watch`. */
  session?: CheckSession;
  onProgress?: (done: number, total: number) => void;
}

/**
 * What `check --watch` keeps between runs, so a saved file is reported in a fraction of a second:
 * worker threads that are started and JIT-warm (a fresh thread costs 0.3 s before its first file)
 * and every result in memory (no cache reads for the unchanged files).
 */
export interface CheckSession {
  pool: AnalysisPool | null;
  results: Map<string, Cached>;
  /** Size, mtime and key of each file at the last run: an unchanged file is not even read again. */
  seen: Map<string, { size: number; mtimeMs: number; key: string }>;
}

export function createCheckSession(): CheckSession {
  return { pool: null, results: new Map(), seen: new Map() };
}

/** A session's result for a file whose size and mtime have not moved since the last run. */
async function unchangedResult(session: CheckSession | undefined, file: string, path: string): Promise<Cached | undefined> {
  const seen = session?.seen.get(path);
  if (!session || !seen) return undefined;
  const stats = await stat(file).catch(() => null);
  if (!stats || stats.size !== seen.size || stats.mtimeMs !== seen.mtimeMs) return undefined;
  return session.results.get(seen.key);
}

/** Start the session's threads and let them analyze one file, so the first real change meets warm code. */
export async function warmSession(session: CheckSession, path: string, cwd: string, options: CheckOptions, run: Pick<CheckRunOptions, 'threads' | 'budgetMs'>): Promise<void> {
  if (run.threads === 0) return;
  session.pool ??= createAnalysisPool({ cwd, options, threads: run.threads, budgetMs: run.budgetMs, models: false });
  await Promise.all(Array.from({ length: run.threads }, () => session.pool?.analyze(path)));
}

export const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/hardmap/check/', import.meta.url));

let referenceHash: string | null = null;
const salts = new Map<string, string>();

/**
 * Anything that changes results changes the salt: hardmap's version and code, the catalogs, the
 * options. Computed once per options per process (`check --watch` keys every file on every save).
 */
function cacheSalt(options: CheckOptions): string {
  const optionsJson = JSON.stringify(options);
  let salt = salts.get(optionsJson);
  if (salt === undefined) {
    referenceHash ??= sha256([...Object.values(CATALOG_FILES), ...CROSSWALK_FILES].map((file) => sha256(readFileSync(new URL(file, MAPPINGS_DIR)))).join(''));
    const pkg = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    salt = sha256(`${JSON.parse(pkg).version}\u0000${referenceHash}\u0000${libraryFingerprint()}\u0000${optionsJson}`);
    salts.set(optionsJson, salt);
  }
  return salt;
}

/** The key of a file's cached result and model: its bytes, its path and the salt. */
export function resultKey(bytes: Uint8Array, path: string, options: CheckOptions): string {
  return sha256(`${cacheSalt(options)}\u0000${path}\u0000${sha256(bytes)}`);
}

type Cached = Omit<FileOutcome, 'path'>;

/**
 * Check guide files: cached results where the bytes are unchanged, the rest analyzed on worker
 * threads, each file within a time and memory budget. Unreadable files are returned, not thrown.
 */
export async function checkFiles(paths: readonly string[], cwd: string, reference: ReferenceData, options: CheckOptions, run: CheckRunOptions): Promise<{ outcomes: FileOutcome[]; failures: ReadFailure[] }> {
  const cache = run.cache ? createResultCache<Cached>(CACHE_DIR) : null;
  const outcomes: FileOutcome[] = [];
  const failures: ReadFailure[] = [];
  const misses: Array<{ path: string; key: string; bytes: Uint8Array }> = [];
  let done = 0;
  const progress = (): void => run.onProgress?.(++done, paths.length);
  for (const path of paths) {
    const file = isAbsolute(path) ? path : join(cwd, path);
    const unchanged = await unchangedResult(run.session, file, path);
    if (unchanged) {
      outcomes.push({ path, ...unchanged });
      progress();
      continue;
    }
    let bytes: Uint8Array;
    let key: string;
    try {
      const read = await readInput(file);
      if (!read.ok) {
        // Known from fstat, before a byte is read: the answer costs no memory, whatever the size.
        const { diagnostics, parsed } = tooLargeResult(path, read.size, read.limit, reference, options);
        outcomes.push({ path, diagnostics, summary: summarizeGuide(parsed.guide) });
        progress();
        continue;
      }
      const { stats } = read;
      bytes = read.bytes;
      key = resultKey(bytes, path, options);
      // Recorded before the analysis: a save during it changes the mtime, so the next run reads the file again.
      run.session?.seen.set(path, { size: stats.size, mtimeMs: stats.mtimeMs, key });
    } catch (error) {
      failures.push({ path, error: errorCode(error) });
      continue;
    }
    const hit = run.session?.results.get(key) ?? (cache && (!run.models || (await hasModel(key))) ? await cache.get(key) : undefined);
    if (hit) {
      run.session?.results.set(key, hit);
      outcomes.push({ path, ...hit });
      progress();
    } else misses.push({ path, key, bytes });
  }
  const analyze = run.threads > 0 ? pooledAnalysis(cwd, options, run, reference) : inThreadAnalysis(reference, options, run);
  try {
    await Promise.all(misses.map(async (miss) => {
      const result = await analyze.one(miss.path, miss.bytes);
      progress();
      if ('error' in result) {
        failures.push({ path: miss.path, error: result.error });
        return;
      }
      const outcome = { path: miss.path, diagnostics: result.diagnostics, summary: result.summary };
      outcomes.push(outcome);
      // A stopped file's result depends on the machine's speed: never cached, only handed over.
      if (!result.stopped) run.session?.results.set(miss.key, { diagnostics: outcome.diagnostics, summary: outcome.summary });
      if (cache && !result.stopped) await cache.set(miss.key, { diagnostics: outcome.diagnostics, summary: outcome.summary });
      if (run.models && result.model !== undefined) await rememberModel(miss.key, { slug: result.summary.slug, json: result.model }, !result.stopped);
    }));
  } finally {
    await analyze.close();
  }
  outcomes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { outcomes, failures };
}

type Analysis = { diagnostics: Diagnostic[]; summary: GuideSummary; model?: string; stopped: boolean } | { error: string };

interface Analyzer {
  one(path: string, bytes: Uint8Array): Promise<Analysis>;
  close(): Promise<void>;
}

function inThreadAnalysis(reference: ReferenceData, options: CheckOptions, run: CheckRunOptions): Analyzer {
  return {
    async one(path, bytes) {
      const { parsed, diagnostics } = analyzeGuide(bytes, path, reference, options);
      return { diagnostics, summary: summarizeGuide(parsed.guide), stopped: false, ...(run.models ? { model: storedGuideJson(parsed, diagnostics) } : {}) };
    },
    close: async () => undefined,
  };
}

function pooledAnalysis(cwd: string, options: CheckOptions, run: CheckRunOptions, reference: ReferenceData): Analyzer {
  const settings = { cwd, options, threads: run.threads, budgetMs: run.budgetMs, models: run.models ?? false };
  const session = run.session;
  if (session) session.pool ??= createAnalysisPool(settings);
  const pool = session?.pool ?? createAnalysisPool(settings);
  return {
    async one(path, bytes) {
      const reply = await pool.analyze(path);
      if (reply.ok) return { diagnostics: reply.diagnostics, summary: reply.summary, stopped: false, ...(reply.model === undefined ? {} : { model: reply.model }) };
      if ('error' in reply) return { error: reply.error };
      const reason: StopReason = reply.stopped === 'time' ? { budget: 'time', limitMs: run.budgetMs } : { budget: 'memory', limitMb: WORKER_HEAP_MB };
      const { parsed, diagnostics } = stoppedGuide(bytes, path, reason, reference, options);
      return { diagnostics, summary: summarizeGuide(parsed.guide), stopped: true, ...(run.models ? { model: storedGuideJson(parsed, diagnostics) } : {}) };
    },
    // A session's threads outlive the run; they are unref'd while idle, so they never hold the process.
    close: () => (session ? Promise.resolve() : pool.close()),
  };
}

/** Runbooks are checked after the guides, since `applies_to` must resolve against them. */
export async function checkRunbookFiles(paths: readonly string[], cwd: string, guides: readonly GuideSummary[], options: CheckOptions): Promise<Array<{ path: string; text: string; diagnostics: ReturnType<typeof checkRunbook> }>> {
  const results = [];
  for (const path of paths) {
    const read = await readInput(isAbsolute(path) ? path : join(cwd, path));
    const parsed = read.ok ? parseRunbook(read.bytes, path) : tooLargeRunbook(path, read.size, read.limit);
    results.push({ path, text: parsed.text, diagnostics: checkRunbook(parsed, guides, options) });
  }
  return results;
}

/** What a failed read is reported as: the errno code when there is one (the CLI explains it). */
export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
