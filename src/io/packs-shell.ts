import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PackTree } from '../core/packs/model.ts';
import { SourceText } from '../core/parse/source.ts';
import type { ShellSyntaxResult } from '../core/rules/packs/types.ts';

export class ShellUnavailableError extends Error {}

/**
 * `--packs-deep`: `bash -n` (parse, never run) on every `.sh` file of the packs, one process per
 * file with a 10 s bound. bash's complaints become findings at the line it names.
 */
export function shellSyntax(tree: PackTree, cwd: string): ShellSyntaxResult[] {
  const probe = spawnSync('bash', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new ShellUnavailableError('--packs-deep needs bash on the PATH to check shell syntax (`bash -n`), and none was found');
  const base = resolve(cwd, tree.root);
  const results: ShellSyntaxResult[] = [];
  for (const file of tree.packs.flatMap((pack) => pack.files)) {
    if (!file.fileName.endsWith('.sh')) continue;
    const path = join(base, file.path);
    const run = spawnSync('bash', ['-n', path], { encoding: 'utf8', timeout: 10_000 });
    if (run.status === 0) continue;
    const source = new SourceText(readFileSync(path, 'utf8'));
    const lines = (run.stderr || 'bash -n did not finish').trim().split('\n');
    const named = new Set<number>();
    for (const line of lines) {
      const match = /line (\d+): (.*)$/.exec(line);
      const number = Math.min(source.lineCount, Number(match?.[1] ?? 1));
      // bash follows a syntax error with the offending text on a line of its own: one finding per line.
      if (named.has(number)) continue;
      named.add(number);
      const start = source.lineStarts[number - 1] ?? 0;
      results.push({ path: file.path, place: source.position(start, start + source.line(number).length), message: match?.[2] ?? line.replace(`${path}: `, '') });
    }
  }
  return results;
}
