import { parseArgs } from 'node:util';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from '../../lsp/server.ts';
import { EXIT, UsageError, type CliContext } from '../context.ts';
import { budgetFromEnv, threadsFromEnv } from '../env.ts';

export const LSP_HELP = `Usage: hardmap lsp [--stdio]

Run the hardmap language server on standard input and output (the Language Server Protocol):
diagnostics of \`hardmap check\` on open and on change, quick fixes from \`hardmap fix\`, hover on
framework IDs, completion of IDs and runbook targets, and an outline of sections and controls.
The workspace folder the editor opens is where hardmap.config and the content folders are read.
Editors start it themselves; see the README for VS Code, Neovim and Helix.

Options:
  --stdio      accepted for clients that pass it (standard input and output is the only transport)
  -h, --help   show this help

Environment: HARDMAP_THREADS (default 1 here) and HARDMAP_FILE_BUDGET_MS as for
\`hardmap check\`; HARDMAP_LSP_DEBOUNCE_MS (default 200, at most 60000): quiet time after a
change before the check.
`;

/**
 * The language server's shell: validate options and environment, connect the server to this
 * process's standard streams, and return when the client says exit or closes the streams.
 */
export async function lspCommand(argv: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { stdio: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, clientProcessId: { type: 'string' } } });
  if (values.help) {
    context.stdout.write(LSP_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument \`${positionals[0]}\`: hardmap lsp takes no paths (the editor opens the workspace)`);
  const debounce = context.env['HARDMAP_LSP_DEBOUNCE_MS'];
  if (debounce !== undefined && debounce !== '' && (!/^\d+$/.test(debounce) || Number(debounce) > 60_000)) throw new UsageError(`HARDMAP_LSP_DEBOUNCE_MS must be a whole number from 0 to 60000, got \`${debounce}\``);
  // One analysis thread unless asked: an editor re-checks one document at a time, and a single
  // thread stays warm for it (each further thread costs a cold start and about 100 MB all day).
  const threads = context.env['HARDMAP_THREADS'] ? threadsFromEnv(context.env) : 1;
  const options = { cwd: context.cwd, threads, budgetMs: budgetFromEnv(context.env), debounceMs: debounce ? Number(debounce) : 200 };
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  const { closed } = startServer(connection, options);
  // An editor that dies without `exit` closes the pipe: the server ends with it.
  const ended = new Promise<void>((resolve) => process.stdin.once('end', resolve).once('close', resolve));
  await Promise.race([closed, ended]);
  connection.dispose();
  process.stdin.destroy();
  return EXIT.ok;
}
