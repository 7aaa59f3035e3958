import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { mappingRows, parseGuide, toMarkdown } from '../../src/index.ts';
import { main, loadReferenceData } from '../../src/node.ts';

const BASE = readFileSync(new URL('../fixtures/base-guide.md', import.meta.url), 'utf8');
const reference = loadReferenceData();
const HOSTILE = 'a|b \\| c\\\\|d\nnext\r\u001b[31mred\u0007 <b>bold</b> <img src=https://example.com/x.png>';

/** Every table of a Markdown file as GFM reads it: rows of cell texts. */
function tables(markdown: string): string[][][] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  return tree.children.filter((node): node is Table => node.type === 'table').map((table) => table.children.map((row) => row.children.map((cell) => toString(cell))));
}

const plain = (text: string): string => text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();

describe('export --format md cells', () => {
  it('keeps every row at eight cells and every cell text as written, whatever the guide puts in a field', () => {
    const guide = parseGuide(BASE, 'g.md').guide;
    const rows = mappingRows([guide], reference, { contentCommit: null }).map((row) => ({ ...row, guide: HOSTILE, controlTitle: HOSTILE, frameworkId: HOSTILE, sourceFile: HOSTILE }));
    const [, full] = tables(toMarkdown(rows, 'export'));
    expect(full).toBeDefined();
    expect(full?.length).toBe(rows.length + 1);
    for (const cells of full ?? []) expect(cells.length).toBe(8);
    const first = full?.[1] ?? [];
    expect(first[0]).toBe(plain(HOSTILE));
    expect(first[1]).toBe(`${rows[0]?.controlNumber} ${plain(HOSTILE)}`);
    expect(first[4]).toBe(plain(HOSTILE));
    expect(first[7]).toBe(`${plain(HOSTILE)}:${rows[0]?.sourceLine}`);
  });

  it('names a guide file with a pipe in the Source cell without breaking its row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardmap-md-'));
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, 'content', 'we|ird.md'), BASE);
    const out = join(dir, 'out');
    const code = await main(['export', 'content', '--format', 'md', '--out', out], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1767225600' }, stdout: { write: () => true }, stderr: { write: () => true } });
    expect(code).toBe(0);
    const [, full] = tables(readFileSync(join(out, 'mappings.md'), 'utf8'));
    for (const cells of full ?? []) expect(cells.length).toBe(8);
    expect(full?.[1]?.[7]).toMatch(/^content\/we\|ird\.md:\d+$/);
  });

  it('refuses guides whose slug is outside the slug grammar, naming the file and the slug key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardmap-md-'));
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, 'content', 'g.md'), BASE.replace('slug: "example"', 'slug: "a|b"'));
    writeFileSync(join(dir, 'content', 'no|slug.md'), BASE.replace('slug: "example"\n', ''));
    let stderr = '';
    const code = await main(['export', 'content', '--format', 'md', '--out', join(dir, 'out')], { cwd: dir, env: {}, stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) } });
    expect(code).toBe(1);
    expect(stderr).toContain('content/g.md:5:7-5:12: Unexpected slug `a|b`, expected lowercase letters, digits and hyphens (^[a-z0-9][a-z0-9-]*$, at most 100 characters) [frontmatter-schema]');
    expect(stderr).toContain('content/no|slug.md:1:1-1:1: Unexpected slug `no|slug` (from the file name), expected lowercase letters, digits and hyphens (^[a-z0-9][a-z0-9-]*$, at most 100 characters) [frontmatter-schema]');
    expect(stderr).toMatch(/not exporting/);
  });
});
