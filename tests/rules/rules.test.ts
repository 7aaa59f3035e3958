import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedLines } from './expected.ts';
import { allRuleMetas, analyzeGuide, DEFAULT_CHECK_OPTIONS, rules, rulesReference } from '../../src/index.ts';
import { formatMessageLine, loadReferenceData } from '../../src/node.ts';

const FIXTURES = new URL('../fixtures/rules/', import.meta.url);
const reference = loadReferenceData();

/** Default settings, with the rule under test turned on when it is off by default. */
function run(rule: string, kind: 'valid' | 'invalid'): string[] {
  const bytes = readFileSync(new URL(`${rule}/${kind}.md`, FIXTURES));
  const off = rules().find((candidate) => candidate.meta.id === rule)?.meta.severity === 'off';
  const options = off ? { ...DEFAULT_CHECK_OPTIONS, rules: { [rule]: 'warning' as const } } : DEFAULT_CHECK_OPTIONS;
  return analyzeGuide(bytes, `${kind}.md`, reference, options).diagnostics.map(formatMessageLine);
}

/**
 * Each rule has a folder with `valid.md` (no findings at all) and `invalid.md` whose findings for
 * that rule must equal `invalid.expected.txt` exactly. `UPDATE_FIXTURES=1` rewrites the expected files.
 */
describe.each(rules().map((rule) => rule.meta.id))('rule %s', (id) => {
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
  for (const rule of rules()) {
    expect(rule.meta.description.length).toBeGreaterThan(10);
    expect(rule.meta.docs.length).toBeGreaterThan(20);
    expect(existsSync(new URL(`${rule.meta.id}/invalid.md`, FIXTURES))).toBe(true);
  }
});

it('every rule, per-file, collection and runbook, lists the shapes it reads and the ones it ignores, and the docs page shows them', () => {
  const page = rulesReference(allRuleMetas());
  for (const meta of allRuleMetas()) {
    expect(meta.reads.length, meta.id).toBeGreaterThan(0);
    expect(meta.ignores.length, meta.id).toBeGreaterThan(0);
    const section = page.slice(page.indexOf(`## ${meta.id}\n`)).split('\n## ')[0] ?? '';
    for (const shape of [...meta.reads, ...meta.ignores]) expect(section).toContain(`- ${shape}`);
  }
});
