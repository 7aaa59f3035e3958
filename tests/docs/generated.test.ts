import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, it } from 'vitest';
import { allRuleMetas, frontmatterJsonSchemas, rulesReference, withRulesBlock } from '../../src/index.ts';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

it('docs/rules.md, docs/schemas and the CONTRIBUTING.md rule table are up to date (npm run docs)', () => {
  expect(read('docs/rules.md')).toBe(rulesReference(allRuleMetas()));
  for (const [name, text] of Object.entries(frontmatterJsonSchemas())) expect(read(`docs/schemas/${name}`), name).toBe(text);
  const contributing = read('CONTRIBUTING.md');
  expect(contributing).toBe(withRulesBlock(contributing, allRuleMetas()));
  for (const meta of allRuleMetas()) expect(contributing).toContain(`\`${meta.id}\``);
});

it('the guide frontmatter schema accepts real frontmatter and rejects a bad slug', () => {
  const validate = new Ajv2020({ strict: false }).compile(JSON.parse(frontmatterJsonSchemas()['guide-frontmatter.schema.json'] ?? '{}') as object);
  const good = { title: 'T', vendor: 'V', slug: 'v', tier: '2', category: 'C', description: 'D', version: '1.0.0', maturity: ['ai-drafted'], last_updated: '2026-01-01', layout: 'guide' };
  expect(validate(good)).toBe(true);
  expect(validate({ ...good, slug: 'Not A Slug' })).toBe(false);
});
