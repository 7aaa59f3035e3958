/** Regenerate documentation derived from the code: docs/rules.md. */
import { writeFileSync } from 'node:fs';
import { ALL_RULE_METAS, rulesReference } from '../src/index.ts';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesReference(ALL_RULE_METAS));
console.log(`docs/rules.md: ${ALL_RULE_METAS.length} rules`);
