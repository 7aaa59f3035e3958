import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/core/suggest.ts';
import { cli, workspace } from './run-cli.ts';

const BASE = readFileSync(new URL('../fixtures/base-guide.md', import.meta.url), 'utf8');

describe('environment variables are validated, never silently replaced', () => {
  const dir = workspace({ 'g.md': BASE });
  const cases: Array<[Record<string, string>, string]> = [
    [{ HARDMAP_FILE_BUDGET_MS: '3000000000' }, 'HARDMAP_FILE_BUDGET_MS must be a whole number from 1 to 2147483647, got `3000000000`'],
    [{ HARDMAP_FILE_BUDGET_MS: '0' }, 'HARDMAP_FILE_BUDGET_MS must be a whole number from 1 to 2147483647, got `0`'],
    [{ HARDMAP_FILE_BUDGET_MS: '4s' }, 'HARDMAP_FILE_BUDGET_MS must be a whole number from 1 to 2147483647, got `4s`'],
    [{ HARDMAP_THREADS: '-1' }, 'HARDMAP_THREADS must be a whole number from 0 to 256, got `-1`'],
    [{ HARDMAP_THREADS: 'many' }, 'HARDMAP_THREADS must be a whole number from 0 to 256, got `many`'],
  ];
  for (const [env, message] of cases) {
    it(`${Object.entries(env)[0]?.join('=')}`, async () => {
      expect(await cli(['check', 'g.md', '--no-cache'], dir, env)).toEqual({ code: 2, stdout: '', stderr: `hardmap check: ${message}\n` });
    });
  }

  it('the largest budget setTimeout can wait still checks the file normally', async () => {
    const result = await cli(['check', 'g.md', '--no-cache', '--format', 'json'], dir, { HARDMAP_FILE_BUDGET_MS: '2147483647', HARDMAP_THREADS: '1' });
    expect(result.stdout).not.toContain('input-limit');
    expect(result.code).toBe(0);
  });
});

describe('options: ranges and types, and a suggestion for a near miss', () => {
  const dir = workspace({ 'g.md': BASE });
  it('closest() finds transpositions and small typos, nothing for far-off words', () => {
    expect(closest('nsit', ['nist', 'cis', 'soc2'])).toBe('nist');
    expect(closest('exmaple', ['example'])).toBe('example');
    expect(closest('banana', ['nist', 'cis'])).toBeUndefined();
  });

  const usage: Array<[string[], string]> = [
    [['export', 'g.md', '--framework', 'nsit', '--out', 'o'], 'hardmap export: unknown --framework `nsit`, expected nist, cis, soc2, iso, pci, csf, 800-171, fedramp, hipaa, a framework label or one the guides map to; did you mean `nist`?'],
    [['export', 'g.md', '--level', 'L5', '--out', 'o'], 'hardmap export: unknown --level `L5`, expected L1, L2, L3 or L4; did you mean `L1`?'],
    [['export', 'g.md', '--guide', 'exmaple', '--out', 'o'], 'hardmap export: no guide with slug `exmaple`; did you mean `example`?'],
    [['export', 'g.md', '--format', 'cvs', '--out', 'o'], 'hardmap export: unknown --format `cvs`, expected csv, xlsx, json, oscal, md; did you mean `csv`?'],
    [['check', 'g.md', '--format', 'josn'], 'hardmap check: unknown --format `josn`, expected stylish, json, sarif or github; did you mean `json`?'],
    [['check', 'g.md', '--max-warnings', '1e3'], 'hardmap check: --max-warnings expects a whole number of 0 or more, got `1e3`'],
    [['check', 'g.md', '--max-warnings', ''], 'hardmap check: --max-warnings expects a whole number of 0 or more, got ``'],
  ];
  for (const [args, message] of usage) {
    it(args.slice(0, 4).join(' '), async () => {
      const result = await cli(args, dir);
      expect(result.stderr).toBe(`${message}\n`);
      expect(result.code).toBe(2);
    });
  }

  it('an uncatalogued framework a guide maps to is a valid filter', async () => {
    const scuba = workspace({ 'g.md': BASE.replace('| SOC 2 | CC6.1 |', '| SOC 2 | CC6.1 |\n| CISA SCuBA | MS.AAD.3.1v1 |') });
    const result = await cli(['export', 'g.md', '--framework', 'CISA SCuBA', '--format', 'csv', '--out', 'o'], scuba);
    expect(result.code).toBe(0);
    expect(readFileSync(`${scuba}/o/mappings.csv`, 'utf8')).toContain('MS.AAD.3.1v1');
  });

  it('diff names the real problem: a missing path, an unknown revision, no repository', async () => {
    const repo = workspace({ 'g.md': BASE });
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync('git', ['add', '.'], { cwd: repo });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'x'], { cwd: repo });
    expect(await cli(['diff', 'HEAD', '/nonexistent'], repo)).toEqual({ code: 2, stdout: '', stderr: 'hardmap diff: no such file or folder: /nonexistent\n' });
    expect((await cli(['diff', 'no-such-branch', 'g.md'], repo)).stderr).toBe(`hardmap diff: \`no-such-branch\` is not a revision of the git repository at ${repo}\n`);
    expect((await cli(['diff', 'HEAD', 'g.md'], workspace({ 'g.md': BASE }))).stderr).toMatch(/^hardmap diff: \/\S+ is not in a git repository \(fatal: not a git repository/);
  });
});

describe('diff and a guide over the size limit at the revision', () => {
  it('asks git for the size first and names the file instead of reading it', async () => {
    const repo = workspace({ 'g.md': `${BASE}\n${'x'.repeat(16 * 1024 * 1024)}\n` });
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync('git', ['add', '.'], { cwd: repo });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'x'], { cwd: repo });
    writeFileSync(`${repo}/g.md`, BASE);
    const result = await cli(['diff', 'HEAD', 'g.md'], repo);
    expect(result.stderr).toBe(`hardmap diff: g.md at HEAD: file of ${Buffer.byteLength(BASE) + 16 * 1024 * 1024 + 2} bytes, over the limit of 16777216 bytes; not read\n`);
    expect(result.code).toBe(0);
  });
});
