/**
 * Property-based fuzzing of the parser, the checks and `fix` (see tests/fuzz/invariants.ts for
 * the properties). `npm run test:fuzz` runs 10,000 cases; the fixed-seed subset in
 * tests/fuzz/*.test.ts runs with `npm test`.
 *
 *   node scripts/fuzz.ts [--cases N] [--seed S] [--max-lines N] [--out DIR]
 *   node scripts/fuzz.ts --hostile      time each input of tests/hostile/generators.ts instead
 *
 * Prints the number of cases, the failures (each saved under --out to reproduce with
 * `hardmap check`) and the slowest case with its time. Seeds are the project's guides, plus
 * ../shared/corpus/how-to-harden when it is there.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { analyzeGuide, fixGuide, renderMarkdown } from '../src/index.ts';
import { loadReferenceData } from '../src/node.ts';
import { HOSTILE_INPUTS, scriptGuide } from '../tests/hostile/generators.ts';
import { concurrentFix, symlinkWalk } from '../tests/hostile/files.ts';
import { fuzzCase, type FuzzCase } from '../tests/fuzz/arbitraries.ts';
import { checkInvariants } from '../tests/fuzz/invariants.ts';
import { loadSeeds } from '../tests/fuzz/seeds.ts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
    'max-lines': { type: 'string', default: '400' },
    out: { type: 'string', default: join(tmpdir(), 'hardmap-fuzz') },
    hostile: { type: 'boolean', default: false },
  },
});
if (values.hostile) {
  await timeHostileInputs();
  process.exit(0);
}
const cases = Number(values.cases);
const seed = Number(values.seed);
const corpus = fileURLToPath(new URL('../../shared/corpus/how-to-harden', import.meta.url));
const seeds = loadSeeds([corpus]);
const reference = loadReferenceData();

interface Failure { index: number; fuzz: FuzzCase; error: string }
const failures: Failure[] = [];
let slowest = { ms: -1, index: -1, fuzz: null as FuzzCase | null };
const byKind = new Map<string, { count: number; ms: number }>();
let index = 0;
const started = performance.now();

process.stdout.write(`hardmap fuzz: ${cases} cases, seed ${seed}, ${seeds.length} seed guides, windows of up to ${values['max-lines']} lines\n`);
// The property records instead of failing, so one run counts every failure rather than stopping at the first.
fc.assert(
  fc.property(fuzzCase(seeds, Number(values['max-lines'])), (fuzz) => {
    const at = performance.now();
    try {
      checkInvariants(fuzz.input, reference);
    } catch (error) {
      failures.push({ index, fuzz, error: (error as Error).stack ?? String(error) });
    }
    const ms = performance.now() - at;
    const kind = byKind.get(fuzz.kind) ?? { count: 0, ms: 0 };
    byKind.set(fuzz.kind, { count: kind.count + 1, ms: kind.ms + ms });
    if (ms > slowest.ms) slowest = { ms, index, fuzz };
    index++;
    if (index % 1000 === 0) process.stdout.write(`  ${index} cases, ${failures.length} failures, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    return true;
  }),
  { numRuns: cases, seed },
);

const size = (input: string | Uint8Array): number => input.length;
process.stdout.write(`\ncases: ${index}\nfailures: ${failures.length}\n`);
for (const [kind, { count, ms }] of byKind) process.stdout.write(`  ${kind}: ${count} cases, mean ${(ms / count).toFixed(1)} ms\n`);
if (slowest.fuzz) process.stdout.write(`slowest: case ${slowest.index} (${slowest.fuzz.kind}: ${slowest.fuzz.label}, ${size(slowest.fuzz.input)} characters) in ${slowest.ms.toFixed(0)} ms\n`);
process.stdout.write(`total: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
if (failures.length > 0) {
  mkdirSync(values.out, { recursive: true });
  for (const failure of failures) writeFileSync(join(values.out, `case-${failure.index}.md`), failure.fuzz.input);
  for (const failure of failures.slice(0, 10)) process.stdout.write(`\ncase ${failure.index} (${failure.fuzz.kind}: ${failure.fuzz.label}):\n  ${failure.error.split('\n').slice(0, 4).join('\n  ')}\n`);
  process.stdout.write(`\nfailing inputs written to ${values.out}/case-N.md\n`);
  process.exitCode = 1;
}

/** Wall time of each hostile input through check and fix, printed (tests assert answers, not times). */
async function timeHostileInputs(): Promise<void> {
  const reference = loadReferenceData();
  analyzeGuide('---\ntitle: warm\n---\n\n## 1. A\n\n- a\n', 'warm.md', reference);
  for (const hostile of HOSTILE_INPUTS) {
    const input = hostile.make();
    const at = performance.now();
    const result = analyzeGuide(input, 'hostile.md', reference);
    const checked = performance.now() - at;
    const fixed = fixGuide(result.parsed, reference);
    const total = performance.now() - at;
    const rules = [...new Set(result.diagnostics.map((d) => d.ruleId))];
    const ok = rules.includes(hostile.expect) ? 'ok' : `MISSING ${hostile.expect}`;
    process.stdout.write(`${hostile.name.padEnd(58)} ${(input.length / 1e6).toFixed(2).padStart(6)} MB  check ${checked.toFixed(0).padStart(6)} ms  +fix ${total.toFixed(0).padStart(6)} ms  ${ok} [${rules.join(', ')}]${fixed.text === null ? ' (fix refused)' : ''}\n`);
  }
  const rendered = performance.now();
  const html = renderMarkdown(scriptGuide());
  const inert = !/<script|<iframe|<[^>]*(?:\son\w+\s*=|javascript:|(?:href|src)\s*=\s*["']?data:)/i.test(html);
  process.stdout.write(`${'renderMarkdown of the script guide'.padEnd(58)}            total ${(performance.now() - rendered).toFixed(0).padStart(6)} ms  ${inert ? 'inert' : `EXECUTABLE: ${html}`}\n`);
  const line = (name: string, ms: number, outcome: string): boolean => process.stdout.write(`${name.padEnd(58)}            total ${ms.toFixed(0).padStart(6)} ms  ${outcome}\n`);
  let at = performance.now();
  const walk = await symlinkWalk();
  line('symlinks out of the content folder', performance.now() - at, `files [${walk.files.join(', ')}], skipped links [${walk.skippedLinks.join(', ')}]`);
  at = performance.now();
  const fix = await concurrentFix();
  const same = (text: string): string => (text === fix.expected ? 'equal to one run' : 'CORRUPT');
  line('fix twice concurrently (2 x main, 2 x child process)', performance.now() - at, `in process ${same(fix.inProcess)}, child processes ${same(fix.children)}, ${fix.leftovers.length} stray files`);
}
