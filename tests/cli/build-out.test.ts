import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/node.ts';

const FIXTURE = new URL('../fixtures/site-small/', import.meta.url).pathname;

async function build(out: string): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(['build', '--content', FIXTURE], { cwd: tmpdir(), env: { HARDMAP_OUT: out }, stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) } });
  return { code, stderr };
}

const lastLine = (text: string): string => text.trimEnd().split('\n').at(-1) ?? '';

describe('hardmap build and its output folder', () => {
  it('refuses an output folder holding a link, before Astro runs, and writes nothing through it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'hardmap-site-out-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'hardmap-elsewhere-'));
    writeFileSync(join(elsewhere, 'keep'), 'keep');
    mkdirSync(join(out, 'guides'));
    symlinkSync(elsewhere, join(out, 'guides', 'oscal'));
    const { code, stderr } = await build(out);
    expect(lastLine(stderr)).toBe(`hardmap build: refusing to build into ${out}: it holds the symbolic link ${join(out, 'guides', 'oscal')}, and links inside the output folder are never followed; remove it or choose another HARDMAP_OUT`);
    expect(code).toBe(2);
    expect(readdirSync(elsewhere)).toEqual(['keep']);
    expect(readdirSync(out)).toEqual(['guides']);
  });

  it('refuses the checkout, or a folder holding it, as the output folder it would replace', async () => {
    const root = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
    for (const out of [root, join(root, '..')]) {
      const { code, stderr } = await build(out);
      expect(lastLine(stderr)).toBe(`hardmap build: refusing to build into ${join(out)}: it holds the checkout ${root}, and the build replaces the output folder's contents`);
      expect(code).toBe(2);
    }
  });

  it('fails with a message for an output folder mkdir can never make, instead of spinning', async () => {
    const { code, stderr } = await build('/proc/hardmap-test/site');
    expect(lastLine(stderr)).toMatch(/^hardmap build: cannot create folder \/proc\/hardmap-test: the file system answers that it does not exist though its parent does/);
    expect(code).toBe(2);
  }, 60_000);
});
