import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/node.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in process with captured output and only the given environment. */
export async function cli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
  return { code, stdout, stderr };
}

/** A temporary folder holding the given files (paths may contain folders). */
export function workspace(files: Record<string, string | Uint8Array> = {}, prefix = 'hardmap-io-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return dir;
}

/** No C0 or C1 control character other than line feed and tab: nothing a terminal would act on. */
export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
