/**
 * Runs one measured operation in a fresh process and prints {ms, maxRssMb}: wall time includes
 * module loading (as a user would see it), and peak RSS covers worker threads, which share the process.
 *   node bench/driver.ts naive <dir> | check <dir> [--no-cache] | export <dir> <out> | build <dir>
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { naiveParse } from './naive-parse.ts';

const started = performance.now();
const [op, dir = '', ...rest] = process.argv.slice(2);
const quiet = { write: () => true };
let code = 0;
if (op === 'naive') {
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).map((f) => join(dir, f));
  naiveParse(files);
} else {
  const { main } = await import('../src/index.ts');
  const context = { cwd: process.cwd(), env: process.env, stdout: quiet, stderr: quiet };
  if (op === 'check') code = await main(['check', dir, '--format', 'json', ...rest], context);
  else if (op === 'export') code = await main(['export', dir, '--format', 'json', '--out', rest[0] ?? 'bench/.tmp/export'], context);
  else if (op === 'build') code = await main(['build', '--content', dir, ...rest], context);
  else throw new Error(`unknown op ${op}`);
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ms: Math.round(ms), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), code })}\n`);
