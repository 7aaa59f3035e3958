import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { guideSkeleton } from '../../src/core/scaffold/guide.ts';
import { loadReferenceData } from '../../src/io/catalogs.ts';
import { cli, workspace } from './run-cli.ts';

/** Names that broke hand-written YAML or Markdown: backslashes, quotes, newlines, markup, YAML syntax. */
const NAMES = ['C:\\Tools', 'Say "hi" \\"there\\"', "O'Brien's Cloud", 'Line\nBreak', 'Tab\tand\r\nCRLF', '#1 <b>Corp</b> *star* _u_ [x](y) | pipe `code`', '---', ': colon, [flow] {map} &anchor *alias !tag', 'Trailing backslash \\', '\u001b[31mRed'];

describe('new guide: the skeleton passes check whatever the vendor name', () => {
  const reference = loadReferenceData();
  it.each(NAMES)('frontmatter of %j is the name as data', (name) => {
    const { text } = guideSkeleton(name, '2026-03-02', reference);
    const yaml = text.slice(4, text.indexOf('\n---\n', 4));
    const data = parse(yaml) as Record<string, string>;
    const shown = name.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
    expect(data['vendor']).toBe(shown);
    expect(data['title']).toBe(`${shown} Hardening Guide`);
  });

  it('every skeleton passes check with no findings', async () => {
    const dir = workspace();
    for (const name of NAMES) {
      const result = await cli(['new', 'guide', '--dir', join('content', String(NAMES.indexOf(name))), '--', name], dir);
      expect(result.code, result.stderr).toBe(0);
    }
    const checked = await cli(['check', 'content', '--max-warnings', '0', '--no-cache', '--format', 'json'], dir, { HARDMAP_THREADS: '0' });
    const report = JSON.parse(checked.stdout) as { diagnostics: Array<{ file: string; ruleId: string; message: string }> };
    expect(report.diagnostics.map((d) => `${d.file}: ${d.ruleId}: ${d.message}`)).toEqual([]);
    expect(checked.code).toBe(0);
    expect(readFileSync(join(dir, 'content', '0', 'c-tools.md'), 'utf8')).toContain('vendor: "C:\\\\Tools"');
  });
});
