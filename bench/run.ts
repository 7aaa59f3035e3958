/**
 * npm run bench: every figure of the performance issue in one run on the same files, printed as a
 * table and written to bench/results/latest.json. Medians of RUNS runs; ratios are to the naive
 * full-GFM remark parse of the same files. Nothing here is asserted: tests never look at time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateCollection } from './generate.ts';
import { buildJekyllSite, jekyllAvailable, prepareJekyllSite } from './jekyll.ts';
import { measureWatch } from './watch.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
/** Collections over this many MB are measured once per figure (N=1300 takes minutes per run). */
const LARGE_MB = Number(process.env['BENCH_LARGE_MB'] ?? 20);
let runs = RUNS;
const CACHE = 'node_modules/.cache/hardmap';
const sizes = (process.env['BENCH_SIZES'] ?? '130,1300').split(',').filter(Boolean).map(Number);

interface Sample { ms: number; maxRssMb: number }
const CLI: Record<string, (dir: string) => string[]> = {
  check: (dir) => ['check', dir, '--format', 'json'],
  export: (dir) => ['export', dir, '--format', 'json', '--out', 'bench/.tmp/export'],
  build: (dir) => ['build', '--content', dir],
  buildCold: (dir) => ['build', '--no-cache', '--content', dir],
};
/** Builds go here, not to dist/, so a bench never replaces the site a user previewed. */
const BENCH_OUT = 'bench/.tmp/dist';
/** The baseline runs in bench/driver.ts; hardmap runs as a user runs it, through bin/hardmap.js, under /usr/bin/time. */
function drive(args: string[]): Sample {
  const [op = '', dir = ''] = args;
  const command = CLI[op] ? ['/usr/bin/time', '-f', 'BENCH %e %M', process.execPath, 'bin/hardmap.js', ...(CLI[op]?.(dir) ?? [])] : [process.execPath, 'bench/driver.ts', ...args];
  const result = spawnSync(command[0] ?? '', command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 30 * 60_000, env: { ...process.env, HARDMAP_OUT: BENCH_OUT } });
  if (CLI[op]) {
    const line = /BENCH ([\d.]+) (\d+)/.exec(result.stderr);
    if (!line || (result.status !== 0 && result.status !== 1)) throw new Error(`hardmap ${op} ${dir} failed (${result.status}): ${result.stderr.slice(-500)}`);
    return { ms: Math.round(Number(line[1]) * 1000), maxRssMb: Math.round(Number(line[2]) / 1024) };
  }
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !line.startsWith('{')) throw new Error(`bench driver ${args.join(' ')} failed: ${result.stderr.slice(0, 500)}`);
  return JSON.parse(line) as Sample;
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
function measure(prepare: () => void, args: string[]): Sample {
  const samples = Array.from({ length: runs }, () => {
    prepare();
    return drive(args);
  });
  return { ms: median(samples.map((s) => s.ms)), maxRssMb: Math.max(...samples.map((s) => s.maxRssMb)) };
}
/** Run `body`, which edits `file`, and put the file back as it was even when `body` throws. */
function withEdits<T>(file: string, body: () => T): T {
  const original = readFileSync(file);
  try {
    return body();
  } finally {
    writeFileSync(file, original);
  }
}
function megabytes(dir: string): number {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) / 1e6;
}

const datasets: Array<{ name: string; dir: string }> = [{ name: 'content', dir: 'content' }];
if (existsSync('../shared/corpus/how-to-harden')) datasets.push({ name: 'corpus-26', dir: '../shared/corpus/how-to-harden' });
for (const n of sizes) {
  const dir = `bench/.tmp/synthetic-${n}`;
  if (!existsSync(dir)) generateCollection(n, 1, dir);
  datasets.push({ name: `synthetic-${n}`, dir });
}
const hasBuild = existsSync('astro.config.mjs') && spawnSync(process.execPath, ['bin/hardmap.js', 'build', '--help'], { encoding: 'utf8' }).status === 0;
const clearCache = (): void => rmSync(CACHE, { recursive: true, force: true });
const hasJekyll = hasBuild && jekyllAvailable();
if (hasBuild && !hasJekyll) console.log('jekyll is not installed (Debian package `jekyll`): the build-to-Jekyll ratio is skipped');
const results: Record<string, Record<string, number>> = {};
const failures: Record<string, string> = {};
for (const { name, dir } of datasets) {
  const mb = megabytes(dir);
  runs = mb > LARGE_MB ? 1 : RUNS;
  // The machine is shared: the 1-minute load average beside the figures says how far to trust them.
  const row: Record<string, number> = { mb: Number(mb.toFixed(2)), runs, loadBefore: Number((loadavg()[0] ?? 0).toFixed(2)) };
  const naive = measure(() => undefined, ['naive', dir]);
  row['naiveMs'] = naive.ms;
  const checkCold = measure(clearCache, ['check', dir]);
  Object.assign(row, { checkColdMs: checkCold.ms, checkColdRatio: checkCold.ms / naive.ms, checkColdMBps: mb / (checkCold.ms / 1000), checkPeakRssMb: checkCold.maxRssMb });
  const warm = measure(() => undefined, ['check', dir]);
  Object.assign(row, { checkWarmMs: warm.ms, checkWarmRatio: warm.ms / naive.ms });
  // A guide to edit for the one-file-change figures (runbooks are checked differently).
  const first = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md') && !f.split('/').includes('runbooks')).sort()[0];
  if (first && !dir.startsWith('..')) {
    const file = join(dir, first);
    row['checkOneFileChangeMs'] = withEdits(file, () => measure(() => appendFileSync(file, `\n<!-- touched ${Math.random()} -->\n`), ['check', dir])).ms;
  }
  row['exportJsonMs'] = measure(() => undefined, ['export', dir, 'bench/.tmp/export']).ms;
  if (!dir.startsWith('..') && first) {
    const watch = await measureWatch(dir, runs);
    if (watch) Object.assign(row, { watchMs: median(watch.ms), watchFileKb: watch.fileKb });
  }
  if (hasBuild) {
    try {
      // Cold: no check cache, no content-layer store, no stamp (--no-cache), empty output folder.
      const cold = measure(() => rmSync(BENCH_OUT, { recursive: true, force: true }), ['buildCold', dir]);
      Object.assign(row, { buildColdMs: cold.ms, buildPeakRssMb: cold.maxRssMb });
      if (hasJekyll) {
        // The same Markdown as one page per guide, built in the same run: the ratio the issue states.
        const site = `bench/.tmp/jekyll-${name}`;
        row['jekyllPages'] = prepareJekyllSite(dir, site);
        row['jekyllMs'] = median(Array.from({ length: runs }, () => buildJekyllSite(site)));
        row['buildToJekyllRatio'] = cold.ms / row['jekyllMs'];
      }
      drive(['build', dir]);
      // Warm with nothing changed: answered by the up-to-date stamp.
      row['buildWarmMs'] = measure(() => undefined, ['build', dir]).ms;
      if (first && !dir.startsWith('..')) {
        const file = join(dir, first);
        // One guide edited: one file analyzed, every page rendered again (Astro has no partial static build).
        row['buildOneFileChangeMs'] = withEdits(file, () => measure(() => appendFileSync(file, `\n<!-- touched ${Math.random()} -->\n`), ['build', dir])).ms;
      }
    } catch (error) {
      // A build that fails is a result too (N=1300 may exhaust memory): record it, keep the rest.
      failures[name] = (error as Error).message.slice(-600);
      console.log(`${name}: build failed: ${failures[name]}`);
    }
  }
  row['loadAfter'] = Number((loadavg()[0] ?? 0).toFixed(2));
  results[name] = row;
  console.log(name, JSON.stringify(row));
}
const small = results[`synthetic-${sizes[0]}`];
const large = results[`synthetic-${sizes[1]}`];
const exponent = (key: string): number | null => (small?.[key] && large?.[key] ? Math.log(large[key] / small[key]) / Math.log((sizes[1] ?? 1) / (sizes[0] ?? 1)) : null);
const scaling = { checkCold: exponent('checkColdMs'), buildCold: exponent('buildColdMs'), naive: exponent('naiveMs') };
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(), runs: RUNS };
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', `${JSON.stringify({ machine, results, scaling, failures }, null, 2)}\n`);
const columns = ['mb', 'loadBefore', 'loadAfter', 'naiveMs', 'checkColdMs', 'checkColdRatio', 'checkWarmMs', 'checkWarmRatio', 'checkOneFileChangeMs', 'watchMs', 'exportJsonMs', 'buildColdMs', 'jekyllMs', 'buildToJekyllRatio', 'buildWarmMs', 'buildOneFileChangeMs', 'checkPeakRssMb', 'buildPeakRssMb'];
// One line per figure, one column per dataset: 14 figures do not fit across a terminal.
const names = Object.keys(results);
const cell = (value: number | undefined): string => (value === undefined ? '-' : Number.isInteger(value) ? String(value) : value.toFixed(3));
console.log(`\n${'figure'.padEnd(22)}${names.map((name) => name.padStart(16)).join('')}`);
for (const column of columns) console.log(`${column.padEnd(22)}${names.map((name) => cell(results[name]?.[column]).padStart(16)).join('')}`);
console.log(`\nscaling exponent ${sizes[0]} -> ${sizes[1]}: ${JSON.stringify(scaling)}\nmachine: ${JSON.stringify(machine)}`);
