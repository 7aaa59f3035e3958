import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffMappings, formatDiffMarkdown, formatDiffText, parseGuide } from '../../src/index.ts';
import { main } from '../../src/node.ts';

const BASE = readFileSync(new URL('../fixtures/base-guide.md', import.meta.url), 'utf8');
const guide = (text: string) => parseGuide(text, 'example.md').guide;

const AFTER = BASE
  .replace('### 1.2 Limit Administrator Privileges', '### 1.3 Limit Administrator Privileges') // renumbered
  .replace('**Profile Level:** L3 (Maximum Security)', '**Profile Level:** L2 (Hardened)') // level change
  .replace('| NIST 800-53 Rev 5 | AU-2, AU-12 |', '| NIST 800-53 Rev 5 | AU-2, AU-6 |') // mapping change
  .replace('### 1.1 Enforce Multi-Factor Authentication', '### 1.1 Enforce Phishing-Resistant MFA') // renamed
  .replace('## 2. Logging', '## 2. Logging\n\n### 2.2 Alert on Admin Sign-ins\n\n**Profile Level:** L1 (Baseline)\n\n| Framework | Control |\n|---|---|\n| NIST 800-53 Rev 5 | AU-6 |\n');

describe('diffMappings', () => {
  const diff = diffMappings([guide(BASE)], [guide(AFTER)]);

  it('reports added, renumbered, renamed, level and mapping changes', () => {
    expect(diff.added).toEqual([{ guide: 'example', number: '2.2', title: 'Alert on Admin Sign-ins' }]);
    expect(diff.removed).toEqual([]);
    expect(formatDiffText(diff, 'main')).toBe([
      'Mapping changes since main:',
      '+ example 2.2 Alert on Admin Sign-ins',
      '~ example 1.1 Enforce Phishing-Resistant MFA: renamed from "Enforce Multi-Factor Authentication"',
      '~ example 1.3 Limit Administrator Privileges: renumbered from 1.2',
      '~ example 2.1 Export Audit Logs: level L3 -> L2; mappings added: NIST 800-53 AU-6; mappings removed: NIST 800-53 AU-12',
      '',
    ].join('\n'));
    expect(formatDiffMarkdown(diff, 'main')).toContain('| ✏️ | example | 1.3 Limit Administrator Privileges | renumbered from 1.2 |');
  });

  it('says so when nothing changed', () => {
    expect(formatDiffText(diffMappings([guide(BASE)], [guide(BASE)]), 'HEAD')).toBe('No mapping changes since HEAD.\n');
  });
});

describe('hardmap diff', () => {
  it('compares a git revision with the work tree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardmap-diff-'));
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    writeFileSync(join(dir, 'example.md'), BASE);
    git('add', '.');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'base');
    writeFileSync(join(dir, 'example.md'), AFTER);
    let stdout = '';
    const io = { cwd: dir, env: {}, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true } };
    expect(await main(['diff', 'HEAD', '.', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(stdout) as { added: unknown[]; changed: unknown[] };
    expect(json.added).toHaveLength(1);
    expect(json.changed).toHaveLength(3);
    expect(await main(['diff', 'no-such-ref', '.'], io)).toBe(2);
  });
});
