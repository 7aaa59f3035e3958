import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** git with an identity of its own: CI machines have none configured. */
export const git = (repo: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=hardmap', '-c', 'user.email=hardmap@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' }).trim();

/**
 * A temporary git repository holding a copy of `fixture`, `prepare` run on it before the first
 * commit (e.g. linking hardmap into node_modules), and that commit's id, the "base".
 */
export function fixtureRepo(fixture: string, prefix: string, prepare: (repo: string) => void = () => undefined): { repo: string; base: string } {
  const repo = mkdtempSync(join(tmpdir(), prefix));
  cpSync(fixture, repo, { recursive: true });
  prepare(repo);
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  return { repo, base: git(repo, 'rev-parse', 'HEAD') };
}

/** Named checks printed one a line, and the closing `N passed, N failed` line with the exit code. */
export function checks(name: string): { expect(condition: boolean, what: string, detail?: string): void; finish(): never } {
  let passed = 0;
  let failed = 0;
  return {
    expect(condition, what, detail = '') {
      if (condition) passed++;
      else failed++;
      console.log(`${condition ? 'ok' : 'FAILED'}: ${what}${condition || !detail ? '' : `\n${detail}`}`);
    },
    finish() {
      console.log(`${name}: ${passed} passed, ${failed} failed`);
      process.exit(failed > 0 ? 1 : 0);
    },
  };
}
