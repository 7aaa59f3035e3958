import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeGuide } from '../core/check.ts';
import type { CheckOptions } from '../core/rules/run-rules.ts';
import { summarizeGuide } from '../core/summary.ts';
import { loadReferenceData } from './catalogs.ts';

/** One analysis thread: loads the catalogs once, then analyzes the files it is sent. */
const { cwd, options } = workerData as { cwd: string; options: CheckOptions };
const reference = loadReferenceData();

parentPort?.on('message', async (message: { id: number; path: string }) => {
  try {
    const bytes = await readFile(isAbsolute(message.path) ? message.path : join(cwd, message.path));
    const result = analyzeGuide(bytes, message.path, reference, options);
    parentPort?.postMessage({ id: message.id, ok: true, diagnostics: result.diagnostics, summary: summarizeGuide(result.parsed.guide) });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, ok: false, error: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
  }
});
