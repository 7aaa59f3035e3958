import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { analyzeGuide, toVFile } from '../../src/index.ts';
import { loadReferenceData } from '../../src/node.ts';

it('diagnostics convert to vfile messages with rule id, place, url and fatality', () => {
  const text = readFileSync(new URL('../fixtures/rules/nist-id-withdrawn/invalid.md', import.meta.url), 'utf8');
  const { diagnostics } = analyzeGuide(text, 'g.md', loadReferenceData());
  const file = toVFile('g.md', text, diagnostics);
  const message = file.messages.find((m) => m.ruleId === 'nist-id-withdrawn');
  expect(`${file.path}:${String(message)}`).toBe('g.md:93:36-93:41: Unexpected withdrawn NIST SP 800-53 Rev 5 control `SA-12` (Supply Chain Protection) in control 2.1, expected what it was incorporated into: the SR family (Supply Chain Risk Management)');
  expect(message).toMatchObject({ source: 'hardmap', fatal: true, url: 'docs/rules.md#nist-id-withdrawn', actual: 'SA-12', expected: ['SR'] });
});
