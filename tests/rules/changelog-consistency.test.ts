import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeGuide } from '../../src/index.ts';
import { formatMessageLine, loadReferenceData } from '../../src/node.ts';

const BASE = readFileSync(new URL('../fixtures/base-guide.md', import.meta.url), 'utf8');
const TABLE = `| 2026-03-02 | 1.1.0 | reviewed | Add audit log export | hardmap maintainers |
| 2025-11-20 | 1.0.0 | draft | First version | hardmap maintainers |`;
const reference = loadReferenceData();
const run = (rows: string[]): string[] =>
  analyzeGuide(BASE.replace(TABLE, rows.join('\n')), 'g.md', reference).diagnostics.map(formatMessageLine).filter((line) => line.endsWith('[changelog-consistency]'));

const row = (date: string, version: string): string => `| ${date} | ${version} | reviewed | Change | hardmap maintainers |`;

describe('changelog-consistency', () => {
  it('reads the newest entry of an oldest-first table by its date: one order finding, no version finding', () => {
    expect(BASE).toContain(TABLE);
    expect(run([row('2025-11-20', '1.0.0'), row('2026-01-10', '1.0.1'), row('2026-03-02', '1.1.0')])).toEqual([
      'g.md:141:3-141:13: Unexpected changelog order: oldest first, from 2025-11-20 to 2026-03-02, expected newest first [changelog-consistency]',
    ]);
  });

  it('compares the version of the entry with the newest date, wherever it sits', () => {
    expect(run([row('2025-11-20', '1.0.0'), row('2026-03-02', '1.0.9')])).toEqual([
      'g.md:141:3-141:13: Unexpected changelog order: oldest first, from 2025-11-20 to 2026-03-02, expected newest first [changelog-consistency]',
      'g.md:142:16-142:21: Unexpected version `1.0.9` in the newest changelog entry (2026-03-02), expected the frontmatter version `1.1.0` [changelog-consistency]',
    ]);
  });

  it('reports the first row out of place in a mixed order, once', () => {
    expect(run([row('2026-01-10', '1.0.1'), row('2026-03-02', '1.1.0'), row('2025-11-20', '1.0.0'), row('2025-12-01', '1.0.0')])).toEqual([
      'g.md:142:3-142:13: Unexpected changelog order: 2026-03-02 comes after 2026-01-10, expected newest first [changelog-consistency]',
    ]);
  });

  it('is silent on a newest-first table that matches the frontmatter', () => {
    expect(run([row('2026-03-02', '1.1.0'), row('2025-11-20', '1.0.0')])).toEqual([]);
  });
});
