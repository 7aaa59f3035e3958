/** Regenerate documentation derived from the code: docs/rules.md, frontmatter JSON Schemas, CONTRIBUTING.md's rule table. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import '../src/io/registry.ts';
import { allRuleMetas, frontmatterJsonSchemas, rulesReference, withRulesBlock } from '../src/index.ts';

const root = new URL('../', import.meta.url);
writeFileSync(new URL('docs/rules.md', root), rulesReference(allRuleMetas()));
mkdirSync(new URL('docs/schemas/', root), { recursive: true });
for (const [name, text] of Object.entries(frontmatterJsonSchemas())) writeFileSync(new URL(`docs/schemas/${name}`, root), text);
const contributing = new URL('CONTRIBUTING.md', root);
writeFileSync(contributing, withRulesBlock(readFileSync(contributing, 'utf8'), allRuleMetas()));
console.log(`docs/rules.md: ${allRuleMetas().length} rules; docs/schemas: ${Object.keys(frontmatterJsonSchemas()).length} schemas; CONTRIBUTING.md rule table`);
