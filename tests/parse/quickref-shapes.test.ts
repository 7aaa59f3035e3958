import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeGuide, type Guide } from '../../src/index.ts';
import { formatMessageLine, loadReferenceData } from '../../src/node.ts';

/**
 * One folder per quick-reference shape real guides write (synthetic text, not copied from any
 * guide): `input.md`, and `expected.txt` with how the model read each table and every message
 * hardmap gives. `UPDATE_FIXTURES=1` rewrites the expected files; review the diff.
 */
const ROOT = new URL('../fixtures/quickref-shapes/', import.meta.url);
const update = process.env['UPDATE_FIXTURES'] === '1';
const reference = loadReferenceData();

/** A line per model table and row: shape, framework, IDs (`?` marks a token that is no ID), and where each section resolved. */
function describeQuickReference(guide: Guide): string[] {
  const lines: string[] = [];
  for (const table of guide.quickReference?.tables ?? []) {
    lines.push(`table ${table.shape} ${table.framework} "${table.heading}"`);
    for (const row of table.rows) {
      const ids = row.ids.map((id) => `${id.id}${id.shaped ? '' : '?'}`).join(' ') || '(none)';
      const sections = row.scope === 'guide' ? 'guide' : row.sections.map((ref) => `${ref.text.trim()}=${ref.target}${ref.resolvedControl ? `:${ref.resolvedControl}` : ''}`).join(' ') || '(none)';
      lines.push(`  ${ids} -> ${sections}${row.label ? ` [${row.label}]` : ''}`);
    }
  }
  return lines;
}

describe.each(readdirSync(ROOT).sort())('quick-reference shape %s', (name) => {
  it('is read as recorded and gives exactly the recorded messages', () => {
    const input = readFileSync(new URL(`${name}/input.md`, ROOT));
    const { parsed, diagnostics } = analyzeGuide(input, 'input.md', reference);
    const actual = [...describeQuickReference(parsed.guide), '', ...diagnostics.map(formatMessageLine)].join('\n').trimEnd();
    const expectedFile = new URL(`${name}/expected.txt`, ROOT);
    if (update || !existsSync(expectedFile)) {
      if (!update) throw new Error(`missing ${expectedFile.pathname}; run with UPDATE_FIXTURES=1 and review it`);
      writeFileSync(expectedFile, `${actual}\n`);
    }
    expect(actual).toBe(readFileSync(expectedFile, 'utf8').trimEnd());
  });
});
