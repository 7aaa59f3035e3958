/**
 * The baseline, measured in a fresh process: a plain full-GFM remark parse of every Markdown file
 * under a folder. Prints {ms, maxRssMb}. (hardmap itself is measured through bin/hardmap.js.)
 *   node bench/driver.ts naive <dir>
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { naiveParse } from './naive-parse.ts';

const started = performance.now();
const [op, dir = ''] = process.argv.slice(2);
if (op !== 'naive') throw new Error(`unknown op ${op}`);
naiveParse(readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).map((f) => join(dir, f)));
process.stdout.write(`${JSON.stringify({ ms: Math.round(performance.now() - started), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
