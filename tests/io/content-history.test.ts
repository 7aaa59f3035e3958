import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentChanges } from '../../src/io/content-history.ts';

const GUIDE = readFileSync(new URL('../fixtures/site-ux/content/guides/cobalt-ci.md', import.meta.url), 'utf8');

function repo(): { dir: string; commit: (message: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'hardmap-history-'));
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q');
  return { dir, commit: (message) => (git('add', '-A'), git('commit', '-q', '-m', message), git('rev-parse', 'HEAD')) };
}

describe('contentChanges', () => {
  it('says the content is not in git when it is not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardmap-nogit-'));
    expect(contentChanges(dir)).toEqual({ status: 'unavailable', reason: 'the content is not in a git repository' });
  });

  it('says there is one revision only, then diffs the last two commits that touched the content folder', () => {
    const { dir, commit } = repo();
    mkdirSync(join(dir, 'content/guides'), { recursive: true });
    writeFileSync(join(dir, 'content/guides/cobalt-ci.md'), GUIDE);
    const first = commit('first');
    const single = contentChanges(join(dir, 'content'));
    expect(single).toEqual({ status: 'unavailable', reason: `the content folder has a single revision (${first.slice(0, 12)}), so there is nothing to compare it with` });

    writeFileSync(join(dir, 'content/guides/cobalt-ci.md'), GUIDE.replace('| ISO 27001:2022 | A.8.22 |', '| ISO 27001:2022 | A.8.22, A.8.31 |'));
    const second = commit('map A.8.31');
    // A commit outside the content folder is not a content revision.
    writeFileSync(join(dir, 'README.md'), 'unrelated\n');
    commit('readme');
    // Uncommitted edits are not published changes.
    writeFileSync(join(dir, 'content/guides/cobalt-ci.md'), GUIDE.replace('SC-39', 'SC-7'));
    const changes = contentChanges(join(dir, 'content'));
    expect(changes.status).toBe('compared');
    if (changes.status !== 'compared') return;
    expect([changes.from.commit, changes.to.commit, changes.to.subject]).toEqual([first, second, 'map A.8.31']);
    expect(changes.diff).toEqual({ added: [], removed: [], changed: [{ guide: 'cobalt-ci', number: '1.1', title: 'Isolate Pull-Request Runners', previousNumber: null, previousTitle: null, levelBefore: 'L2', levelAfter: 'L2', mappingsAdded: ['ISO 27001 A.8.31'], mappingsRemoved: [] }] });
  });

  it('keeps a compared diff by its two commits, reads it back, and computes afresh without a cache or after a new commit', () => {
    const { dir, commit } = repo();
    const cacheDir = join(dir, 'cache');
    mkdirSync(join(dir, 'content/guides'), { recursive: true });
    writeFileSync(join(dir, 'content/guides/cobalt-ci.md'), GUIDE);
    commit('first');
    writeFileSync(join(dir, 'content/guides/cobalt-ci.md'), GUIDE.replace('| ISO 27001:2022 | A.8.22 |', '| ISO 27001:2022 | A.8.22, A.8.31 |'));
    commit('map A.8.31');
    const content = join(dir, 'content');
    const fresh = contentChanges(content, { cacheDir: null });
    expect(contentChanges(content, { cacheDir })).toEqual(fresh);
    const [file, ...others] = readdirSync(cacheDir);
    expect(others).toEqual([]);
    // What the cache holds is what the next build shows: plant a marker and it comes back.
    const planted = JSON.parse(readFileSync(join(cacheDir, String(file)), 'utf8')) as { diff: { changed: Array<{ title: string }> } };
    const first = planted.diff.changed[0];
    if (first) first.title = 'from the cache';
    writeFileSync(join(cacheDir, String(file)), JSON.stringify(planted));
    const cached = contentChanges(content, { cacheDir });
    expect(cached.status === 'compared' && cached.diff.changed[0]?.title).toBe('from the cache');
    // No cache (--no-cache) never reads it.
    expect(contentChanges(content, { cacheDir: null })).toEqual(fresh);
    // A damaged file is not taken for a result.
    writeFileSync(join(cacheDir, String(file)), '{"status":"compared"');
    expect(contentChanges(content, { cacheDir })).toEqual(fresh);

    // A new content commit is a new pair of revisions: diffed afresh, kept beside the first.
    writeFileSync(join(dir, 'content/guides/cobalt-ci.md'), GUIDE);
    commit('unmap A.8.31');
    const next = contentChanges(content, { cacheDir });
    expect(next.status === 'compared' && next.diff.changed[0]?.mappingsRemoved).toEqual(['ISO 27001 A.8.31']);
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });
});
