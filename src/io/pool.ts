import { flushCompileCache } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../core/model/diagnostic.ts';
import type { CheckOptions } from '../core/rules/run-rules.ts';
import type { GuideSummary } from '../core/summary.ts';

/** What a worker sends back for one file. `model` is the stored-guide JSON, when asked for. */
export type WorkerReply =
  | { ok: true; diagnostics: Diagnostic[]; summary: GuideSummary; model?: string }
  | { ok: false; error: string }
  | { ok: false; stopped: 'time' | 'memory' };

export interface PoolSettings {
  options: CheckOptions;
  threads: number;
  /** Per-file budget: a worker still busy after this long is stopped and replaced. */
  budgetMs: number;
  /** Also return each guide's full model (for the site build). */
  models: boolean;
  /** With `models`: render the guide's HTML into it (the site needs it, other commands do not). */
  html?: boolean;
  /** Old-generation heap per worker (default WORKER_HEAP_MB). */
  heapMb?: number;
  /** The worker script (tests substitute one that hangs or runs out of memory). */
  script?: URL;
}

export interface AnalysisPool {
  /** Analyze `bytes`, the file's content as read (and hashed) by the caller: workers never read files. */
  analyze(path: string, bytes: Uint8Array): Promise<WorkerReply>;
  /**
   * Start the threads that `files` files will use now, before there is a file for them: a cold
   * run calls this before its first read, so the 0.3-0.4 s each thread spends loading modules
   * and catalogs overlaps the reading.
   */
  prestart(files: number): void;
  /** Stops every worker; pending files are answered with an error. */
  close(): Promise<void>;
}

/** A file is stopped after this many times its budget in wall time, whatever CPU its thread got. */
const WALL_FACTOR = 10;
/** The shortest wait before looking at a thread's CPU time again. */
const MIN_REARM_MS = 20;

/** A worker thread's CPU time in milliseconds, or undefined where Node cannot tell it (or the thread has gone). */
async function cpuMs(worker: Worker): Promise<number | undefined> {
  const usage = (worker as Worker & { cpuUsage?: () => Promise<{ user: number; system: number }> }).cpuUsage;
  if (usage === undefined) return undefined;
  try {
    const { user, system } = await usage.call(worker);
    return (user + system) / 1000;
  } catch {
    return undefined;
  }
}

/** Old-generation heap of one worker: a file that needs more is stopped, not the process. */
export const WORKER_HEAP_MB = 1536;

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

interface Task {
  path: string;
  bytes: Uint8Array;
  resolve: (reply: WorkerReply) => void;
}

/**
 * Worker threads that analyze one file at a time each, created on demand up to `threads`. Each
 * file gets `budgetMs` from the moment its worker is ready for it: micromark cannot be
 * interrupted, so the only way to stop a file that parses too slowly (a megabyte of pathological
 * lists takes half a minute) is to terminate its thread and start another. A larger young
 * generation halves the time spent in scavenges, since micromark allocates many short-lived tokens.
 */
export function createAnalysisPool(settings: PoolSettings): AnalysisPool {
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let closed = false;

  const spawn = (): Slot => {
    // The modules this thread compiled (and type-stripped) so far go to the compile cache first,
    // so a worker loading the same modules reads them instead of compiling them again (a cold
    // run otherwise compiles the core once per thread).
    if (slots.length === 0) flushCompileCache?.();
    const worker = new Worker(settings.script ?? new URL('./worker.ts', import.meta.url), {
      workerData: { options: settings.options, models: settings.models, html: settings.html !== false },
      resourceLimits: { maxYoungGenerationSizeMb: 64, maxOldGenerationSizeMb: settings.heapMb ?? WORKER_HEAP_MB },
    });
    const slot: Slot = { worker, ready: false, task: null, timer: null };
    worker.on('message', (message: { ready: true } | WorkerReply) => {
      if ('ready' in message) {
        slot.ready = true;
        startClock(slot);
        return;
      }
      finish(slot, message);
    });
    // A worker dies on its own only when it runs out of heap (or hardmap has a bug): answer for
    // its file and carry on with a fresh one.
    worker.on('error', (error) => replace(slot, /heap|memory/i.test(String(error)) ? { ok: false, stopped: 'memory' } : { ok: false, error: error.message }));
    worker.on('exit', () => {
      if (slot.task && !closed) replace(slot, { ok: false, stopped: 'memory' });
    });
    // Idle workers must not keep the process alive once the caller is done.
    worker.unref();
    return slot;
  };

  /**
   * The budget counts the thread's own CPU time where Node can tell it (worker.cpuUsage, Node
   * 22.19 and 24.6 on): on a loaded machine a thread waiting for a core is not a file that parses
   * too slowly, and a result that depends on the load would differ between two runs of the same
   * files. Past WALL_FACTOR times the budget in wall time the file is stopped all the same, so
   * a thread that never gets a core cannot hold the run.
   */
  const startClock = (slot: Slot): void => {
    if (!slot.ready || !slot.task || slot.timer) return;
    const task = slot.task;
    const started = performance.now();
    const cpuAtStart = cpuMs(slot.worker);
    const arm = (ms: number): void => {
      slot.timer = setTimeout(() => void expire(), ms);
      slot.timer.unref();
    };
    const expire = async (): Promise<void> => {
      const [before, now] = await Promise.all([cpuAtStart, cpuMs(slot.worker)]);
      if (slot.task !== task) return;
      const left = before === undefined || now === undefined ? 0 : settings.budgetMs - (now - before);
      const wallLeft = WALL_FACTOR * settings.budgetMs - (performance.now() - started);
      if (left > 0 && wallLeft > 0) arm(Math.max(MIN_REARM_MS, Math.min(left, wallLeft)));
      else replace(slot, { ok: false, stopped: 'time' });
    };
    arm(settings.budgetMs);
  };

  const finish = (slot: Slot, reply: WorkerReply): void => {
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
    task?.resolve(reply);
    dispatch();
  };

  /** Answer the slot's file with `reply`, stop its thread and put a new one in its place. */
  const replace = (slot: Slot, reply: WorkerReply): void => {
    const task = slot.task;
    if (!task) return;
    slot.task = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    void slot.worker.terminate();
    slots.splice(slots.indexOf(slot), 1);
    task.resolve(reply);
    dispatch();
  };

  const dispatch = (): void => {
    while (!closed && queue.length > 0) {
      let slot = slots.find((candidate) => candidate.task === null);
      if (!slot) {
        if (slots.length >= Math.max(1, settings.threads)) return;
        slot = spawn();
        slots.push(slot);
      }
      const task = queue.shift();
      if (!task) return;
      slot.task = task;
      slot.worker.ref();
      slot.worker.postMessage({ path: task.path, bytes: task.bytes });
      startClock(slot);
    }
    for (const slot of slots) if (slot.task === null) slot.worker.unref();
  };

  return {
    analyze(path, bytes) {
      if (closed) return Promise.resolve({ ok: false, error: 'the analysis pool is closed' });
      return new Promise((resolve) => {
        queue.push({ path, bytes, resolve });
        dispatch();
      });
    },
    prestart(files) {
      while (!closed && slots.length < Math.min(files, Math.max(1, settings.threads))) slots.push(spawn());
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.resolve({ ok: false, error: 'the analysis pool is closed' });
      await Promise.all(slots.splice(0).map((slot) => {
        slot.task?.resolve({ ok: false, error: 'the analysis pool is closed' });
        if (slot.timer) clearTimeout(slot.timer);
        return slot.worker.terminate();
      }));
    },
  };
}

/** One thread per core, at most 4 (HARDMAP_THREADS overrides it; see src/cli/env.ts). */
export function defaultThreads(): number {
  return Math.min(availableParallelism(), 4);
}

/** Per-file analysis budget; the issue asks for a diagnostic within 5 s, so 4 s leaves headroom. */
export const DEFAULT_BUDGET_MS = 4000;
/** setTimeout's largest delay: a larger one overflows and fires at once, stopping every file. */
export const MAX_BUDGET_MS = 2 ** 31 - 1;
