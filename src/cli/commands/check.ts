import { parseArgs } from 'node:util';
import { ALL_RULE_METAS } from '../../core/rules/registry.ts';
import { checkCollection } from '../../core/rules/run-collection.ts';
import { compareDiagnostics } from '../../core/rules/run-rules.ts';
import { loadReferenceData } from '../../io/catalogs.ts';
import { checkFiles, checkRunbookFiles } from '../../io/check-files.ts';
import { loadConfig } from '../../io/config.ts';
import { findMarkdownFiles, isRunbookPath } from '../../io/files.ts';
import { EXIT, UsageError, type CliContext } from '../context.ts';
import { formatGithub } from '../reporters/github.ts';
import { formatJson } from '../reporters/json.ts';
import { formatSarif } from '../reporters/sarif.ts';
import { formatStylish } from '../reporters/stylish.ts';
import { formatSummary, summarize } from '../reporters/summary.ts';
import { progressReporter } from '../progress.ts';
import { toolInfo } from '../tool.ts';

export const CHECK_HELP = `Usage: hardmap check [paths...] [options]

Check guides: frontmatter, structure, numbering, levels, framework labels and IDs
against the catalogs, anchors, changelog, raw HTML.

Options:
  --format <name>      stylish (default), json, sarif, github (default when GITHUB_ACTIONS=true)
  --max-warnings <n>   exit 1 when there are more than n warnings
  --config <path>      config file (default: hardmap.config.json|yaml in the current folder)
  -h, --help           show this help

Exit codes: 0 clean, 1 errors (or warnings over --max-warnings), 2 usage or I/O error.
`;

export async function checkCommand(argv: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'max-warnings': { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    context.stdout.write(CHECK_HELP);
    return EXIT.ok;
  }
  const format = values.format ?? (context.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'stylish');
  if (!['stylish', 'json', 'sarif', 'github'].includes(format)) throw new UsageError(`unknown --format \`${format}\`, expected stylish, json, sarif or github`);
  const maxWarnings = values['max-warnings'] === undefined ? Number.POSITIVE_INFINITY : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) && maxWarnings !== Number.POSITIVE_INFINITY) throw new UsageError(`--max-warnings expects a whole number, got \`${values['max-warnings']}\``);
  const { config } = loadConfig(context.cwd, values.config);
  const found = await findMarkdownFiles(positionals.length > 0 ? positionals : config.content, context.cwd);
  if (found.missing.length > 0) throw new UsageError(`no such file or folder: ${found.missing.join(', ')}`);
  const files = found.files.filter((path) => !isRunbookPath(path));
  const runbookFiles = found.files.filter((path) => isRunbookPath(path));
  if (files.length + runbookFiles.length === 0) throw new UsageError(`no Markdown guides found in ${(positionals.length > 0 ? positionals : config.content).join(', ')}`);

  const progress = progressReporter(context.stderr);
  const reference = loadReferenceData();
  const options = { rules: config.rules, quickref: config.quickref };
  const { outcomes, failures } = await checkFiles(files, context.cwd, reference, options, progress.update);
  progress.done();
  for (const failure of failures) context.stderr.write(`hardmap: cannot read ${failure.path}: ${failure.error}\n`);

  const collection = checkCollection(outcomes.map((outcome) => outcome.parsed.guide), reference, options);
  const guides = outcomes.map((outcome) => outcome.parsed.guide);
  const runbooks = await checkRunbookFiles(runbookFiles, context.cwd, guides, options);
  const diagnostics = [...outcomes.flatMap((outcome) => outcome.diagnostics), ...collection, ...runbooks.flatMap((r) => r.diagnostics)].sort(compareDiagnostics);
  const summary = summarize(diagnostics, outcomes.length, outcomes.reduce((sum, outcome) => sum + outcome.parsed.guide.controls.length, 0));
  if (format === 'json') context.stdout.write(formatJson(diagnostics, summary));
  else if (format === 'sarif') context.stdout.write(formatSarif(diagnostics, ALL_RULE_METAS, toolInfo()));
  else if (format === 'github') context.stdout.write(formatGithub(diagnostics) + formatSummary(summary));
  else {
    const sources = new Map([...outcomes.map((outcome) => [outcome.path, outcome.parsed.text] as const), ...runbooks.map((r) => [r.path, r.text] as const)]);
    context.stdout.write(formatStylish(diagnostics, sources, { color: Boolean(context.stdout.isTTY) && !context.env['NO_COLOR'] }));
    context.stdout.write(formatSummary(summary));
  }
  if (failures.length > 0) return EXIT.usage;
  return summary.errors > 0 || summary.warnings > maxWarnings ? EXIT.findings : EXIT.ok;
}
