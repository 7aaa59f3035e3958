import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../core/model/diagnostic.ts';
import type { CheckOptions } from '../core/rules/run-rules.ts';
import type { GuideSummary } from '../core/summary.ts';

export interface AnalyzedFile {
  path: string;
  diagnostics: Diagnostic[];
  summary: GuideSummary;
}

type Reply = { id: number; ok: true; diagnostics: Diagnostic[]; summary: GuideSummary } | { id: number; ok: false; error: string };

/**
 * Analyze files on worker threads, one per core (at most 4, since each holds the catalogs), each
 * taking the next file as soon as it is free. A larger young generation halves the time spent in
 * scavenges: micromark allocates many short-lived tokens.
 */
export async function analyzeInWorkers(paths: readonly string[], cwd: string, options: CheckOptions, threads: number, onDone: () => void): Promise<{ results: AnalyzedFile[]; failures: Array<{ path: string; error: string }> }> {
  const results: AnalyzedFile[] = [];
  const failures: Array<{ path: string; error: string }> = [];
  const count = Math.max(1, Math.min(threads, paths.length));
  let next = 0;
  await Promise.all(Array.from({ length: count }, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { cwd, options }, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    const send = (): void => {
      if (next >= paths.length) {
        void worker.terminate().then(() => resolve());
        return;
      }
      const id = next++;
      worker.postMessage({ id, path: paths[id] });
    };
    worker.on('message', (reply: Reply) => {
      const path = paths[reply.id] ?? '';
      if (reply.ok) results.push({ path, diagnostics: reply.diagnostics, summary: reply.summary });
      else failures.push({ path, error: reply.error });
      onDone();
      send();
    });
    worker.on('error', reject);
    send();
  })));
  return { results, failures };
}

export function defaultThreads(env: Readonly<Record<string, string | undefined>>): number {
  const configured = Number(env['HARDMAP_THREADS']);
  return Number.isInteger(configured) && configured >= 0 ? configured : Math.min(availableParallelism(), 4);
}
