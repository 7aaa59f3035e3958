/**
 * The pre-commit hooks of .pre-commit-hooks.yaml on a fixture repository with no network: a
 * temporary git repository built from tests/fixtures/action with hardmap linked into its
 * node_modules (as `npm install` would put it), and a staged guide whose quick reference is
 * stale. hardmap-check must stop the commit and name the finding, hardmap-fix must repair the
 * file (and stop the commit, since it changed it), and hardmap-check must then pass. Uses
 * `pre-commit try-repo` when pre-commit is installed, else runs each hook's entry as pre-commit
 * would (files filter, pass_filenames; HARDMAP_PRE_COMMIT_ENTRY=1 forces this). Exit 0 when all hold.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checks, fixtureRepo, git } from './action/fixture-repo.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url)).replace(/\/$/, '');
const GUIDE = 'content/guides/acme-cloud.md';

interface Hook {
  id: string;
  entry: string;
  files?: string;
  pass_filenames?: boolean;
}
const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

const { expect, finish } = checks('pre-commit-local');
// hardmap linked into node_modules as `npm install` would put it, so `npx --no hardmap` finds it.
const { repo } = fixtureRepo(join(ROOT, 'tests/fixtures/action'), 'hardmap-pre-commit-', (folder) => {
  mkdirSync(join(folder, 'node_modules/.bin'), { recursive: true });
  symlinkSync(ROOT, join(folder, 'node_modules/hardmap'));
  symlinkSync('../hardmap/bin/hardmap.js', join(folder, 'node_modules/.bin/hardmap'));
  writeFileSync(join(folder, '.gitignore'), 'node_modules/\n');
});
// The control now claims AC-2 instead of IA-2(1), and the quick reference was not regenerated.
const original = readFileSync(join(repo, GUIDE), 'utf8');
writeFileSync(join(repo, GUIDE), original.replace('| NIST 800-53 Rev 5 | IA-2(1) |', '| NIST 800-53 Rev 5 | AC-2 |'));
git(repo, 'add', GUIDE);

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
// HARDMAP_PRE_COMMIT_ENTRY=1 takes the fallback road even where pre-commit is installed, to test it.
const usePreCommit = preCommit.status === 0 && process.env['HARDMAP_PRE_COMMIT_ENTRY'] !== '1';
console.log(usePreCommit ? `using ${preCommit.stdout.trim()} (pre-commit try-repo)` : 'running each hook entry as pre-commit would (pre-commit is not installed, or HARDMAP_PRE_COMMIT_ENTRY=1)');
const preCommitHome = mkdtempSync(join(tmpdir(), 'hardmap-pre-commit-home-'));

/** One hook on the staged files: exit code and output. */
function runHook(id: string): { code: number; output: string } {
  if (usePreCommit) {
    const result = spawnSync('pre-commit', ['try-repo', ROOT, id, '--verbose'], { cwd: repo, encoding: 'utf8', env: { ...process.env, PRE_COMMIT_HOME: preCommitHome } });
    return { code: result.status ?? 2, output: `${result.stdout}${result.stderr}` };
  }
  const hook = hooks.find((candidate) => candidate.id === id);
  if (!hook) throw new Error(`.pre-commit-hooks.yaml has no hook ${id}`);
  const staged = git(repo, 'diff', '--cached', '--name-only').split('\n').filter((file) => new RegExp(hook.files ?? '').test(file));
  if (staged.length === 0) return { code: 0, output: '(no files)' };
  const before = git(repo, 'diff', '--name-only');
  const [command = '', ...args] = hook.entry.split(' ');
  const result = spawnSync(command, [...args, ...(hook.pass_filenames === false ? [] : staged)], { cwd: repo, encoding: 'utf8' });
  // pre-commit fails a hook that changed files, whatever its exit code.
  const changed = git(repo, 'diff', '--name-only') !== before;
  return { code: changed ? 1 : (result.status ?? 2), output: `${result.stdout}${result.stderr}` };
}

expect(JSON.stringify(hooks.map((hook) => hook.id)) === JSON.stringify(['hardmap-check', 'hardmap-fix']), 'the hooks are hardmap-check and hardmap-fix');
const stale = runHook('hardmap-check');
expect(stale.code === 1 && stale.output.includes('quickref-nist-unbacked') && stale.output.includes(GUIDE), 'hardmap-check stops a commit with a stale quick reference and names the finding', stale.output);
const fix = runHook('hardmap-fix');
const fixed = readFileSync(join(repo, GUIDE), 'utf8');
expect(fix.code === 1 && fixed.includes('| AC-2 | Enforce Multi-Factor Authentication | [1.1](#11-enforce-multi-factor-authentication) |') && !fixed.includes('| IA-2(1) |'), 'hardmap-fix regenerates the quick reference and stops the commit because it changed the file', fix.output);
git(repo, 'add', GUIDE);
const clean = runHook('hardmap-check');
expect(clean.code === 0, 'hardmap-check passes once the fixed file is staged', clean.output);
const again = runHook('hardmap-fix');
expect(again.code === 0, 'hardmap-fix changes nothing the second time', again.output);

finish();
