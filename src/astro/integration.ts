import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// The framework registry (mappings/frameworks/) must be installed before the config hook parses
// any guide (the changes page diffs the last two content revisions there).
import '../io/registry.ts';
import type { CheckOptions } from '../core/rules/run-rules.ts';
import type { GuideFileResult, RunbookFileResult } from '../io/analyze.ts';
import { loadConfig, type Config } from '../io/config.ts';
import { relative, resolve as resolvePath } from 'node:path';
import { contentChanges, type ContentChanges } from '../io/content-history.ts';
import { contentCommit } from '../io/git.ts';
import { writeCrawlerFiles } from './sitemap.ts';
import { createModelStore, type ModelStore } from '../io/model-store.ts';
import type { PackTree } from '../core/packs/model.ts';
import { resolvePacksRoot } from '../io/packs.ts';
import { join } from 'node:path';
import type { GuideRef } from './entries.ts';
import { copyDownloads, DOWNLOADS_DIR, startDownloads } from './site-downloads.ts';

/** Results handed over by `hardmap build`, which has just analyzed the content: the loaders read no file. */
export interface SiteResults {
  guides: readonly GuideFileResult[];
  runbooks: readonly RunbookFileResult[];
}

export interface HardmapOptions {
  /** The guide collection: a folder, relative to `cwd`. */
  content: string;
  /** The folder paths are relative to and the content commit is read in (default: Astro's root). */
  cwd?: string;
  /** hardmap's config, read once by the caller (default: read from `cwd`). */
  config?: Config;
  /** Where the guides' models are (default: a store under node_modules/.cache/hardmap/models). */
  store?: ModelStore;
  results?: SiteResults;
  /** SOURCE_DATE_EPOCH for the downloads, as validated by the CLI. */
  epoch?: string;
  /** The code packs folder, relative to `cwd` (default: the config's `packs`, else `packs/` beside the content folder). */
  packs?: string;
  /** The pack tree `hardmap build` has just read for its check (null: the collection has none). */
  packTree?: PackTree | null;
  /** Where the downloads are made and kept, to be reused for unchanged guides (default: under node_modules/.cache/hardmap/downloads; `hardmap build` passes one per output folder, and a fresh one for --no-cache). */
  downloadsCache?: string;
  /** False for a build from scratch (`--no-cache`): the "what changed" diff is computed, not read from its cache. */
  cache?: boolean;
}

/** The integration's options with every default filled in, as the loaders see them. */
export interface SiteRun {
  content: string;
  cwd: string;
  check: CheckOptions;
  store: ModelStore;
  results: SiteResults | null;
  /** Where the packs are, when the loaders read them themselves. */
  packsRoot: string | null;
  /** What the pages need besides the entries: the same for every page, so one entry of the `hardmap` collection. */
  pages: SitePages;
  /** The guides as the guide loader published them, for the downloads (written outside Astro's pages). */
  guides: GuideRef[];
  /** Where the downloads are made and kept between builds. */
  downloadsCache: string;
}

export interface SitePages {
  check: CheckOptions;
  contentCommit: string | null;
  epoch: string | null;
  /** The collection's code packs, or null when it has none (filled in by the site loader when not given). */
  packs: PackTree | null;
  /** The packs folder as an absolute path, for the pack downloads (read at build time), or null. */
  packsDir: string | null;
  publish: SitePublish;
  /** The mapping diff between the last two revisions of the content, for the "what changed" page. */
  changes: ContentChanges;
  /** The list of downloads (paths, sizes) the integration writes before the pages render, for the downloads page. */
  downloads: string;
}

/** Where the site lives and where its guides can be edited, from the config's `site` block. */
export interface SitePublish {
  /** The site's absolute URL with a trailing slash, or null when the config names none. */
  url: string | null;
  /** Prefix of a guide's edit link; the guide's path inside the content folder is appended. Null without a repository. */
  editBase: string | null;
  /** The content folder relative to `cwd`, as guide paths in the model are: stripped before appending to `editBase`. */
  contentRoot: string;
}

/** The config's `site` block resolved for the pages: the repository's edit URL in GitHub's and GitLab's form (`/edit/<branch>/<path>`). */
export function sitePublish(config: Config, content: string, cwd: string): SitePublish {
  const contentRoot = relative(cwd, content).split('\\').join('/');
  const { url, repository, branch, contentPath } = config.site;
  const folder = (contentPath ?? contentRoot).replace(/^\.?\/+|\/+$/g, '');
  return {
    url: url ? url.replace(/\/?$/, '/') : null,
    editBase: repository ? `${repository.replace(/\/+$/, '')}/edit/${branch}/${folder ? `${folder}/` : ''}` : null,
    contentRoot,
  };
}

const NAME = 'hardmap';
// A hook of our own: Astro keeps an integration's hooks as they are, so the loaders find their
// options through the config Astro hands them (`context.config.integrations`), not through a global.
const OPTIONS_HOOK = 'hardmap:site';

/**
 * The site's integration: registered in astro.config.mjs (`astro dev`, `astro build`) and passed
 * by `hardmap build` with the results it has just computed. The content loaders
 * (astro/loaders.ts) take everything from it; when it was given no results they run the same
 * analysis road as the CLI themselves.
 */
export function hardmapIntegration(options: HardmapOptions): AstroIntegration {
  let run: SiteRun | null = null;
  let downloads: Promise<ReadonlyMap<string, string>> | null = null;
  // The downloads thread's report, printed once the pages are done rather than between their lines.
  const downloadsLog: string[] = [];
  const resolve = (root: string): SiteRun => {
    if (run) return run;
    const cwd = options.cwd ?? root;
    const config = options.config ?? loadConfig(cwd).config;
    const check: CheckOptions = { rules: config.rules, quickref: config.quickref.mode };
    const content = resolvePath(cwd, options.content);
    const packsRoot = options.packTree === undefined ? (resolvePacksRoot({ cwd, explicit: options.packs, configured: config.packs, content: [options.content] })?.path ?? null) : null;
    const downloadsCache = options.downloadsCache ?? DOWNLOADS_DIR;
    const pages: SitePages = { check, contentCommit: contentCommit(cwd), epoch: options.epoch ?? null, publish: sitePublish(config, content, cwd), changes: contentChanges(content, options.cache === false ? { cacheDir: null } : {}), packs: options.packTree ?? null, packsDir: null, downloads: join(downloadsCache, 'downloads.json') };
    run = { content: options.content, cwd, check, store: options.store ?? createModelStore(), results: options.results ?? null, packsRoot, pages, guides: [], downloadsCache };
    return run;
  };
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': ({ config }) => {
        resolve(fileURLToPath(config.root));
      },
      // After the content sync (the guides' slugs are known), while the pages render: the downloads page waits for the list.
      'astro:build:start': () => {
        if (run) downloads = startDownloads(run, (message) => downloadsLog.push(message));
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!run) return;
        await writeCrawlerFiles(dir, run.pages.publish, pages.map((page) => page.pathname), (message) => logger.info(message));
        if (downloads) {
          const files = await downloads;
          for (const message of downloadsLog.splice(0)) logger.info(message);
          await copyDownloads(files, fileURLToPath(new URL('downloads/', dir)));
        }
      },
      [OPTIONS_HOOK]: resolve,
    },
  };
}

/** The run of the hardmap integration in an Astro config, for the loaders. */
export function siteRun(config: { root: URL; integrations: ReadonlyArray<{ name: string; hooks: object }> }): SiteRun {
  const integration = config.integrations.find((candidate) => candidate.name === NAME);
  const hook = (integration?.hooks as Record<string, unknown> | undefined)?.[OPTIONS_HOOK];
  if (typeof hook !== 'function') throw new Error('hardmap: the content loaders need hardmapIntegration() in the Astro config');
  return (hook as (root: string) => SiteRun)(fileURLToPath(config.root));
}
