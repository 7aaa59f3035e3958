import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/node.ts';
import { slugCollision } from '../../src/astro/index.ts';

const BASE = readFileSync(new URL('../fixtures/base-guide.md', import.meta.url), 'utf8');

describe('two guides with one slug on the site', () => {
  it('are found by published slug, with both paths, instead of renaming the second', () => {
    expect(slugCollision(['a', 'example', 'b', 'example'], ['a.md', 'one.md', 'b.md', 'two.md'])).toEqual({ slug: 'example', first: 'one.md', second: 'two.md' });
    expect(slugCollision(['a', 'b'], ['a.md', 'b.md'])).toBeNull();
  });

  it('stop `hardmap build` before Astro runs, naming the rule, even without --strict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardmap-build-slugs-'));
    mkdirSync(join(dir, 'guides'));
    writeFileSync(join(dir, 'guides', 'one.md'), BASE);
    writeFileSync(join(dir, 'guides', 'two.md'), BASE);
    const out = join(dir, 'site');
    let stderr = '';
    const code = await main(['build', '--content', dir, '--no-cache'], { cwd: dir, env: { HARDMAP_OUT: out, HARDMAP_THREADS: '0' }, stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) } });
    expect(stderr).toMatch(/guides\/two\.md\n {2}5:1-5:5 {2}error {4}Unexpected slug `example`, already used by .*guides\/one\.md/);
    expect(stderr).toContain("hardmap build: not building: 1 guide reuses another guide's slug (slug-duplicate above)");
    expect(code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});
