import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/node.ts';

const GUIDE = readFileSync(new URL('../fixtures/site-small/guides/mail-relay.md', import.meta.url), 'utf8');
const SECRET = readFileSync(new URL('../fixtures/site-small/guides/harbor-registry.md', import.meta.url), 'utf8');

/** A content folder with one real guide and links to a guide, a folder and /etc outside it. */
function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'hardmap-symlinks-'));
  mkdirSync(join(root, 'content', 'guides'), { recursive: true });
  mkdirSync(join(root, 'outside'));
  writeFileSync(join(root, 'content', 'guides', 'mail-relay.md'), GUIDE);
  writeFileSync(join(root, 'outside', 'harbor-registry.md'), SECRET);
  symlinkSync(join(root, 'outside', 'harbor-registry.md'), join(root, 'content', 'guides', 'harbor.md'));
  symlinkSync(join(root, 'outside'), join(root, 'content', 'more'));
  symlinkSync('/etc', join(root, 'content', 'etc'));
  return root;
}

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
  return { code, stdout, stderr };
}

const REPORT = [
  'hardmap: skipped symlink content/etc (symlinks are not followed)',
  'hardmap: skipped symlink content/guides/harbor.md (symlinks are not followed)',
  'hardmap: skipped symlink content/more (symlinks are not followed)',
];
const reported = (stderr: string): string[] => stderr.split('\n').filter((line) => line.startsWith('hardmap: skipped symlink'));

describe('symlinks in the content folder are skipped, and said so once', () => {
  it('check: only the real guide is checked', async () => {
    // The folder is given twice (directly and through a parent): each link is still named once.
    const result = await cli(['check', 'content', 'content/guides', '--no-cache'], workspace());
    expect(reported(result.stderr)).toEqual(REPORT);
    expect(result.stdout).toContain('1 guide, 2 controls: 0 errors');
    expect(result.code).toBe(0);
  });

  it('fix: the linked guide is not rewritten', async () => {
    const root = workspace();
    writeFileSync(join(root, 'outside', 'harbor-registry.md'), SECRET.replace(/## 3\. Compliance Quick Reference[\s\S]*?## Appendix/, '## 3. Compliance Quick Reference\n\n## Appendix'));
    const before = readFileSync(join(root, 'outside', 'harbor-registry.md'), 'utf8');
    const result = await cli(['fix', 'content'], root);
    expect(reported(result.stderr)).toEqual(REPORT);
    expect(readFileSync(join(root, 'outside', 'harbor-registry.md'), 'utf8')).toBe(before);
  });

  it('export: no row comes from the linked guide', async () => {
    const root = workspace();
    const result = await cli(['export', 'content', '--format', 'csv', '--out', 'out'], root);
    expect(reported(result.stderr)).toEqual(REPORT);
    const csv = readFileSync(join(root, 'out', 'mappings.csv'), 'utf8');
    expect(csv).toContain('mail-relay,');
    expect(csv).not.toContain('harbor-registry');
  });

  it('build: the check before the site names them (stopped by --strict before Astro runs)', async () => {
    const root = workspace();
    writeFileSync(join(root, 'content', 'guides', 'mail-relay.md'), GUIDE.replace('| NIST 800-53 Rev 5 | SC-7 |', '| NIST 800-53 Rev 5 | SC-99 |'));
    const result = await cli(['build', '--content', 'content', '--strict', '--no-cache'], root);
    expect(reported(result.stderr)).toEqual(REPORT);
    expect(result.code).toBe(1);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});
