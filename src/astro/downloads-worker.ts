import { writeFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import '../io/registry.ts';
import type { PackTree } from '../core/packs/model.ts';
import type { CheckOptions } from '../core/rules/run-rules.ts';
import { makeDownloads } from './downloads.ts';
import type { GuideRef } from './entries.ts';
import { storedGuideHandle } from './guide-handles.ts';

/** What the build hands the downloads thread: everything is plain data, the models stay in the store. */
export interface DownloadsJob {
  guides: GuideRef[];
  check: CheckOptions;
  contentCommit: string | null;
  epoch: string | null;
  packs: PackTree | null;
  cache: string;
  /** Where the list for the downloads page is written. */
  list: string;
}

export type DownloadsReply =
  | { kind: 'log'; message: string }
  | { kind: 'done'; folders: Array<[string, string]> }
  | { kind: 'failed'; message: string };

/**
 * The downloads, made on a thread of their own while the main thread renders the pages: on two
 * cores the collection's files (the largest part of a build's output) no longer wait for the
 * pages or hold them up. Reads each model from the model store as the export reaches it.
 */
const job = workerData as DownloadsJob;
const post = (reply: DownloadsReply): void => parentPort?.postMessage(reply);
try {
  const guides = job.guides.map((ref) => ({ slug: ref.slug, digest: ref.key, guide: storedGuideHandle(ref, job.check) }));
  const { downloads, folders } = await makeDownloads(guides, { contentCommit: job.contentCommit, epoch: job.epoch, packs: job.packs }, job.cache, (message) => post({ kind: 'log', message }));
  await writeFile(job.list, JSON.stringify(downloads));
  post({ kind: 'done', folders: [...folders] });
} catch (error) {
  post({ kind: 'failed', message: (error as Error).message });
}
