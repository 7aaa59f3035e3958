/** Regenerate documentation derived from the code: docs/rules.md. */
import { writeFileSync } from 'node:fs';
import { RULES, rulesReference } from '../src/index.ts';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesReference(RULES));
console.log(`docs/rules.md: ${RULES.length} rules`);
