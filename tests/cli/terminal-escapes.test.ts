import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/cli/reporters/github.ts';
import { visible, visibleLines } from '../../src/cli/terminal.ts';
import { CONTROL, cli, workspace } from './run-cli.ts';

const BASE = readFileSync(new URL('../fixtures/base-guide.md', import.meta.url), 'utf8');
const ESC = '\u001b]0;pwned\u0007\u001b[2J\u009b31m';
const HOSTILE = BASE.replace('### 1.1 Enforce Multi-Factor Authentication', `### 1.1 Enforce ${ESC}MFA`).replace('| NIST 800-53 Rev 5 | AU-2, AU-12 |', `| NIST 800-53 Rev 5 | AU-2, AU-12, SA-12 |`);

describe('terminal escapes from guide text and file names never reach a terminal raw', () => {
  it('visible() replaces each control character by one visible character', () => {
    expect(visible('a\u001b[31mb\u0007\n')).toBe('a\u241b[31mb\u2407\u240a');
    expect(visibleLines('x\u001by\nz\u009b')).toBe('x\u241by\nz\ufffd');
  });

  it('show (text) prints control titles without escape sequences', async () => {
    const dir = workspace({ 'g.md': HOSTILE });
    const result = await cli(['show', 'g.md'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1.1 Enforce \u241b]0;pwned\u2407');
    expect(result.stdout).not.toMatch(CONTROL);
  });

  it('check --format github escapes controls in messages and file names', async () => {
    const name = 'g\u001b[2J.md';
    const dir = workspace({ [name]: HOSTILE });
    const result = await cli(['check', '.', '--format', 'github', '--no-cache'], dir, { HARDMAP_THREADS: '0' });
    expect(result.stdout).toContain('::error file=g\u241b[2J.md');
    expect(result.stdout).not.toMatch(CONTROL);
    const direct = formatGithub([{ file: 'a\u001b.md', ruleId: 'r', severity: 'error', message: `m${ESC}`, place: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } } as never]);
    expect(direct).not.toMatch(CONTROL);
  });

  it('diff (text) escapes control titles', async () => {
    const dir = workspace({ 'g.md': BASE });
    const git = (...args: string[]): void => void execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base');
    writeFileSync(join(dir, 'g.md'), HOSTILE);
    const result = await cli(['diff', 'HEAD', 'g.md'], dir);
    expect(result.stdout).toContain('renamed');
    expect(result.stdout).not.toMatch(CONTROL);
  });

  it('stderr names of skipped and missing files are escaped', async () => {
    const dir = workspace({ 'g.md': BASE });
    const result = await cli(['check', 'nope\u001b[2J.md'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nope\u241b[2J.md');
    expect(result.stderr).not.toMatch(CONTROL);
  });
});
