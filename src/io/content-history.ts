import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from './cache.ts';
import { diffMappings, type MappingDiff } from '../core/diff/mapping-diff.ts';
import { parseGuide, tooLargeGuide } from '../core/parse/parse-guide.ts';
import type { Guide } from '../core/model/guide.ts';
import { isRunbookPath } from './files.ts';
import { fileAtRevision, filesAtRevision } from './git.ts';
import { INPUT_LIMIT_BYTES } from './read-input.ts';
import { sourceFingerprint } from './source-fingerprint.ts';

export interface Revision {
  commit: string;
  /** Committer date, ISO 8601. */
  date: string;
  subject: string;
}

/** What the "what changed" page shows: the mapping diff between the last two commits that touched the content, or why there is none. */
export type ContentChanges =
  | { status: 'compared'; from: Revision; to: Revision; diff: MappingDiff }
  | { status: 'unavailable'; reason: string };

const SEP = '\u001f';

/** The last `count` commits that touched `path` (newest first), or a reason git cannot say. */
function lastRevisions(cwd: string, path: string, count: number): Revision[] | string {
  try {
    const out = execFileSync('git', ['log', `-n${count}`, `--format=%H${SEP}%cI${SEP}%s`, '--', path], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
    return out.split('\n').filter(Boolean).map((line) => {
      const [commit = '', date = '', subject = ''] = line.split(SEP);
      return { commit, date, subject };
    });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0] ?? '';
    return /not a git repository/i.test(stderr) ? 'the content is not in a git repository' : `git could not list the content's history (${stderr || 'git failed'})`;
  }
}

function guidesAt(cwd: string, revision: string, path: string): Guide[] | string {
  const listed = filesAtRevision(cwd, revision, [path]);
  if ('failure' in listed) return `git could not list the guides at ${revision.slice(0, 12)} (${listed.detail})`;
  return listed.files.filter((file) => !isRunbookPath(file)).flatMap((file) => {
    const bytes = fileAtRevision(listed.root, revision, file, INPUT_LIMIT_BYTES);
    if (bytes === null) return [];
    return 'size' in bytes ? [tooLargeGuide(file, bytes.size, INPUT_LIMIT_BYTES).guide] : [parseGuide(bytes, file).guide];
  });
}

/** Where compared diffs are kept, one file per pair of revisions (`hardmap build --no-cache` reads and writes none). */
export const CHANGES_CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/hardmap/changes/', import.meta.url));

/**
 * A commit names its whole tree, so the two commit ids, where the content folder sits in the
 * repository (the guides' paths in the diff start there) and hardmap's own source (the parser,
 * the registry) are all a diff depends on. Null when git cannot say where the folder sits.
 */
function changesKey(cwd: string, from: Revision, to: Revision): string | null {
  try {
    const prefix = execFileSync('git', ['rev-parse', '--show-prefix'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
    return sha256(JSON.stringify([from.commit, to.commit, prefix, sourceFingerprint()]));
  } catch {
    return null;
  }
}

function readCached(file: string, from: Revision, to: Revision): ContentChanges | null {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as ContentChanges;
    // A file from another pair (or a damaged one) is not taken for this one.
    return value.status === 'compared' && value.from.commit === from.commit && value.to.commit === to.commit && Array.isArray(value.diff.changed) ? value : null;
  } catch {
    return null;
  }
}

function writeCached(dir: string, file: string, value: ContentChanges): void {
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written (read-only checkout) only costs speed.
  }
}

/**
 * `hardmap diff` between the last two revisions of the content folder, both read from git (not
 * the work tree, so uncommitted edits never show as published changes). Git runs inside the
 * content folder, so a collection in its own repository (or in none) is read as such.
 */
export function contentChanges(content: string, options: { cacheDir?: string | null } = {}): ContentChanges {
  const cwd = content;
  const path = '.';
  const revisions = lastRevisions(cwd, path, 2);
  if (typeof revisions === 'string') return { status: 'unavailable', reason: revisions };
  const [to, from] = revisions;
  if (!to) return { status: 'unavailable', reason: 'no commit touches the content folder yet' };
  if (!from) return { status: 'unavailable', reason: `the content folder has a single revision (${to.commit.slice(0, 12)}), so there is nothing to compare it with` };
  // Both revisions parsed again cost a second or more on every build (content/: 1.2 s), for a
  // result that changes only with a new content commit.
  const cacheDir = options.cacheDir === undefined ? CHANGES_CACHE_DIR : options.cacheDir;
  const key = cacheDir === null ? null : changesKey(cwd, from, to);
  const file = cacheDir !== null && key !== null ? join(cacheDir, `${key}.json`) : null;
  const cached = file ? readCached(file, from, to) : null;
  if (cached) return cached;
  const before = guidesAt(cwd, from.commit, path);
  const after = guidesAt(cwd, to.commit, path);
  if (typeof before === 'string') return { status: 'unavailable', reason: before };
  if (typeof after === 'string') return { status: 'unavailable', reason: after };
  const changes: ContentChanges = { status: 'compared', from, to, diff: diffMappings(before, after) };
  if (cacheDir !== null && file) writeCached(cacheDir, file, changes);
  return changes;
}
