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

/** A file's text at a git revision, or null when it did not exist there. */
export function fileAtRevision(cwd: string, revision: string, path: string): Uint8Array | null {
  try {
    return execFileSync('git', ['show', `${revision}:${path}`], { cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024, timeout: 30_000 });
  } catch {
    return null;
  }
}

/** Files under `paths` as they were at `revision`, relative to the repository root, or null if the revision is unknown. */
export function filesAtRevision(cwd: string, revision: string, paths: readonly string[]): { root: string; files: string[] } | null {
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], { cwd, stdio: 'ignore' });
    const listed = execFileSync('git', ['ls-tree', '-r', '--name-only', '--full-name', revision, '--', ...paths], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
    return { root, files: listed.split('\n').filter((file) => /\.(md|markdown)$/i.test(file)) };
  } catch {
    return null;
  }
}
