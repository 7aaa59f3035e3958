import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.ts';

const INVALID = fileURLToPath(new URL('../fixtures/pack-rules/invalid/', import.meta.url));
const BASIC = fileURLToPath(new URL('../fixtures/packs/basic/', import.meta.url));

describe('hardmap check with code packs', () => {
  it('finds packs/ beside the content folder and reports the pack rules, bash -n only with --packs-deep', async () => {
    const plain = await cli(['check', 'content', '--format', 'json', '--no-cache'], INVALID, { HARDMAP_THREADS: '0' });
    const ids = (run: { stdout: string }): string[] => (JSON.parse(run.stdout) as { diagnostics: Array<{ ruleId: string }> }).diagnostics.map((d) => d.ruleId).filter((id) => id.startsWith('pack-'));
    expect(plain.code).toBe(1);
    expect(ids(plain)).toContain('pack-include-unresolved');
    expect(ids(plain)).not.toContain('pack-shell-syntax');
    const deep = await cli(['check', 'content', '--packs-deep', '--format', 'json', '--no-cache'], INVALID, { HARDMAP_THREADS: '0' });
    expect(ids(deep)).toContain('pack-shell-syntax');
  });

  it('is clean on a consistent guide and pack', async () => {
    const run = await cli(['check', 'content', '--packs', 'packs', '--packs-deep', '--no-cache'], BASIC, { HARDMAP_THREADS: '0' });
    expect(run.stdout).not.toMatch(/pack-/);
  });

  it('names a packs folder that does not exist as a usage error', async () => {
    const run = await cli(['check', 'content', '--packs', 'no-such-packs', '--no-cache'], BASIC, { HARDMAP_THREADS: '0' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot read the packs folder no-such-packs');
  });

  it('refuses --packs-deep without a packs folder', async () => {
    const run = await cli(['check', '.', '--packs-deep', '--no-cache'], fileURLToPath(new URL('../fixtures/rules/raw-html/', import.meta.url)), { HARDMAP_THREADS: '0' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--packs-deep: no packs folder');
  });
});
