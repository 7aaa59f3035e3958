import { copyFile, link, mkdir, readFile, rm } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPackTree } from '../io/packs.ts';
import { WORKER_HEAP_MB } from '../io/pool.ts';
import type { Download } from './downloads.ts';
import type { DownloadsJob, DownloadsReply } from './downloads-worker.ts';
import type { SiteRun } from './integration.ts';

/** Downloads kept between builds, a folder per set of files (astro/downloads.ts). */
export const DOWNLOADS_DIR = fileURLToPath(new URL('../../node_modules/.cache/hardmap/downloads/', import.meta.url));

/**
 * The builds' downloads lists being made, by list path, for the downloads page to wait on. On
 * globalThis: the page runs from Astro's bundle, which may load this module a second time.
 */
const PENDING = Symbol.for('hardmap.downloads.pending');
const pending = ((globalThis as { [PENDING]?: Map<string, Promise<unknown>> })[PENDING] ??= new Map<string, Promise<unknown>>());

/**
 * The downloads of this build, made (or reused) in the integration rather than as Astro pages: as
 * pages, every file's bytes were computed in getStaticPaths and held in memory until written,
 * and the whole collection's files of a thousand guides are several gigabytes. They are made on
 * a thread of their own (downloads-worker.ts) while the pages render, the models read from the
 * model store as each pass reaches them, never all held. The list the downloads page shows is
 * written when they are done; the page waits for it. Resolves to where each file is, for
 * copying into the output.
 */
export function startDownloads(run: SiteRun, log: (message: string) => void): Promise<ReadonlyMap<string, string>> {
  const list = run.pages.downloads;
  const done = (async () => {
    // A list left by the last build must never be shown for this one.
    await rm(list, { force: true });
    const packs = run.pages.packs ?? (run.packsRoot ? (await readPackTree(run.packsRoot, run.cwd)).tree : null);
    await mkdir(run.downloadsCache, { recursive: true });
    const job: DownloadsJob = { guides: run.guides, check: run.check, contentCommit: run.pages.contentCommit, epoch: run.pages.epoch, packs, cache: run.downloadsCache, list };
    return new Promise<ReadonlyMap<string, string>>((resolve, reject) => {
      // A bounded heap, as the check's threads have: V8 would otherwise let this thread's garbage grow
      // toward its default limit (about 4 GB here) while the main thread renders pages beside it.
      const worker = new Worker(new URL('./downloads-worker.ts', import.meta.url), { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 64, maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      let settled = false;
      worker.on('message', (reply: DownloadsReply) => {
        if (reply.kind === 'log') return log(reply.message);
        settled = true;
        if (reply.kind === 'done') resolve(new Map(reply.folders));
        else reject(new Error(`hardmap: the downloads could not be made: ${reply.message}`));
      });
      worker.on('error', (error) => {
        settled = true;
        reject(new Error(`hardmap: the downloads could not be made: ${error.message}`));
      });
      worker.on('exit', (code) => {
        if (!settled) reject(new Error(`hardmap: the downloads thread stopped (exit code ${code}) before it was done`));
      });
    });
  })();
  // Registered before any page can ask; the build awaits `done` in its last hook, so a failure is reported there.
  pending.set(list, done);
  done.catch(() => undefined);
  return done;
}

/** The list `startDownloads` writes, for the downloads page, once it is written; empty when no build makes one (`astro dev`). */
export async function readDownloads(list: string): Promise<Download[]> {
  await pending.get(list)?.catch(() => undefined);
  return readFile(list, 'utf8').then((text) => JSON.parse(text) as Download[], () => []);
}

/**
 * Each download put at its path under the output's downloads/ folder: a hard link to the kept
 * file where the file system allows one, else a copy. A kept file is never written again (a set
 * is made in a temporary folder and renamed into place, and pruning only unlinks), so the link
 * and the copy hold the same bytes; linking spares copying the collection's files, 13 of the
 * 14 GB of a 1,300-guide site.
 */
export async function copyDownloads(files: ReadonlyMap<string, string>, out: string): Promise<void> {
  let linking = true;
  for (const [path, source] of files) {
    const target = join(out, path);
    await mkdir(dirname(target), { recursive: true });
    if (linking) {
      try {
        await link(source, target);
        continue;
      } catch (error) {
        // Another file system (EXDEV), or one without hard links (EPERM): copy this and every other file.
        if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
        linking = false;
      }
    }
    await copyFile(source, target);
  }
}
