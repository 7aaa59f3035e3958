import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EXPORT_FORMATS, exportDate, exportStreams, type ExportStream } from '../core/export/bundle.ts';
import type { GuideFiles } from '../core/export/collection-parts.ts';
import type { GuideHandle } from '../core/export/guide-handle.ts';
import { sha256 } from '../io/cache.ts';
import { loadReferenceData } from '../io/catalogs.ts';
import { sourceFingerprint } from '../io/source-fingerprint.ts';
import { toolInfo } from '../io/tool-info.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import type { SitePages } from './integration.ts';

type ExportSite = Pick<SitePages, 'contentCommit' | 'epoch'> & Partial<Pick<SitePages, 'packs'>>;

/**
 * The export files of `hardmap export` (no options) or `hardmap export --guide <slug>`, with the
 * very arguments the CLI passes (the content commit of the folder hardmap build ran in, the
 * validated SOURCE_DATE_EPOCH), so a download is byte-identical to the command's output.
 */
export function siteExportStreams(guides: readonly GuideHandle[], site: ExportSite, guide?: string, guideFiles?: GuideFiles): ExportStream[] {
  // Rows and OSCAL documents depend only on the guides selected, so a per-guide export is made
  // from that guide alone (27 times faster over the corpus); the date still comes from all guides.
  const selected = guide === undefined ? guides : guides.filter((entry) => entry.slug === guide);
  return exportStreams(selected, loadReferenceData(), {
    formats: [...EXPORT_FORMATS],
    filter: { frameworks: [], levels: [], guides: guide === undefined ? [] : [guide] },
    contentCommit: site.contentCommit,
    packs: site.packs ?? null,
    date: exportDate(guides, site.epoch ?? undefined),
    generator: toolInfo(),
    title: 'hardmap mapping export',
    ...(guideFiles ? { guideFiles } : {}),
  });
}

/** Export paths are names hardmap chooses, but a download must never land outside its folder. */
export function isSafeExportPath(path: string): boolean {
  return /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/i.test(path) && !path.split('/').includes('..');
}

/** One download as the downloads page lists it: its path under downloads/, its guide (null: the whole collection) and its size. */
export interface Download { path: string; guide: string | null; bytes: number }

/** A guide of the site, with what its downloads are keyed on: the digest of its analyzed source. */
export interface DownloadGuide { slug: string; guide: GuideHandle; digest: string }

/**
 * The downloads of a build, in the order the page lists them: the collection, then each guide.
 * Each set of files (the collection's, one guide's) is written, streaming, into a folder of
 * `cache` named by a hash of everything its bytes depend on: the digests of the guides it
 * covers, the export date, the content commit, hardmap's code and reference data
 * (`sourceFingerprint`), and the packs. A set whose folder exists is reused as it is, so a
 * rebuild after one guide changed makes that guide's files and the collection's, no other.
 */
export async function makeDownloads(guides: readonly DownloadGuide[], site: ExportSite, cache: string, log: (message: string) => void): Promise<{ downloads: Download[]; folders: Map<string, string> }> {
  // File-path order, the order `hardmap export` reads guides in, so the files are byte-identical to the command's.
  const ordered = [...guides].sort((a, b) => (a.guide.path < b.guide.path ? -1 : a.guide.path > b.guide.path ? 1 : 0));
  const handles = ordered.map((entry) => entry.guide);
  const shared = sha256(JSON.stringify([exportDate(handles, site.epoch ?? undefined), site.contentCommit, sourceFingerprint(), sha256(JSON.stringify(site.packs ?? null))]));
  // The guides' sets first: the collection's CSV, JSON and Markdown are copied from their files.
  const made = new Map<string | null, { folder: string; files: Array<{ path: string; bytes: number }> }>();
  let reused = 0;
  const started = performance.now();
  const makeSet = async (guide: string | null, key: string, streams: () => ExportStream[]): Promise<void> => {
    const folder = join(cache, key);
    let listed = await finishedSet(folder);
    if (listed) reused += 1;
    else listed = await writeSet(folder, streams());
    made.set(guide, { folder, files: listed });
  };
  for (const entry of guides) await makeSet(entry.slug, sha256(`${shared}\u0000${entry.slug}\u0000${entry.digest}`), () => siteExportStreams(handles, site, entry.slug));
  const guideFiles: GuideFiles = {
    has: (slug) => made.has(slug),
    read: (slug, file) => readFileSync(join(made.get(slug)?.folder ?? '', file)),
  };
  await makeSet(null, sha256(`${shared}\u0000${ordered.map((entry) => entry.digest).join('\u0000')}`), () => siteExportStreams(handles, site, undefined, guideFiles));
  const sets = [null, ...guides.map((entry) => entry.slug)];
  const downloads: Download[] = [];
  const folders = new Map<string, string>();
  for (const guide of sets) {
    const { folder, files } = made.get(guide) as { folder: string; files: Array<{ path: string; bytes: number }> };
    for (const file of files) {
      const path = guide === null ? file.path : `${guide}/${file.path}`;
      if (!isSafeExportPath(path)) throw new Error(`refusing to write a download outside downloads/: ${path}`);
      downloads.push({ path, guide, bytes: file.bytes });
      folders.set(path, join(folder, file.path));
    }
  }
  log(`downloads: ${sets.length - reused} sets of files made, ${reused} reused from ${cache} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  await prune(cache, new Set([...made.values()].map((set) => basename(set.folder))));
  return { downloads, folders };
}

const MANIFEST = 'files.json';

/** The files of a finished set, or null when there is none (a set is renamed into place only once complete). */
async function finishedSet(folder: string): Promise<Array<{ path: string; bytes: number }> | null> {
  try {
    return JSON.parse(await readFile(join(folder, MANIFEST), 'utf8')) as Array<{ path: string; bytes: number }>;
  } catch {
    return null;
  }
}

async function writeSet(folder: string, streams: readonly ExportStream[]): Promise<Array<{ path: string; bytes: number }>> {
  const temporary = `${folder}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const files: Array<{ path: string; bytes: number }> = [];
    for (const stream of streams) {
      if (!isSafeExportPath(stream.path)) throw new Error(`refusing to write a download outside downloads/: ${stream.path}`);
      const target = join(temporary, stream.path);
      await mkdir(dirname(target), { recursive: true });
      files.push({ path: stream.path, bytes: await writeFileAtomic(target, stream.pieces()) });
      // Read-only: the output's downloads are hard links to these files, and a kept set must never change.
      await chmod(target, 0o444);
    }
    await writeFile(join(temporary, MANIFEST), JSON.stringify(files));
    await rm(folder, { recursive: true, force: true });
    await rename(temporary, folder);
    return files;
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}

/** Sets no build of this content uses any more (the guide changed since): the cache keeps only the last build's. */
async function prune(cache: string, keep: ReadonlySet<string>): Promise<void> {
  for (const name of await readdir(cache).catch(() => [] as string[])) {
    if (/^[0-9a-f]{64}$/.test(name) && !keep.has(name)) await rm(join(cache, name), { recursive: true, force: true });
  }
}
