import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeGuide, changedLines, fixableLines, fixGuide, loadReferenceData, main, parseGuide } from '../../src/index.ts';

const reference = loadReferenceData();
const DRIFT = readFileSync(new URL('./fixture-drift.md', import.meta.url), 'utf8');

describe('hardmap fix (pure)', () => {
  const parsed = parseGuide(DRIFT, 'drift.md');
  const result = fixGuide(parsed, reference);
  const fixed = result.text ?? '';

  it('changes only quick-reference tables, mapping labels/IDs and the stale link', () => {
    const allowed = fixableLines(parsed.guide);
    const changed = changedLines(DRIFT, fixed);
    expect(changed.length).toBeGreaterThan(5);
    for (const line of changed) expect(allowed(line), `line ${line} changed`).toBe(true);
    expect(fixed).toContain('Text that must survive byte for byte, including trailing spaces   \nand odd spacing  |  pipes.');
    expect(fixed).toContain('| MS.AAD.3.1v1 | MFA | [1.1](#11-require-phishing-resistant-mfa) |');
  });

  it('normalizes labels and IDs, repairs the renamed-control link, regenerates the tables', () => {
    expect(fixed).toContain('**NIST 800-53 Rev 5:** IA-2(1), IA-2(2) (Network access to privileged accounts)');
    expect(fixed).toContain('| **NIST 800-53 Rev 5** | IA-2, AC-2 |');
    expect(fixed).toContain('See also [the SSO control](#12-configure-sso).');
    expect(fixed).toContain('| AC-2 | Configure SSO | [1.2](#12-configure-sso) |');
    expect(fixed).toContain('| IA-2(1) | Require Phishing-Resistant MFA | [1.1](#11-require-phishing-resistant-mfa) |');
    expect(fixed).not.toContain('| AC-3 |');
  });

  it('leaves no quick-reference findings and is idempotent', () => {
    const after = analyzeGuide(fixed, 'drift.md', reference).diagnostics.filter((d) => d.ruleId.startsWith('quickref-') || d.ruleId === 'anchor-broken');
    expect(after).toEqual([]);
    expect(fixGuide(parseGuide(fixed, 'drift.md'), reference).applied).toEqual([]);
  });

  it('keeps CRLF line endings and the BOM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardmap-fix-'));
    const crlf = `\uFEFF${DRIFT.replace(/\n/g, '\r\n')}`;
    writeFileSync(join(dir, 'g.md'), crlf);
    const code = await main(['fix', 'g.md'], { cwd: dir, env: {}, stdout: { write: () => true }, stderr: { write: () => true } });
    expect(code).toBe(0);
    const written = readFileSync(join(dir, 'g.md'), 'utf8');
    expect(written.startsWith('\uFEFF')).toBe(true);
    expect(written.replace(/\r\n/g, '')).not.toContain('\n');
    expect(written.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n')).toBe(fixed);
  });

  it('refuses a file with parse errors and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardmap-fix-'));
    const broken = DRIFT.replace('tier: "3"', 'tier: "3\nbad: [');
    writeFileSync(join(dir, 'g.md'), broken);
    let stderr = '';
    const code = await main(['fix', 'g.md'], { cwd: dir, env: {}, stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) } });
    expect(code).toBe(1);
    expect(stderr).toContain('refusing to rewrite g.md');
    expect(readFileSync(join(dir, 'g.md'), 'utf8')).toBe(broken);
  });
});

describe('hardmap fix --dry-run', () => {
  it('prints nothing for the project content', async () => {
    let stdout = '';
    const code = await main(['fix', '--dry-run', 'content'], { cwd: new URL('../../', import.meta.url).pathname, env: {}, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true } });
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });

  it('prints a unified diff and leaves the file alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardmap-fix-'));
    writeFileSync(join(dir, 'g.md'), DRIFT);
    let stdout = '';
    await main(['fix', '--dry-run', 'g.md'], { cwd: dir, env: {}, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true } });
    expect(stdout).toMatch(/^--- a\/g\.md\n\+\+\+ b\/g\.md\n@@ /m);
    expect(stdout).toContain('-| AC-3 | SSO | 1.2 |');
    expect(readFileSync(join(dir, 'g.md'), 'utf8')).toBe(DRIFT);
  });
});
