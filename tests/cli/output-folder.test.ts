import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/node.ts';

const BASE = readFileSync(new URL('../fixtures/base-guide.md', import.meta.url), 'utf8');

/** A checkout with one guide, an output folder and a folder outside it that must stay empty. */
function workspace(): { root: string; elsewhere: string } {
  const root = mkdtempSync(join(tmpdir(), 'hardmap-out-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content', 'g.md'), BASE);
  const elsewhere = mkdtempSync(join(tmpdir(), 'hardmap-elsewhere-'));
  return { root, elsewhere };
}

async function cli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(args, { cwd, env: { SOURCE_DATE_EPOCH: '1767225600', HARDMAP_THREADS: '0', ...env }, stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) } });
  return { code, stderr };
}

const refusals = (stderr: string): string[] => stderr.split('\n').filter((line) => line.includes('refusing') || line.includes('cannot create'));

describe('hardmap export never writes through a link in its output folder', () => {
  it('refuses a linked folder planted inside --out, naming it, and writes nothing through it', async () => {
    const { root, elsewhere } = workspace();
    mkdirSync(join(root, 'out'));
    symlinkSync(elsewhere, join(root, 'out', 'oscal'));
    const { code, stderr } = await cli(['export', 'content', '--out', 'out'], root);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(refusals(stderr)).toEqual([`hardmap export: refusing to write through the symbolic link ${join(root, 'out', 'oscal')}: links inside the output folder are never followed; remove it or choose another output folder`]);
    expect(code).toBe(2);
  });

  it('refuses --out when it is itself a link inside the working directory', async () => {
    const { root, elsewhere } = workspace();
    symlinkSync(elsewhere, join(root, 'out'));
    const { code, stderr } = await cli(['export', 'content', '--out', 'out/exports', '--format', 'csv'], root);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(refusals(stderr)).toEqual([expect.stringContaining(`symbolic link ${join(root, 'out')}:`)]);
    expect(code).toBe(2);
  });

  it('refuses a linked file in place of an export file and leaves its target as it was', async () => {
    const { root, elsewhere } = workspace();
    mkdirSync(join(root, 'out'));
    writeFileSync(join(elsewhere, 'victim'), 'keep me');
    symlinkSync(join(elsewhere, 'victim'), join(root, 'out', 'mappings.csv'));
    const { code, stderr } = await cli(['export', 'content', '--out', 'out', '--format', 'csv'], root);
    expect(readFileSync(join(elsewhere, 'victim'), 'utf8')).toBe('keep me');
    expect(refusals(stderr)).toEqual([expect.stringContaining(`symbolic link ${join(root, 'out', 'mappings.csv')}:`)]);
    expect(code).toBe(2);
  });

  it('still writes to an absolute --out outside the working directory, through links above it', async () => {
    const { root, elsewhere } = workspace();
    const linked = join(mkdtempSync(join(tmpdir(), 'hardmap-machine-')), 'linked-parent');
    symlinkSync(elsewhere, linked);
    const { code } = await cli(['export', 'content', '--out', join(linked, 'new', 'exports'), '--format', 'csv'], root);
    expect(code).toBe(0);
    expect(existsSync(join(elsewhere, 'new', 'exports', 'mappings.csv'))).toBe(true);
  });
});

describe('an output folder where mkdir can never succeed', () => {
  it('makes export fail with a message instead of spinning (/proc answers ENOENT under an existing parent)', async () => {
    const { root } = workspace();
    const { code, stderr } = await cli(['export', 'content', '--out', '/proc/hardmap-test/exports', '--format', 'csv'], root);
    expect(refusals(stderr)).toEqual([expect.stringMatching(/^hardmap export: cannot create folder \/proc\/hardmap-test: the file system answers that it does not exist though its parent does/)]);
    expect(code).toBe(2);
  }, 30_000);
});
