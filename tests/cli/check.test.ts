import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/node.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const BASE = readFileSync(new URL('../fixtures/base-guide.md', import.meta.url), 'utf8');

async function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hardmap-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('hardmap check', () => {
  it('exits 0 on the project content', async () => {
    const result = await cli(['check', 'content', '--max-warnings', '0']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/guides?, \d+ controls: 0 errors, 0 warnings/);
  });

  it('exits 1 on errors and prints file:line:col with the rule id', async () => {
    const dir = workspace({ 'g.md': BASE.replace('| NIST 800-53 Rev 5 | AU-2, AU-12 |', '| NIST 800-53 Rev 5 | AU-2, AU-12, SA-12 |') });
    const result = await cli(['check', '.', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { diagnostics: Array<{ ruleId: string; place: { start: { line: number } } }> };
    expect(report.diagnostics.map((d) => d.ruleId)).toContain('nist-id-withdrawn');
  });

  it('counts warnings against --max-warnings', async () => {
    const dir = workspace({ 'g.md': BASE.replace('## Overview', '## Introduction') });
    expect((await cli(['check', '.'], { cwd: dir })).code).toBe(0);
    expect((await cli(['check', '.', '--max-warnings', '0'], { cwd: dir })).code).toBe(1);
  });

  it('applies rule severities from hardmap.config.json', async () => {
    const dir = workspace({ 'g.md': BASE.replace('| NIST 800-53 Rev 5 | AU-2, AU-12 |', '| NIST 800-53 Rev 5 | AU-2, AU-12, SA-12 |'), 'hardmap.config.json': '{"rules":{"nist-id-withdrawn":"off"},"content":["."]}' });
    const result = await cli(['check'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('nist-id-withdrawn');
  });

  it('reports a bad config as a usage error', async () => {
    const dir = workspace({ 'g.md': BASE, 'hardmap.config.json': '{"rules":{"no-such-rule":"off"}}' });
    const result = await cli(['check', '.'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown rule id(s) no-such-rule');
  });

  it('honours hardmap-disable-next-line for one line', async () => {
    const text = BASE.replace('| NIST 800-53 Rev 5 | AU-2, AU-12 |', '<!-- hardmap-disable-next-line nist-id-withdrawn -->\n| NIST 800-53 Rev 5 | AU-2, SA-12 |');
    const result = await cli(['check', '.', '--format', 'json'], { cwd: workspace({ 'g.md': text }) });
    expect(result.stdout).not.toContain('nist-id-withdrawn');
  });

  it('uses GitHub annotations under GitHub Actions', async () => {
    const dir = workspace({ 'g.md': BASE.replace('| CIS Controls v8 | 8.2 |', '| CIS Controls v8 | 8.2, 8.13 |') });
    const result = await cli(['check', '.'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(result.stdout).toMatch(/^::error file=g\.md,line=\d+,col=\d+/m);
  });

  it('exits 2 on usage and I/O errors', async () => {
    expect((await cli(['check', 'no-such-dir'])).code).toBe(2);
    expect((await cli(['check', 'content', '--format', 'xml'])).stderr).toContain('unknown --format');
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['check', '--bogus'])).code).toBe(2);
  });
});

describe('hardmap show', () => {
  it('prints the model as text and JSON', async () => {
    const text = await cli(['show', 'content/guides/qualys.md']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Qualys Hardening Guide (qualys)');
    const json = await cli(['show', 'content/guides/qualys.md', '--json']);
    expect((JSON.parse(json.stdout) as { controls: unknown[] }).controls.length).toBeGreaterThanOrEqual(15);
  });
});
