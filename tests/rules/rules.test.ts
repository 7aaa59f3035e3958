import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedLines } from './expected.ts';
import { analyzeGuide, formatMessageLine, loadReferenceData, RULES } from '../../src/index.ts';

const FIXTURES = new URL('../fixtures/rules/', import.meta.url);
const reference = loadReferenceData();

function run(rule: string, kind: 'valid' | 'invalid'): string[] {
  const bytes = readFileSync(new URL(`${rule}/${kind}.md`, FIXTURES));
  return analyzeGuide(bytes, `${kind}.md`, reference).diagnostics.map(formatMessageLine);
}

/**
 * Each rule has a folder with `valid.md` (no findings at all) and `invalid.md` whose findings for
 * that rule must equal `invalid.expected.txt` exactly. `UPDATE_FIXTURES=1` rewrites the expected files.
 */
describe.each(RULES.map((rule) => rule.meta.id))('rule %s', (id) => {
  it('has no findings on its valid fixture', () => {
    expect(run(id, 'valid')).toEqual([]);
  });

  it('reports exactly the expected messages on its invalid fixture', () => {
    const lines = run(id, 'invalid').filter((line) => line.endsWith(`[${id}]`));
    const expected = expectedLines(new URL(`${id}/invalid.expected.txt`, FIXTURES), lines);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines).toEqual(expected);
  });
});

it('every rule has docs, a description and a fixture folder', () => {
  for (const rule of RULES) {
    expect(rule.meta.description.length).toBeGreaterThan(10);
    expect(rule.meta.docs.length).toBeGreaterThan(20);
    expect(existsSync(new URL(`${rule.meta.id}/invalid.md`, FIXTURES))).toBe(true);
  }
});
