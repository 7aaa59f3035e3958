import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ALL_RULE_METAS, rulesReference } from '../../src/index.ts';

it('docs/rules.md is up to date with the rule registry (npm run docs)', () => {
  expect(readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')).toBe(rulesReference(ALL_RULE_METAS));
});
