import { parentPort, workerData } from 'node:worker_threads';
import { analyzeGuide } from '../core/check.ts';
import type { CheckOptions } from '../core/rules/run-rules.ts';
import { summarizeGuide } from '../core/summary.ts';
import { loadReferenceData } from './catalogs.ts';
import type { WorkerReply } from './pool.ts';

/**
 * One analysis thread: loads the catalogs once, says it is ready (the pool's per-file clock starts
 * then, not while modules load), then analyzes the bytes it is sent, one file at a time. It never
 * reads a file: the bytes are those the main thread read and hashed, so a result is always
 * cached under the key of the bytes it was made from, even when the file is saved meanwhile.
 */
const { options, models, html } = workerData as { options: CheckOptions; models: boolean; html: boolean };
const reference = loadReferenceData();
// Only the site keeps models: `check` threads never load the HTML renderer.
const { storedGuideJson } = models ? await import('../core/stored.ts') : { storedGuideJson: null };

parentPort?.on('message', (message: { path: string; bytes: Uint8Array }) => {
  let reply: WorkerReply;
  try {
    const { parsed, diagnostics } = analyzeGuide(message.bytes, message.path, reference, options);
    reply = { ok: true, diagnostics, summary: summarizeGuide(parsed.guide), ...(storedGuideJson ? { model: storedGuideJson(parsed, diagnostics, html) } : {}) };
  } catch (error) {
    reply = { ok: false, error: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
  parentPort?.postMessage(reply);
});
parentPort?.postMessage({ ready: true });
