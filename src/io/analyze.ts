import { existsSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { analyzeGuide, stoppedGuide, tooLargeResult, type StopReason } from '../core/check.ts';
import type { Diagnostic } from '../core/model/diagnostic.ts';
import { parseRunbook, tooLargeRunbook, type ParsedRunbook } from '../core/parse/parse-runbook.ts';
import type { ReferenceData } from '../core/reference.ts';
import type { CheckOptions } from '../core/rules/run-rules.ts';
import { storedGuideJson } from '../core/stored.ts';
import { summarizeGuide, type GuideSummary } from '../core/summary.ts';
import { createResultCache } from './cache.ts';
import { isRunbookPath } from './files.ts';
import type { ModelStore } from './model-store.ts';
import { createAnalysisPool, WORKER_HEAP_MB, type AnalysisPool } from './pool.ts';
import { readInput, type InputRead } from './read-input.ts';
import { CACHE_DIR, resultKey } from './result-key.ts';
import type { CachedResult, CheckSession } from './session.ts';

/** How analyzeFiles reads a file; tests inject one that counts reads or changes the file. */
export type FileReader = (path: string) => Promise<InputRead>;

export interface AnalyzeOptions {
  cwd: string;
  reference: ReferenceData;
  check: CheckOptions;
  /** Worker threads; 0 analyzes in this thread, without a time budget (for debugging). */
  threads: number;
  /** Per-file analysis budget in milliseconds (see pool.ts). */
  budgetMs: number;
  /** Read and write the content-hash cache of per-file results (CACHE_DIR). */
  cache: boolean;
  /** Keep each guide's full model there (the site, `export`, `show`): a cached result counts only when its model is there too. */
  store?: ModelStore;
  /** Render each guide's HTML into the stored model (default true; the site needs it, the other commands do not). */
  html?: boolean;
  /** Warm threads and in-memory results shared by the runs of `check --watch`. */
  session?: CheckSession;
  readFile?: FileReader;
  onProgress?: (done: number, total: number) => void;
}

interface Read {
  path: string;
  /** The bytes as read: hashed into `key`, analyzed, and the source of `text`. Empty when over the size limit. */
  bytes: Uint8Array;
  /** The source text (decoded on first use), for code frames and the like: never read again from disk. */
  readonly text: string;
}

export interface GuideFileResult extends Read, CachedResult {
  kind: 'guide';
  /** The cache key of the bytes, path and options; the model's key in `store`. */
  key: string;
  /** Stopped by the time or memory budget: the result depends on the machine, so it is never cached. */
  stopped: boolean;
  /** Over the size limit (known from fstat): not read at all. */
  tooLarge?: { size: number; limit: number };
}

export interface RunbookFileResult extends Read {
  kind: 'runbook';
  /** Runbooks are few and small: parsed here; their rules need the guides and run afterwards. */
  parsed: ParsedRunbook;
}

export interface FailedFile {
  kind: 'failure';
  path: string;
  /** The errno code when there is one (the CLI explains it). */
  error: string;
  /** What the reader threw, when the read failed. */
  cause?: unknown;
}

export type FileResult = GuideFileResult | RunbookFileResult | FailedFile;

const decoder = new TextDecoder();

function withText<T extends { bytes: Uint8Array }>(value: T): T & { readonly text: string } {
  let text: string | undefined;
  return Object.defineProperty(value, 'text', { enumerable: true, get: () => (text ??= decoder.decode(value.bytes)) }) as T & { readonly text: string };
}

/**
 * The one road from a file to its analysis, for every command and the site: each file is read
 * once (regular files only, the size checked before reading), its bytes hashed, and those same
 * bytes analyzed on a worker thread within the per-file budget, unless the cache, the session or
 * the model store already has the result. Results come in the order given for guides read from
 * the cache or the session, then for the files analyzed; unreadable files are results, not throws.
 */
export async function* analyzeFiles(files: readonly string[], options: AnalyzeOptions): AsyncIterable<FileResult> {
  const cache = options.cache ? createResultCache<CachedResult>(CACHE_DIR) : null;
  const readFile = options.readFile ?? readInput;
  const { session, store } = options;
  let done = 0;
  const total = files.filter((path) => !isRunbookPath(path)).length;
  const progress = (): void => options.onProgress?.(++done, total);
  const analyzer = options.threads > 0 ? pooled(options) : inThread(options);
  const pending: Array<Promise<FileResult>> = [];
  // With no cache to answer from, every guide goes to a thread: start them before the first read.
  // With a cache they start at the first miss, so a warm run pays for no thread at all.
  if (total > 0 && !session?.pool && (cache === null || !existsSync(CACHE_DIR))) analyzer.prestart(total);
  // A session's files are stat'ed all at once, not one await after another: at N=1,300 the
  // sequential stats were a third of a `--watch` re-check on a loaded machine.
  const statted = session ? new Map(files.filter((path) => session.seen.has(path)).map((path) => [path, stat(isAbsolute(path) ? path : join(options.cwd, path)).catch(() => null)])) : null;
  try {
    for (const path of files) {
      const file = isAbsolute(path) ? path : join(options.cwd, path);
      if (isRunbookPath(path)) {
        yield await runbook(path, file, readFile);
        continue;
      }
      const unchanged = await unchangedResult(session, statted?.get(path), path);
      if (unchanged && (!store || (await store.has(unchanged.key)))) {
        progress();
        const { bytes, diagnostics, summary } = unchanged.result;
        yield withText({ kind: 'guide' as const, path, key: unchanged.key, bytes, diagnostics, summary, stopped: false });
        continue;
      }
      let read: InputRead;
      try {
        read = await readFile(file);
      } catch (error) {
        progress();
        yield { kind: 'failure', path, error: errorCode(error), cause: error };
        continue;
      }
      if (!read.ok) {
        // Known from fstat, before a byte is read: the answer costs no memory, whatever the size.
        const { diagnostics, parsed } = tooLargeResult(path, read.size, read.limit, options.reference, options.check);
        const key = resultKey(new Uint8Array(), `${path}\u0000over ${read.size}`, options.check);
        if (store) await store.set(key, { slug: parsed.guide.slug, json: storedGuideJson(parsed, diagnostics, options.html !== false) }, false);
        progress();
        yield withText({ kind: 'guide' as const, path, key, bytes: new Uint8Array(), diagnostics, summary: summarizeGuide(parsed.guide), stopped: false, tooLarge: { size: read.size, limit: read.limit } });
        continue;
      }
      const { bytes, stats } = read;
      const key = resultKey(bytes, path, options.check);
      // Recorded before the analysis: a save during it changes the mtime, so the next run reads the file again.
      session?.seen.set(path, { size: stats.size, mtimeMs: stats.mtimeMs, key });
      const hit = session?.results.get(key) ?? (cache && (!store || (await store.has(key))) ? await cache.get(key) : undefined);
      if (hit) {
        session?.results.set(key, { ...hit, bytes });
        progress();
        yield withText({ kind: 'guide' as const, path, key, bytes, diagnostics: hit.diagnostics, summary: hit.summary, stopped: false });
        continue;
      }
      pending.push(analyzer.one(path, bytes).then(async (analysis): Promise<FileResult> => {
        progress();
        if ('error' in analysis) return { kind: 'failure', path, error: analysis.error };
        const result = { diagnostics: analysis.diagnostics, summary: analysis.summary };
        // A stopped file's result depends on the machine's speed: never cached, only handed over.
        if (!analysis.stopped) {
          session?.results.set(key, { ...result, bytes });
          await cache?.set(key, result);
        }
        if (store && analysis.model !== undefined) await store.set(key, { slug: analysis.summary.slug, json: analysis.model }, !analysis.stopped);
        return withText({ kind: 'guide' as const, path, key, bytes, ...result, stopped: analysis.stopped });
      }));
    }
    for (const result of pending) yield await result;
  } finally {
    await Promise.allSettled(pending);
    await analyzer.close();
  }
}

/** Collect every result, for the callers that need the whole collection at once. */
export async function analyzeAll(files: readonly string[], options: AnalyzeOptions): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for await (const result of analyzeFiles(files, options)) results.push(result);
  return results;
}

async function runbook(path: string, file: string, readFile: FileReader): Promise<FileResult> {
  try {
    const read = await readFile(file);
    const parsed = read.ok ? parseRunbook(read.bytes, path) : tooLargeRunbook(path, read.size, read.limit);
    return withText({ kind: 'runbook' as const, path, bytes: read.ok ? read.bytes : new Uint8Array(), parsed });
  } catch (error) {
    return { kind: 'failure', path, error: errorCode(error), cause: error };
  }
}

/** A session's result for a file whose size and mtime (`statted`, null when gone) have not moved since the last run. */
async function unchangedResult(session: CheckSession | undefined, statted: Promise<Stats | null> | undefined, path: string): Promise<{ key: string; result: CachedResult & { bytes: Uint8Array } } | undefined> {
  const seen = session?.seen.get(path);
  if (!session || !seen || !statted) return undefined;
  const stats = await statted;
  if (!stats || stats.size !== seen.size || stats.mtimeMs !== seen.mtimeMs) return undefined;
  const result = session.results.get(seen.key);
  return result && { key: seen.key, result };
}

type Analysis = { diagnostics: Diagnostic[]; summary: GuideSummary; model?: string; stopped: boolean } | { error: string };

interface Analyzer {
  one(path: string, bytes: Uint8Array): Promise<Analysis>;
  /** Start the threads before the first file is read (a cold run will need them). */
  prestart(files: number): void;
  close(): Promise<void>;
}

function inThread(options: AnalyzeOptions): Analyzer {
  return {
    async one(path, bytes) {
      const { parsed, diagnostics } = analyzeGuide(bytes, path, options.reference, options.check);
      return { diagnostics, summary: summarizeGuide(parsed.guide), stopped: false, ...(options.store ? { model: storedGuideJson(parsed, diagnostics, options.html !== false) } : {}) };
    },
    prestart: () => undefined,
    close: async () => undefined,
  };
}

function pooled(options: AnalyzeOptions): Analyzer {
  const settings = { options: options.check, threads: options.threads, budgetMs: options.budgetMs, models: options.store !== undefined, html: options.html !== false };
  const { session } = options;
  // A session's threads never return models; a run that wants them gets threads of its own.
  const shared = session && !settings.models;
  let pool: AnalysisPool | null = null;
  const start = (): AnalysisPool => (shared ? (session.pool ??= createAnalysisPool(settings)) : (pool ??= createAnalysisPool(settings)));
  return {
    async one(path, bytes) {
      const reply = await start().analyze(path, bytes);
      if (reply.ok) return { diagnostics: reply.diagnostics, summary: reply.summary, stopped: false, ...(reply.model === undefined ? {} : { model: reply.model }) };
      if ('error' in reply) return { error: reply.error };
      const reason: StopReason = reply.stopped === 'time' ? { budget: 'time', limitMs: options.budgetMs } : { budget: 'memory', limitMb: WORKER_HEAP_MB };
      const { parsed, diagnostics } = stoppedGuide(bytes, path, reason, options.reference, options.check);
      return { diagnostics, summary: summarizeGuide(parsed.guide), stopped: true, ...(options.store ? { model: storedGuideJson(parsed, diagnostics, options.html !== false) } : {}) };
    },
    prestart: (files) => start().prestart(files),
    // A session's threads outlive the run; they are unref'd while idle, so they never hold the process.
    close: async () => {
      await pool?.close();
    },
  };
}

/** What a failed read is reported as: the errno code when there is one (the CLI explains it). */
export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
