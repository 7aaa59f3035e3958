import { watch } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic } from '../../core/model/diagnostic.ts';
import { didYouMean } from '../../core/suggest.ts';
import { allRuleMetas } from '../../core/rules/registry.ts';
import { checkCollection } from '../../core/rules/run-collection.ts';
import { compareDiagnostics, type CheckOptions } from '../../core/rules/run-rules.ts';
import { loadReferenceData } from '../../io/catalogs.ts';
import { analyzeFiles, type AnalyzeOptions, type GuideFileResult, type RunbookFileResult } from '../../io/analyze.ts';
import { createCheckSession, warmSession, type CheckSession } from '../../io/session.ts';
import type { ModelStore } from '../../io/model-store.ts';
import { checkRunbook } from '../../core/rules/runbook/run.ts';
import { loadConfig, type Config } from '../../io/config.ts';
import { findMarkdownFiles, isRunbookPath } from '../../io/files.ts';
import { EXIT, UsageError, type CliContext } from '../context.ts';
import { progressReporter } from '../progress.ts';
import { formatGithub } from '../reporters/github.ts';
import { formatJson } from '../reporters/json.ts';
import { formatSarif } from '../reporters/sarif.ts';
import { formatStylish } from '../reporters/stylish.ts';
import { formatSummary, summarize, type RunSummary } from '../reporters/summary.ts';
import { reportDiscovery } from '../skipped-links.ts';
import { budgetFromEnv, threadsFromEnv } from '../env.ts';
import { explainCode } from '../io-error.ts';
import { visible } from '../terminal.ts';
import { toolInfo } from '../../io/tool-info.ts';
import type { PackTree } from '../../core/packs/model.ts';
import { checkPacks } from '../../core/rules/packs/run.ts';
import { readPackTree, resolvePacksRoot } from '../../io/packs.ts';
import { shellSyntax, ShellUnavailableError } from '../../io/packs-shell.ts';

export const CHECK_HELP = `Usage: hardmap check [paths...] [options]

Check guides and runbooks: frontmatter, structure, numbering, levels, framework labels and IDs
against the catalogs, crosswalk support, quick references, anchors, changelog, raw HTML.

Options:
  --format <name>      stylish (default), json, sarif, github (default when GITHUB_ACTIONS=true)
  --max-warnings <n>   exit 1 when there are more than n warnings
  --config <path>      config file (default: hardmap.config.json|yaml in the current folder)
  --packs <dir>        the code packs folder (default: hardmap.config \`packs\`, else packs/ beside
                       the first content folder when there is one)
  --packs-deep         also run \`bash -n\` on the packs' shell scripts (a process per file)
  --watch              check again whenever a file changes (unchanged files come from the cache)
  --no-cache           do not read or write node_modules/.cache/hardmap
  -h, --help           show this help

Exit codes: 0 clean, 1 errors (or warnings over --max-warnings), 2 usage or I/O error.
Threads: HARDMAP_THREADS=n (default: one per core, at most 4; 0 analyzes in the main thread,
without the time budget). Each file is stopped after HARDMAP_FILE_BUDGET_MS (default 4000) ms
or 1536 MB of heap and reported as an input-limit error.
`;

const FORMATS = ['stylish', 'json', 'sarif', 'github'];

const threading = (context: CliContext): Pick<AnalyzeOptions, 'threads' | 'budgetMs'> => ({ threads: threadsFromEnv(context.env), budgetMs: budgetFromEnv(context.env) });

interface Run {
  diagnostics: Diagnostic[];
  summary: RunSummary;
  failures: number;
  /**
   * The files with findings, whose text (decoded from the bytes that were analyzed, on first use)
   * the stylish reporter's code frames need. Only that reporter decodes it: in `--watch` over 1,300
   * guides, decoding every file on every save took longer than the re-check itself.
   */
  sources: ReadonlyArray<{ path: string; readonly text: string }>;
  guides: GuideFileResult[];
  runbooks: RunbookFileResult[];
  packs: PackTree | null;
}

/** Where the packs are for this run, and whether `bash -n` runs over them. */
interface PacksRun {
  root: string | null;
  deep: boolean;
}

async function runOnce(files: readonly string[], options: CheckOptions, context: CliContext, run: Pick<AnalyzeOptions, 'cache' | 'store' | 'session'>, packsRun: PacksRun = { root: null, deep: false }): Promise<Run> {
  const progress = progressReporter(context.stderr);
  const reference = loadReferenceData();
  const guides: GuideFileResult[] = [];
  const runbooks: RunbookFileResult[] = [];
  let failures = 0;
  for await (const result of analyzeFiles(files, { ...run, ...threading(context), cwd: context.cwd, reference, check: options, onProgress: progress.update })) {
    if (result.kind === 'guide') guides.push(result);
    else if (result.kind === 'runbook') runbooks.push(result);
    else {
      failures++;
      progress.done();
      context.stderr.write(`hardmap: cannot read ${visible(result.path)}: ${visible(explainCode(result.error))}\n`);
    }
  }
  progress.done();
  guides.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const summaries = guides.map((outcome) => outcome.summary);
  // Runbooks are checked after the guides, since `applies_to` must resolve against them.
  const runbookDiagnostics = runbooks.flatMap((result) => checkRunbook(result.parsed, summaries, options));
  const packs = packsRun.root === null ? null : await readPacks(packsRun.root, context);
  const shell = packs && packsRun.deep ? shellSyntax(packs, context.cwd) : null;
  const packDiagnostics = packs ? checkPacks(summaries, packs, reference, options, shell) : [];
  const diagnostics = [...guides.flatMap((outcome) => outcome.diagnostics), ...checkCollection(summaries, reference, options), ...packDiagnostics, ...runbookDiagnostics].sort(compareDiagnostics);
  // Code frames need the text of files with findings only: decoded from the bytes already read.
  const withFindings = new Set(diagnostics.map((d) => d.file));
  const sources = [...guides, ...runbooks].filter((result) => withFindings.has(result.path));
  return { diagnostics, summary: summarize(diagnostics, guides.length, summaries.reduce((sum, s) => sum + s.controls.length, 0)), failures, sources, guides, runbooks, packs };
}

/** The pack tree, or a usage error naming the folder; skipped links and oversized files are named on stderr. */
async function readPacks(root: string, context: CliContext): Promise<PackTree> {
  try {
    const { tree, skipped } = await readPackTree(root, context.cwd);
    for (const path of skipped) context.stderr.write(`hardmap: skipped ${visible(`${root}/${path}`)} (a symbolic link, or a pack file over 1 MiB)\n`);
    return tree;
  } catch (error) {
    throw new UsageError(`cannot read the packs folder ${visible(root)}: ${(error as Error).message}`);
  }
}

async function render(analyzed: Run, format: string, context: CliContext, shown: (path: string) => string = (path) => path): Promise<string> {
  const diagnostics = analyzed.diagnostics.map((d) => ({ ...d, file: shown(d.file) }));
  if (format === 'json') return formatJson(diagnostics, analyzed.summary);
  if (format === 'sarif') return formatSarif(diagnostics, allRuleMetas(), toolInfo());
  if (format === 'github') return formatGithub(diagnostics) + formatSummary(analyzed.summary);
  const sources = new Map(analyzed.sources.map((file) => [shown(file.path), file.text]));
  return formatStylish(diagnostics, sources, { color: Boolean(context.stdout.isTTY) && !context.env['NO_COLOR'] }) + formatSummary(analyzed.summary);
}

/** What `hardmap build` asks of the check: keep the models there, and see the results. */
export interface CheckHandoff {
  store: ModelStore;
  /** Read once by the build, for the check and the site. */
  config: Config;
  /** Each run's diagnostics and guide results (the build refuses some findings whatever --strict says). */
  observe: (run: { diagnostics: readonly Diagnostic[]; guides: readonly GuideFileResult[]; runbooks: readonly RunbookFileResult[]; packs: PackTree | null }) => void;
  /**
   * The user's working directory, when the check runs from another one (the build analyzes with
   * checkout-relative paths, so the site is the same wherever it is built): messages name files
   * relative to this, as every other command does.
   */
  shownFrom?: string;
}

/** A path of the run as the user should read it: relative to `shownFrom` when that differs. */
function shownPath(path: string, cwd: string, shownFrom: string | undefined): string {
  if (shownFrom === undefined || shownFrom === cwd) return path;
  const shown = relative(shownFrom, resolve(cwd, path));
  return shown === '' ? '.' : shown;
}

export async function checkCommand(argv: string[], context: CliContext, handoff?: CheckHandoff): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    options: { format: { type: 'string' }, 'max-warnings': { type: 'string' }, config: { type: 'string' }, packs: { type: 'string' }, 'packs-deep': { type: 'boolean' }, watch: { type: 'boolean' }, cache: { type: 'boolean', default: true }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    context.stdout.write(CHECK_HELP);
    return EXIT.ok;
  }
  const format = values.format ?? (context.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'stylish');
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format \`${format}\`, expected stylish, json, sarif or github${didYouMean(format, FORMATS)}`);
  const rawMax = values['max-warnings'];
  // Digits only: Number() would take '', '1e3', '0x10' and ' 5 ' as numbers.
  if (rawMax !== undefined && !/^\d+$/.test(rawMax)) throw new UsageError(`--max-warnings expects a whole number of 0 or more, got \`${rawMax}\``);
  const maxWarnings = rawMax === undefined ? Number.POSITIVE_INFINITY : Number(rawMax);
  // Read once up front, so a bad value is a usage error before any work, not after the walk.
  threading(context);
  const { config } = handoff ? { config: handoff.config } : loadConfig(context.cwd, values.config);
  const roots = positionals.length > 0 ? positionals : config.content;
  const found = await findMarkdownFiles(roots, context.cwd);
  if (found.missing.length > 0) throw new UsageError(`no such file or folder: ${found.missing.join(', ')}`);
  // Reported from this first walk only, so --watch does not repeat them on every change.
  const shown = (path: string): string => shownPath(path, context.cwd, handoff?.shownFrom);
  reportDiscovery({ skippedLinks: found.skippedLinks.map(shown), unreadable: found.unreadable.map((file) => ({ ...file, path: shown(file.path) })) }, context);
  if (found.files.length === 0 && found.unreadable.length === 0) throw new UsageError(`no Markdown guides found in ${roots.join(', ')}`);
  const options: CheckOptions = { rules: config.rules, quickref: config.quickref.mode };
  const packsRoot = resolvePacksRoot({ cwd: context.cwd, explicit: values.packs, configured: config.packs, content: roots });
  if (values['packs-deep'] && !packsRoot) throw new UsageError('--packs-deep: no packs folder (give --packs DIR, or `packs` in hardmap.config)');
  const packsRun: PacksRun = { root: packsRoot?.path ?? null, deep: values['packs-deep'] === true };
  const session: CheckSession | undefined = values.watch ? createCheckSession() : undefined;
  const once = async (): Promise<number> => {
    const current = await findMarkdownFiles(roots, context.cwd);
    let run: Run;
    try {
      run = await runOnce(current.files, options, context, { cache: values.cache !== false, ...(handoff ? { store: handoff.store } : {}), ...(session ? { session } : {}) }, packsRun);
    } catch (error) {
      if (error instanceof ShellUnavailableError) throw new UsageError(error.message);
      throw error;
    }
    context.stdout.write(await render(run, format, context, shown));
    handoff?.observe({ diagnostics: run.diagnostics, guides: run.guides, runbooks: run.runbooks, packs: run.packs });
    if (run.failures > 0 || current.unreadable.length > 0) return EXIT.usage;
    return run.summary.errors > 0 || run.summary.warnings > maxWarnings ? EXIT.findings : EXIT.ok;
  };
  const code = await once();
  if (!session) return code;
  const [first] = session.seen;
  const warm = first && session.results.get(first[1].key);
  if (first && warm) await warmSession(session, first[0], warm.bytes, options, threading(context));
  return watchAndRecheck(roots, context, once);
}

/** Re-run on every change, debounced; only changed files miss the cache, so a run is fast. */
function watchAndRecheck(roots: readonly string[], context: CliContext, once: () => Promise<number>): Promise<number> {
  return new Promise(() => {
    let timer: NodeJS.Timeout | undefined;
    let running = Promise.resolve(0);
    const trigger = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        running = running.then(async () => {
          const started = Date.now();
          context.stdout.write(`\n[hardmap] change detected, checking…\n`);
          const code = await once();
          context.stdout.write(`[hardmap] checked in ${Date.now() - started} ms\n`);
          return code;
        });
      }, 30);
    };
    for (const root of roots) watch(isAbsolute(root) ? root : join(context.cwd, root), { recursive: true }, trigger);
    context.stderr.write(`watching ${roots.join(', ')} (Ctrl-C to stop)\n`);
  });
}
