import { execFileSync } from 'node:child_process';
import { diffMappings, type MappingDiff } from '../core/diff/mapping-diff.ts';
import { parseGuide, tooLargeGuide } from '../core/parse/parse-guide.ts';
import type { Guide } from '../core/model/guide.ts';
import { isRunbookPath } from './files.ts';
import { fileAtRevision, filesAtRevision } from './git.ts';
import { INPUT_LIMIT_BYTES } from './read-input.ts';

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

/**
 * `hardmap diff` between the last two revisions of the content folder, both read from git (not
 * the work tree, so uncommitted edits never show as published changes). Git runs inside the
 * content folder, so a collection in its own repository (or in none) is read as such.
 */
export function contentChanges(content: string): ContentChanges {
  const cwd = content;
  const path = '.';
  const revisions = lastRevisions(cwd, path, 2);
  if (typeof revisions === 'string') return { status: 'unavailable', reason: revisions };
  const [to, from] = revisions;
  if (!to) return { status: 'unavailable', reason: 'no commit touches the content folder yet' };
  if (!from) return { status: 'unavailable', reason: `the content folder has a single revision (${to.commit.slice(0, 12)}), so there is nothing to compare it with` };
  const before = guidesAt(cwd, from.commit, path);
  const after = guidesAt(cwd, to.commit, path);
  if (typeof before === 'string') return { status: 'unavailable', reason: before };
  if (typeof after === 'string') return { status: 'unavailable', reason: after };
  return { status: 'compared', from, to, diff: diffMappings(before, after) };
}
