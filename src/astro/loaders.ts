import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { storedRunbook } from '../core/stored.ts';
import { analyzeAll, type GuideFileResult, type RunbookFileResult } from '../io/analyze.ts';
import { loadReferenceData } from '../io/catalogs.ts';
import { readPackTree } from '../io/packs.ts';
import { findMarkdownFiles, isRunbookPath } from '../io/files.ts';
import { DEFAULT_BUDGET_MS, defaultThreads } from '../io/pool.ts';
import { encodeEntry, type GuideRef } from './entries.ts';
import { siteRun, type SiteRun } from './integration.ts';
import { safeSlug, slugCollision, uniqueSlugs } from './slugs.ts';

/**
 * The files of one kind: handed over by `hardmap build`, or (`astro dev`, a plain `astro build`)
 * analyzed here through the same road as `hardmap check`, with the same discovery, so model paths,
 * and with them the downloads, match the CLI's byte for byte.
 */
async function analyzed(run: SiteRun, kind: 'guide' | 'runbook'): Promise<Array<GuideFileResult | RunbookFileResult>> {
  if (run.results) return kind === 'guide' ? [...run.results.guides] : [...run.results.runbooks];
  const found = await findMarkdownFiles([run.content], run.cwd);
  if (found.missing.length > 0) throw new Error(`hardmap: content folder not found: ${found.missing.join(', ')}`);
  const files = found.files.filter((path) => isRunbookPath(path) === (kind === 'runbook'));
  const results = await analyzeAll(files, { cwd: run.cwd, reference: loadReferenceData(), check: run.check, threads: Math.min(defaultThreads(), files.length), budgetMs: DEFAULT_BUDGET_MS, cache: true, store: run.store });
  const failure = results.find((result) => result.kind === 'failure');
  if (failure) throw new Error(`hardmap: cannot read ${failure.path}: ${failure.error}`);
  return results.filter((result) => result.kind !== 'failure').sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Drop the entries of files no longer there. */
function keepOnly(context: LoaderContext, ids: readonly string[]): void {
  const keep = new Set(ids);
  for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
}

/**
 * Guides of the content folder as a content collection, one entry per guide, id = published
 * slug. An entry whose digest (the file's cache key, its model's folder and the slug) is
 * unchanged is kept as stored. Entries point at the model (see GuideRef) rather than hold it.
 */
export function guideLoader(): Loader {
  return {
    name: 'hardmap-guides',
    async load(context) {
      const run = siteRun(context.config);
      const results = (await analyzed(run, 'guide')) as GuideFileResult[];
      const slugs = results.map((result) => safeSlug(result.summary.slug, result.path));
      const clash = slugCollision(slugs, results.map((result) => result.path));
      if (clash) throw new Error(`hardmap: ${clash.second} and ${clash.first} would both be published as /guides/${clash.slug}/ [slug-duplicate]: give each guide its own slug`);
      let changed = 0;
      run.guides = [];
      for (const [index, result] of results.entries()) {
        const slug = slugs[index] ?? result.summary.slug;
        const folder = await run.store.folderOf(result.key);
        if (folder === undefined) throw new Error(`hardmap: no model kept for ${result.path}`);
        const ref: GuideRef = { kind: 'guide-ref', key: result.key, folder, path: result.path, requestedSlug: result.summary.slug, slug };
        run.guides.push(ref);
        const digest = context.generateDigest(encodeEntry(ref));
        if (context.store.get(slug)?.digest === digest) continue;
        changed++;
        context.store.set({ id: slug, data: await context.parseData({ id: slug, data: encodeEntry(ref) }), digest });
      }
      keepOnly(context, slugs);
      context.logger.info(`${results.length} guides from ${run.content}: ${changed} new or changed, ${results.length - changed} unchanged${run.results ? ' (analyzed by hardmap build)' : ''}`);
    },
  };
}

/**
 * Runbooks (`runbooks/` inside the content folder) as a collection, id = published slug. They
 * are few and small, so each entry holds the runbook; their rules need the guides and run once
 * both collections are loaded.
 */
export function runbookLoader(): Loader {
  return {
    name: 'hardmap-runbooks',
    async load(context) {
      const run = siteRun(context.config);
      const stored = ((await analyzed(run, 'runbook')) as RunbookFileResult[]).map((result) => storedRunbook(result.parsed));
      const slugs = uniqueSlugs(stored.map((entry) => safeSlug(entry.requestedSlug, entry.runbook.path)));
      for (const [index, entry] of stored.entries()) {
        const slug = slugs[index] ?? entry.requestedSlug;
        const data = encodeEntry(slug === entry.requestedSlug ? entry : { ...entry, runbook: { ...entry.runbook, slug } });
        const digest = context.generateDigest(data);
        if (context.store.get(slug)?.digest === digest) continue;
        context.store.set({ id: slug, data: await context.parseData({ id: slug, data }), digest });
      }
      keepOnly(context, slugs);
    },
  };
}

/** One entry, `site`: the check options, content commit and date the pages and downloads use. */
export function siteLoader(): Loader {
  return {
    name: 'hardmap-site',
    async load(context) {
      const run = siteRun(context.config);
      const packs = run.pages.packs ?? (run.packsRoot ? (await readPackTree(run.packsRoot, run.cwd)).tree : null);
      const data = encodeEntry({ ...run.pages, packs, packsDir: packs ? resolve(run.cwd, packs.root) : null });
      context.store.set({ id: 'site', data: await context.parseData({ id: 'site', data }), digest: context.generateDigest(data) });
    },
  };
}
