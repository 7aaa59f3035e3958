import { watch } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic } from '../../core/model/diagnostic.ts';
import { didYouMean } from '../../core/suggest.ts';
import { ALL_RULE_METAS } from '../../core/rules/registry.ts';
import { checkCollection } from '../../core/rules/run-collection.ts';
import { compareDiagnostics, type CheckOptions } from '../../core/rules/run-rules.ts';
import { loadReferenceData } from '../../io/catalogs.ts';
import { checkFiles, checkRunbookFiles, createCheckSession, warmSession, type CheckRunOptions } from '../../io/check-files.ts';
import { loadConfig } from '../../io/config.ts';
import { findMarkdownFiles, isRunbookPath } from '../../io/files.ts';
import { readInput } from '../../io/read-input.ts';
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
import { toolInfo } from '../tool.ts';

export const CHECK_HELP = `Usage: hardmap check [paths...] [options]

Check guides and runbooks: frontmatter, structure, numbering, levels, framework labels and IDs
against the catalogs, crosswalk support, quick references, anchors, changelog, raw HTML.

Options:
  --format <name>      stylish (default), json, sarif, github (default when GITHUB_ACTIONS=true)
  --max-warnings <n>   exit 1 when there are more than n warnings
  --config <path>      config file (default: hardmap.config.json|yaml in the current folder)
  --watch              check again whenever a file changes (unchanged files come from the cache)
  --no-cache           do not read or write node_modules/.cache/hardmap
  -h, --help           show this help

Exit codes: 0 clean, 1 errors (or warnings over --max-warnings), 2 usage or I/O error.
Threads: HARDMAP_THREADS=n (default: one per core, at most 4; 0 analyzes in the main thread,
without the time budget). Each file is stopped after HARDMAP_FILE_BUDGET_MS (default 4000) ms
or 1536 MB of heap and reported as an input-limit error.
`;

const FORMATS = ['stylish', 'json', 'sarif', 'github'];

const threading = (context: CliContext): Pick<CheckRunOptions, 'threads' | 'budgetMs'> => ({ threads: threadsFromEnv(context.env), budgetMs: budgetFromEnv(context.env) });

interface Run {
  diagnostics: Diagnostic[];
  summary: RunSummary;
  failures: number;
}

async function runOnce(guides: readonly string[], runbooks: readonly string[], options: CheckOptions, context: CliContext, run: Pick<CheckRunOptions, 'cache' | 'models' | 'session'>): Promise<Run> {
  const progress = progressReporter(context.stderr);
  const reference = loadReferenceData();
  const { outcomes, failures } = await checkFiles(guides, context.cwd, reference, options, { ...run, ...threading(context), onProgress: progress.update });
  progress.done();
  for (const failure of failures) context.stderr.write(`hardmap: cannot read ${visible(failure.path)}: ${visible(explainCode(failure.error))}\n`);
  const summaries = outcomes.map((outcome) => outcome.summary);
  const runbookResults = await checkRunbookFiles(runbooks, context.cwd, summaries, options);
  const diagnostics = [...outcomes.flatMap((outcome) => outcome.diagnostics), ...checkCollection(summaries, reference, options), ...runbookResults.flatMap((r) => r.diagnostics)].sort(compareDiagnostics);
  return { diagnostics, summary: summarize(diagnostics, outcomes.length, summaries.reduce((sum, s) => sum + s.controls.length, 0)), failures: failures.length };
}

async function render(run: Run, format: string, context: CliContext): Promise<string> {
  if (format === 'json') return formatJson(run.diagnostics, run.summary);
  if (format === 'sarif') return formatSarif(run.diagnostics, ALL_RULE_METAS, toolInfo());
  if (format === 'github') return formatGithub(run.diagnostics) + formatSummary(run.summary);
  // Code frames need the text of files with findings only; read them now rather than keep every file.
  const sources = new Map<string, string>();
  for (const file of new Set(run.diagnostics.map((d) => d.file))) {
    const read = await readInput(isAbsolute(file) ? file : join(context.cwd, file)).catch(() => null);
    sources.set(file, read?.ok ? new TextDecoder().decode(read.bytes) : '');
  }
  return formatStylish(run.diagnostics, sources, { color: Boolean(context.stdout.isTTY) && !context.env['NO_COLOR'] }) + formatSummary(run.summary);
}

/**
 * `models`: keep every guide's model for the site's loader (set by `hardmap build`); `observe`
 * sees each run's diagnostics (the build refuses some findings whatever --strict says).
 */
export async function checkCommand(argv: string[], context: CliContext, models = false, observe?: (diagnostics: readonly Diagnostic[]) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    options: { format: { type: 'string' }, 'max-warnings': { type: 'string' }, config: { type: 'string' }, watch: { type: 'boolean' }, cache: { type: 'boolean', default: true }, help: { type: 'boolean', short: 'h' } },
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
  const { config } = loadConfig(context.cwd, values.config);
  const roots = positionals.length > 0 ? positionals : config.content;
  const found = await findMarkdownFiles(roots, context.cwd);
  if (found.missing.length > 0) throw new UsageError(`no such file or folder: ${found.missing.join(', ')}`);
  // Reported from this first walk only, so --watch does not repeat them on every change.
  reportDiscovery(found, context);
  if (found.files.length === 0 && found.unreadable.length === 0) throw new UsageError(`no Markdown guides found in ${roots.join(', ')}`);
  const options: CheckOptions = { rules: config.rules, quickref: config.quickref.mode };
  const session = values.watch ? createCheckSession() : undefined;
  const once = async (): Promise<number> => {
    const current = await findMarkdownFiles(roots, context.cwd);
    const run = await runOnce(current.files.filter((p) => !isRunbookPath(p)), current.files.filter(isRunbookPath), options, context, { cache: values.cache !== false, models, ...(session ? { session } : {}) });
    context.stdout.write(await render(run, format, context));
    observe?.(run.diagnostics);
    if (run.failures > 0 || current.unreadable.length > 0) return EXIT.usage;
    return run.summary.errors > 0 || run.summary.warnings > maxWarnings ? EXIT.findings : EXIT.ok;
  };
  const code = await once();
  if (!session) return code;
  const first = found.files.find((path) => !isRunbookPath(path));
  if (first) await warmSession(session, first, context.cwd, options, threading(context));
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
