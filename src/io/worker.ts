import { isAbsolute, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeGuide } from '../core/check.ts';
import type { CheckOptions } from '../core/rules/run-rules.ts';
import { summarizeGuide } from '../core/summary.ts';
import { storedGuideJson } from '../site/stored.ts';
import { loadReferenceData } from './catalogs.ts';
import type { WorkerReply } from './pool.ts';
import { readInput, tooLargeMessage } from './read-input.ts';

/**
 * One analysis thread: loads the catalogs once, says it is ready (the pool's per-file clock starts
 * then, not while modules load), then analyzes the files it is sent, one at a time.
 */
const { cwd, options, models } = workerData as { cwd: string; options: CheckOptions; models: boolean };
const reference = loadReferenceData();

parentPort?.on('message', async (message: { path: string }) => {
  let reply: WorkerReply;
  try {
    const read = await readInput(isAbsolute(message.path) ? message.path : join(cwd, message.path));
    // Under the limit when the main thread read it; over it now only if it grew since.
    if (!read.ok) throw new Error(tooLargeMessage(read));
    const { parsed, diagnostics } = analyzeGuide(read.bytes, message.path, reference, options);
    reply = { ok: true, diagnostics, summary: summarizeGuide(parsed.guide), ...(models ? { model: storedGuideJson(parsed, diagnostics) } : {}) };
  } catch (error) {
    reply = { ok: false, error: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
  parentPort?.postMessage(reply);
});
parentPort?.postMessage({ ready: true });
