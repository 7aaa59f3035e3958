import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const BASE = readFileSync(new URL('../fixtures/base-guide.md', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'hardmap-watch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Resolves once `text` holds a match, with everything printed so far. */
function until(stream: NodeJS.ReadableStream, pattern: RegExp, seen: { text: string }): Promise<string> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (pattern.test(seen.text)) {
        stream.off('data', onData);
        resolve(seen.text);
      }
    };
    const onData = (chunk: Buffer): void => {
      seen.text += chunk.toString('utf8');
      check();
    };
    stream.on('data', onData);
    check();
  });
}

describe('hardmap check --watch', () => {
  it('reports a saved change with the same diagnostics a fresh check gives, on warm threads', async () => {
    writeFileSync(join(dir, 'a.md'), BASE);
    writeFileSync(join(dir, 'b.md'), BASE.replace(/^title: .*$/m, 'title: Second'));
    const child = spawn(process.execPath, ['bin/hardmap.js', 'check', dir, '--watch', '--no-cache', '--format', 'json'], { cwd: ROOT, env: { ...process.env, HARDMAP_THREADS: '2' } });
    const out = { text: '' };
    const err = { text: '' };
    try {
      await until(child.stderr, /watching/, err);
      expect(out.text === '' || out.text.includes('"diagnostics"')).toBe(true);
      writeFileSync(join(dir, 'a.md'), BASE.replace('| NIST 800-53 Rev 5 | AU-2, AU-12 |', '| NIST 800-53 Rev 5 | AU-2, AU-12, SA-12 |'));
      const text = await until(child.stdout, /checked in \d+ ms[\s\S]*$/, out);
      const reports = text.split(/\n\[hardmap\] [^\n]*\n/).filter((part) => part.trim().startsWith('{'));
      const last = JSON.parse(reports.at(-1) ?? '{}') as { diagnostics: Array<{ ruleId: string; file: string }> };
      expect(last.diagnostics.filter((d) => d.file.endsWith('a.md')).map((d) => d.ruleId)).toContain('nist-id-withdrawn');
      expect(last.diagnostics.filter((d) => d.file.endsWith('b.md')).map((d) => d.ruleId)).not.toContain('nist-id-withdrawn');
    } finally {
      child.kill();
    }
  });

  it('prints code frames in the stylish re-check, for the saved file and for the unchanged one', async () => {
    const stylish = mkdtempSync(join(tmpdir(), 'hardmap-watch-stylish-'));
    const withdrawn = BASE.replace('| NIST 800-53 Rev 5 | AU-2, AU-12 |', '| NIST 800-53 Rev 5 | AU-2, AU-12, SA-12 |');
    writeFileSync(join(stylish, 'a.md'), BASE);
    writeFileSync(join(stylish, 'b.md'), withdrawn.replace(/^title: .*$/m, 'title: Second'));
    const child = spawn(process.execPath, ['bin/hardmap.js', 'check', stylish, '--watch', '--no-cache'], { cwd: ROOT, env: { ...process.env, HARDMAP_THREADS: '1', NO_COLOR: '1' } });
    const out = { text: '' };
    const err = { text: '' };
    try {
      await until(child.stderr, /watching/, err);
      writeFileSync(join(stylish, 'a.md'), withdrawn);
      const text = await until(child.stdout, /checked in \d+ ms[\s\S]*$/, out);
      const report = text.split('[hardmap] change detected, checking…\n').at(-1) ?? '';
      // Both files' findings carry the frame of their own line: the text of the unchanged file
      // comes from the bytes the session kept, decoded only because the stylish reporter asked.
      for (const file of ['a.md', 'b.md']) {
        const section = report.slice(report.indexOf(file));
        expect(section).toMatch(/nist-id-withdrawn\n +\d+ \| \| NIST 800-53 Rev 5 \| AU-2, AU-12, SA-12 \|/);
      }
    } finally {
      child.kill();
      rmSync(stylish, { recursive: true, force: true });
    }
  });
});
