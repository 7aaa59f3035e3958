import { checkCommand } from './commands/check.ts';
import { diffCommand } from './commands/diff.ts';
import { exportCommand } from './commands/export.ts';
import { newCommand } from './commands/new.ts';
import { fixCommand } from './commands/fix.ts';
import { rulesCommand } from './commands/rules.ts';
import { showCommand } from './commands/show.ts';
import { EXIT, processContext, UsageError, type CliContext } from './context.ts';
import { ConfigError } from '../io/config.ts';
import { toolInfo } from './tool.ts';

const COMMANDS: Record<string, (argv: string[], context: CliContext) => Promise<number>> = {
  check: checkCommand,
  fix: fixCommand,
  export: exportCommand,
  diff: diffCommand,
  new: newCommand,
  show: showCommand,
  rules: rulesCommand,
};

export const HELP = `Usage: hardmap <command> [options]

Commands:
  check [paths...]     check guides (default: the content folders of hardmap.config, else content/)
  fix [paths...]       regenerate quick references, normalize labels and IDs (--dry-run for a diff)
  export [paths...]    write mapping tables: CSV, XLSX, JSON (+ schema), OSCAL, Markdown
  diff <git-ref>       mapping changes between a git revision and the work tree (text, json, md)
  new guide|control|runbook   write a skeleton that passes check (never overwrites)
  show <file>          print the control model of one guide (--json for all of it)
  rules                list the rules with their default severity

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
  const run = COMMANDS[command];
  if (!run) {
    context.stderr.write(`hardmap: unknown command \`${command}\`\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await run(rest, context);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      context.stderr.write(`hardmap ${command}: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    context.stderr.write(`hardmap ${command}: internal error: ${(error as Error).message}\nPlease report this with the input that caused it.\n`);
    return EXIT.usage;
  }
}
