// Regenerates mappings/ from the framework reference data (default
// ../shared/reference). Usage: npm run import-reference [-- <reference-dir>]
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from './import-reference/run.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.exitCode = main(process.argv.slice(2), projectRoot);
