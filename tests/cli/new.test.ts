import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { main } from '../../src/node.ts';

const BASE = readFileSync(new URL('../fixtures/base-guide.md', import.meta.url), 'utf8');

it('scaffolds a guide, a control and a runbook that pass check as written, and never overwrites', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hardmap-new-'));
  mkdirSync(join(dir, 'content/guides'), { recursive: true });
  writeFileSync(join(dir, 'content/guides/example.md'), BASE);
  let stdout = '';
  let stderr = '';
  const io = { cwd: dir, env: {}, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } };
  expect(await main(['new', 'guide', 'Acme Cloud'], io)).toBe(0);
  expect(await main(['new', 'control', 'content/guides/acme-cloud.md', '1'], io)).toBe(0);
  expect(await main(['new', 'control', 'content/guides/example.md', '2'], io)).toBe(0);
  expect(await main(['new', 'runbook', 'acme-lockout', '--applies-to', 'acme-cloud#1.2'], io)).toBe(0);
  expect(stdout).toContain('added control 2.2 to content/guides/example.md');
  stdout = '';
  expect(await main(['check', 'content', '--max-warnings', '0'], io)).toBe(0);
  expect(stdout).toContain('2 guides, 6 controls: 0 errors, 0 warnings, 0 infos');
  const before = readFileSync(join(dir, 'content/guides/acme-cloud.md'), 'utf8');
  expect(await main(['new', 'guide', 'Acme Cloud'], io)).toBe(2);
  expect(stderr).toContain('already exists; refusing to overwrite it');
  expect(readFileSync(join(dir, 'content/guides/acme-cloud.md'), 'utf8')).toBe(before);
  expect(await main(['new', 'runbook', 'x', '--applies-to', 'acme-cloud#9.9'], io)).toBe(2);
});
