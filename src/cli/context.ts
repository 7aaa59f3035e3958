import { guardedOutput } from './output.ts';

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  /** The write failure that ended this output (never a closed pipe), once the command is done. */
  failure?(): NodeJS.ErrnoException | null;
}

/** What a command may touch of the outside world; tests pass their own. */
export interface CliContext {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: OutputStream;
  stderr: OutputStream;
}

/** Exit codes: 0 clean, 1 findings over the limit, 2 usage or I/O error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export class UsageError extends Error {}

export function processContext(): CliContext {
  const stderr = guardedOutput(process.stderr, () => undefined);
  const stdout = guardedOutput(process.stdout, (error) => {
    stderr.write(`hardmap: ${outputFailure(error)}\n`);
    process.exitCode = EXIT.usage;
  });
  return { cwd: process.cwd(), env: process.env, stdout, stderr };
}

/** `cannot write to standard output: no space left on the device (ENOSPC)` */
export function outputFailure(error: NodeJS.ErrnoException): string {
  return `cannot write to standard output: ${error.code === 'ENOSPC' ? 'no space left on the device' : error.message.split(',')[0]?.replace(/^[A-Z]+: /, '')} (${error.code ?? 'EIO'})`;
}
