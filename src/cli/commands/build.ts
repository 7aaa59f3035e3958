import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { siteConfig } from '../../astro/site-config.ts';
import type { GuideFileResult, RunbookFileResult } from '../../io/analyze.ts';
import { loadConfig, type Config } from '../../io/config.ts';
import { contentCommit } from '../../io/git.ts';
import { createModelStore } from '../../io/model-store.ts';
import { astroCacheDir, prepareSiteOut, publishSite, stagingFolder } from '../../io/site-out.ts';
import { inputsHash, isUpToDate, writeStamp } from '../build-stamp.ts';
import { EXIT, UsageError, type CliContext } from '../context.ts';
import { sourceDateEpoch } from '../env.ts';
import { toolInfo } from '../../io/tool-info.ts';
import { checkCommand } from './check.ts';
import type { PackTree } from '../../core/packs/model.ts';
import { resolvePacksRoot } from '../../io/packs.ts';

export const BUILD_HELP = `Usage: hardmap build [--content DIR] [--packs DIR] [--strict] [--no-cache]

Check the content, then build the static site into dist/: guide, control, runbook, framework,
matrix and status pages, the downloads (CSV, XLSX, JSON, OSCAL, produced by the same code as
\`hardmap export\`) and the Pagefind search index. Guides with errors are still published, with
their diagnostics on the status page, unless --strict. When nothing changed since the last build
(content, config, hardmap, the site, the output folder), the build is skipped.

Options:
  --content <dir>   guide collection to build (default: content)
  --packs <dir>     code packs folder (default: hardmap.config \`packs\`, else packs/ beside
                    the content folder when there is one), found by the same rule as check
  --strict          stop before building when the check finds errors
  --no-cache        build from scratch: no check cache, no content-layer entries from an earlier
                    build (Astro's cache goes to a temporary folder, removed afterwards), and
                    no up-to-date skip
  -h, --help
`;

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((entry) => String(entry).endsWith('index.html')).length;
}

/** From the bytes the check analyzed: the files are not read again. */
function hashInputs(results: readonly (GuideFileResult | RunbookFileResult)[], content: string, out: string, config: Config, context: CliContext, packs: PackTree | null): string {
  const files = results.map((result) => ({
    path: result.path,
    // A file over the limit is never read: its size stands for its bytes.
    bytes: 'tooLarge' in result && result.tooLarge ? new TextEncoder().encode(`over the limit: ${result.tooLarge.size}`) : result.bytes,
  }));
  // The packs by path and hash: a changed pack file changes the pages that show it.
  const packFiles = packs ? packs.packs.flatMap((pack) => pack.files.map((file) => `${file.path}\u0000${file.sha256}`)) : [];
  return inputsHash({ files, contentDir: content, outDir: out, contentCommit: contentCommit(ROOT), config: JSON.stringify({ config, packs: packs?.root ?? null, packFiles }), version: toolInfo().version });
}

/** check, then Astro's build() in this process, with the check's results handed to the site's integration. */
export async function buildCommand(argv: string[], context: CliContext): Promise<number> {
  const { values } = parseArgs({ args: argv, allowNegative: true, options: { content: { type: 'string' }, packs: { type: 'string' }, strict: { type: 'boolean' }, cache: { type: 'boolean', default: true }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    context.stdout.write(BUILD_HELP);
    return EXIT.ok;
  }
  // Checked before the check and Astro run, rather than failing the downloads halfway through.
  sourceDateEpoch(context.env);
  const content = resolve(context.cwd, values.content ?? 'content');
  // The check report goes to stderr so stdout carries only the build result.
  let shared = 0;
  const { config } = loadConfig(context.cwd);
  const store = createModelStore();
  let results: { guides: readonly GuideFileResult[]; runbooks: readonly RunbookFileResult[] } = { guides: [], runbooks: [] };
  let packTree: PackTree | null = null;
  try {
    // Paths relative to the checkout, wherever the command runs: the site (its pages, its
    // downloads and their content commit) is then the same from any working directory.
    // Found from the caller's working directory (the check runs from the checkout), named relative to the checkout.
    const packsRoot = resolvePacksRoot({ cwd: context.cwd, explicit: values.packs, configured: config.packs, content: [content] });
    const packs = packsRoot ? ['--packs', relative(ROOT, resolve(context.cwd, packsRoot.path)) || '.'] : [];
    const checked = await checkCommand([content, ...packs, ...(values.cache ? [] : ['--no-cache'])], { ...context, cwd: ROOT, stdout: context.stderr }, { store, config, shownFrom: context.cwd, observe: (run) => {
      shared = run.diagnostics.filter((d) => d.ruleId === 'slug-duplicate').length;
      results = { guides: run.guides, runbooks: run.runbooks };
      packTree = run.packs;
    } });
    return await buildChecked(checked, { content, shared, results, packTree, store, config, cache: values.cache !== false, strict: values.strict === true }, context);
  } finally {
    store.dispose();
  }
}

interface Checked {
  content: string;
  shared: number;
  results: { guides: readonly GuideFileResult[]; runbooks: readonly RunbookFileResult[] };
  packTree: PackTree | null;
  store: ReturnType<typeof createModelStore>;
  config: Config;
  cache: boolean;
  strict: boolean;
}

async function buildChecked(checked: number, { content, shared, results, packTree, store, config, cache, strict }: Checked, context: CliContext): Promise<number> {
  if (checked === EXIT.usage) throw new UsageError(`cannot check ${content}`);
  // Published anyway, one of two guides would silently own the other's URLs: never build that.
  if (shared > 0) {
    context.stderr.write(`hardmap build: not building: ${shared} ${shared === 1 ? 'guide reuses' : 'guides reuse'} another guide's slug (slug-duplicate above); give each guide its own slug\n`);
    return EXIT.findings;
  }
  if (checked === EXIT.findings && strict) {
    context.stderr.write('hardmap build: the check found errors; not building (--strict)\n');
    return EXIT.findings;
  }
  const out = resolve(ROOT, context.env['HARDMAP_OUT'] ?? 'dist');
  await prepareSiteOut(out, ROOT);
  const inputs = cache ? hashInputs([...results.guides, ...results.runbooks], content, out, config, context, packTree) : null;
  if (inputs && (await isUpToDate(out, inputs))) {
    context.stdout.write(`${out} is up to date: nothing changed since the last build (${await countPages(out)} pages); --no-cache builds anyway\n`);
    return EXIT.ok;
  }
  const { build } = await import('astro');
  const started = Date.now();
  // Astro keeps the content layer's entries and the incremental build's pages in its cacheDir;
  // a fresh one makes the loaders start empty and renders every page.
  const scratchCache = cache ? null : await mkdtemp(join(tmpdir(), 'hardmap-astro-'));
  const cacheDir = scratchCache ?? astroCacheDir(ROOT, out);
  // The downloads of the last build into this folder, reused per guide; never shared with a build into another folder.
  const downloadsCache = scratchCache ? join(scratchCache, 'hardmap-downloads') : `${cacheDir}-downloads`;
  // What remains of the working directory: Astro writes its prerender chunks into the output
  // folder when that folder's path string starts with the working directory, else under the
  // working directory, and the chunks import Astro's packages, which resolve from ROOT only.
  // Astro 7 has no option for that folder (it compares against process.cwd() itself: the
  // fallback came with withastro/astro#4736), so the build runs with ROOT as working directory;
  // nothing else reads it (paths, config and the content commit were resolved from the caller's
  // working directory above and are passed to the integration).
  const cwd = process.cwd();
  const staging = await stagingFolder(ROOT);
  const epoch = sourceDateEpoch(context.env);
  const site = siteConfig({ content, cwd: ROOT, config, store, results, packTree, downloadsCache, cache, ...(epoch === undefined ? {} : { epoch }) }, { outDir: staging, incremental: cache });
  process.chdir(ROOT);
  try {
    await build({ ...site, configFile: false, root: ROOT, logLevel: context.env['HARDMAP_VERBOSE'] ? 'info' : 'warn', cacheDir });
    await publishSite(staging, out);
  } finally {
    process.chdir(cwd);
    await rm(staging, { recursive: true, force: true });
    if (scratchCache) await rm(scratchCache, { recursive: true, force: true });
  }
  if (inputs) await writeStamp(out, inputs);
  const pages = await countPages(out);
  context.stdout.write(`built ${pages} pages from ${content} into ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s\npreview it with: npm run preview\n`);
  return EXIT.ok;
}
