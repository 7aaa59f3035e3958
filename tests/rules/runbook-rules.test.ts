import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRunbook, DEFAULT_CHECK_OPTIONS, parseGuide, parseRunbook, RUNBOOK_RULES } from '../../src/index.ts';
import { formatMessageLine } from '../../src/node.ts';

const FIXTURES = new URL('../fixtures/runbooks/', import.meta.url);
const update = process.env['UPDATE_FIXTURES'] === '1';
const guides = [parseGuide(readFileSync(new URL('../fixtures/base-guide.md', import.meta.url)), 'example.md').guide];
const run = (rule: string, kind: 'valid' | 'invalid'): string[] =>
  checkRunbook(parseRunbook(readFileSync(new URL(`${rule}/${kind}.md`, FIXTURES)), `${kind}.md`), guides, DEFAULT_CHECK_OPTIONS).map(formatMessageLine);

describe.each(RUNBOOK_RULES.map((rule) => rule.meta.id))('runbook rule %s', (id) => {
  it('has no findings on its valid fixture', () => {
    expect(run(id, 'valid')).toEqual([]);
  });

  it('reports exactly the expected messages on its invalid fixture', () => {
    const lines = run(id, 'invalid').filter((line) => line.endsWith(`[${id}]`));
    const expectedFile = new URL(`${id}/invalid.expected.txt`, FIXTURES);
    if (update) writeFileSync(expectedFile, `${lines.join('\n')}\n`);
    expect(existsSync(expectedFile)).toBe(true);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines).toEqual(readFileSync(expectedFile, 'utf8').trimEnd().split('\n'));
  });
});

it('reads the runbook model: applies_to, options with trade-offs, checklist', () => {
  const { runbook } = parseRunbook(readFileSync(new URL('base-runbook.md', FIXTURES)), 'r.md');
  expect(runbook.appliesTo.map((a) => [a.guide, a.control, a.position.start.line])).toEqual([['example', '1.1', 5], ['example', '1.2', 6]]);
  expect(runbook.recoveryOptions.map((o) => [o.number, o.title, o.tradeOffs?.text.slice(0, 20)])).toEqual([[1, 'Option 1: Use a Break-Glass Account', 'Opening the break-gl'], [2, 'Option 2: Pause Enforcement for One Group', 'The group signs in w']]);
  expect(runbook.validationChecklist?.items.map((i) => [i.text, i.checked])).toEqual([['Every administrator shows an enrolled factor.', false], ['Break-glass use was logged.', true]]);
});
