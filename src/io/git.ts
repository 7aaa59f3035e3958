import { execFileSync } from 'node:child_process';

/** The commit the content is at, so exports say exactly which text they came from; null outside git. */
export function contentCommit(cwd: string): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
    return /^[0-9a-f]{40}$/.test(commit) ? commit : null;
  } catch {
    return null;
  }
}

/**
 * A file's bytes at a git revision, null when it did not exist there, or its size when that is
 * over `limit`: the size is asked first, so a huge blob is never read (it was read up to 64 MB
 * and then, past that, taken for a file that did not exist).
 */
export function fileAtRevision(cwd: string, revision: string, path: string, limit: number): Uint8Array | null | { size: number } {
  try {
    const size = Number(execFileSync('git', ['cat-file', '-s', `${revision}:${path}`], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 }).trim());
    if (size > limit) return { size };
    return execFileSync('git', ['cat-file', 'blob', `${revision}:${path}`], { cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: limit + 1, timeout: 30_000 });
  } catch {
    return null;
  }
}

/** Why the files at a revision could not be listed: each step of the way is told apart. */
export type RevisionFailure = { failure: 'not-a-repository' | 'unknown-revision' | 'git-failed'; detail: string };

function gitMessage(error: unknown): string {
  const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
  return stderr || (error as Error).message.split('\n')[0] || 'git failed';
}

/** Files under `paths` as they were at `revision`, relative to the repository root, or why not. */
export function filesAtRevision(cwd: string, revision: string, paths: readonly string[]): { root: string; files: string[] } | RevisionFailure {
  const git = (args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024, timeout: 30_000 });
  let root: string;
  try {
    root = git(['rev-parse', '--show-toplevel']).trim();
  } catch (error) {
    return { failure: 'not-a-repository', detail: gitMessage(error) };
  }
  try {
    git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  } catch (error) {
    return { failure: 'unknown-revision', detail: gitMessage(error) };
  }
  try {
    const listed = git(['ls-tree', '-r', '--name-only', '--full-name', revision, '--', ...paths]);
    return { root, files: listed.split('\n').filter((file) => /\.(md|markdown)$/i.test(file)) };
  } catch (error) {
    return { failure: 'git-failed', detail: gitMessage(error) };
  }
}
