import { EXIT, outputFailure, processContext, UsageError, type CliContext } from './context.ts';
import { didYouMean } from '../core/suggest.ts';
import { ConfigError } from '../io/config.ts';
import { OutputFolderError } from '../io/out-dir.ts';
import { MappingsFileError } from '../io/catalogs.ts';
import { FrameworkFolderError } from '../io/framework-folders.ts';
import { ioErrorMessage } from './io-error.ts';
import { visible, visibleLines } from './terminal.ts';
import { toolInfo } from '../io/tool-info.ts';

type Command = (argv: string[], context: CliContext) => Promise<number>;

/**
 * Commands load on demand: `check` on every save should not pay for the exporters, OSCAL or Astro.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./commands/check.ts')).checkCommand,
  build: async () => (await import('./commands/build.ts')).buildCommand,
  fix: async () => (await import('./commands/fix.ts')).fixCommand,
  export: async () => (await import('./commands/export.ts')).exportCommand,
  diff: async () => (await import('./commands/diff.ts')).diffCommand,
  new: async () => (await import('./commands/new.ts')).newCommand,
  show: async () => (await import('./commands/show.ts')).showCommand,
  rules: async () => (await import('./commands/rules.ts')).rulesCommand,
  lsp: async () => (await import('./commands/lsp.ts')).lspCommand,
};

export const HELP = `Usage: hardmap <command> [options]

Commands:
  check [paths...]     check guides (default: the content folders of hardmap.config, else content/)
  build                check, then build the site, downloads and search index into dist/
  fix [paths...]       regenerate quick references, normalize labels and IDs (--dry-run for a diff)
  export [paths...]    write mapping tables: CSV, XLSX, JSON (+ schema), OSCAL, Markdown
  diff <git-ref>       mapping changes between a git revision and the work tree (text, json, md)
  new guide|control|runbook   write a skeleton that passes check (never overwrites)
  show <file>          print the control model of one guide (--json for all of it)
  rules                list the rules with their default severity
  lsp                  language server for editors, over standard input and output

Run \`hardmap <command> --help\` for a command's options.
`;

/** The CLI shell: dispatch, and turn every failure into a message and an exit code, never a stack trace. */
export async function main(argv: string[], context: CliContext = processContext()): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    context.stdout.write(HELP);
    return command ? EXIT.ok : EXIT.usage;
  }
  if (command === '--version' || command === '-v') {
    context.stdout.write(`${toolInfo().version}\n`);
    return EXIT.ok;
  }
  const load = COMMANDS[command];
  if (!load) {
    context.stderr.write(`hardmap: unknown command \`${visible(command)}\`${visible(didYouMean(command, Object.keys(COMMANDS)))}\n\n${HELP}`);
    return EXIT.usage;
  }
  const code = await dispatch(command, rest, context, load);
  // Node emits a failed write's 'error' on a later tick: let those of the last writes arrive.
  if (context.stdout.failure) await new Promise((resolve) => setImmediate(resolve));
  const failure = context.stdout.failure?.();
  if (failure) {
    context.stderr.write(`hardmap ${command}: ${outputFailure(failure)}\n`);
    return EXIT.usage;
  }
  return code;
}

async function dispatch(command: string, rest: string[], context: CliContext, load: () => Promise<Command>): Promise<number> {
  try {
    const run = await load();
    return await run(rest, context);
  } catch (error) {
    // A broken framework folder or crosswalk file (shipped, or under HARDMAP_MAPPINGS) names the file and the field.
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof OutputFolderError || error instanceof MappingsFileError || error instanceof FrameworkFolderError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      context.stderr.write(`hardmap ${command}: ${visibleLines((error as Error).message)}\n`);
      return EXIT.usage;
    }
    const io = ioErrorMessage(error);
    if (io) {
      context.stderr.write(`hardmap ${command}: ${io}\n`);
      return EXIT.usage;
    }
    context.stderr.write(`hardmap ${command}: internal error: ${visibleLines((error as Error).message)}\nPlease report this with the input that caused it.\n`);
    return EXIT.usage;
  }
}
