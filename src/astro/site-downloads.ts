import { copyFile, link, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPackTree } from '../io/packs.ts';
import { makeDownloads, type Download } from './downloads.ts';
import { storedGuideHandle } from './guide-handles.ts';
import type { SiteRun } from './integration.ts';

/** Downloads kept between builds, a folder per set of files (astro/downloads.ts). */
export const DOWNLOADS_DIR = fileURLToPath(new URL('../../node_modules/.cache/hardmap/downloads/', import.meta.url));

/**
 * The downloads of this build, made (or reused) in the integration rather than as Astro pages: as
 * pages, every file's bytes were computed in getStaticPaths and held in memory until written,
 * and the whole collection's files of a thousand guides are several gigabytes. The models are
 * read from the model store as each pass reaches them, never all held. Writes the list
 * the downloads page shows; returns where each file is, for copying into the output.
 */
export async function prepareDownloads(run: SiteRun, log: (message: string) => void): Promise<ReadonlyMap<string, string>> {
  const guides = run.guides.map((ref) => ({ slug: ref.slug, digest: ref.key, guide: storedGuideHandle(ref, run.check) }));
  const packs = run.pages.packs ?? (run.packsRoot ? (await readPackTree(run.packsRoot, run.cwd)).tree : null);
  await mkdir(run.downloadsCache, { recursive: true });
  const { downloads, folders } = await makeDownloads(guides, { contentCommit: run.pages.contentCommit, epoch: run.pages.epoch, packs }, run.downloadsCache, log);
  await writeFile(run.pages.downloads, JSON.stringify(downloads));
  return folders;
}

/** The list `prepareDownloads` wrote, for the downloads page; empty when no build wrote one (`astro dev`). */
export async function readDownloads(list: string): Promise<Download[]> {
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
