/**
 * Cold build against a one-guide-changed rebuild (and a Jekyll build of the same guides), in
 * interleaved rounds so a noisy machine weighs on each figure alike. Prints one JSON line per
 * round and the medians; nothing is asserted.
 *   node bench/rebuild.ts --content DIR [--packs DIR] [--rounds 3] [--no-jekyll]
 * The edited guide is put back after each round. Run it under the shared lock:
 *   flock /tmp/hardmap-heavy.lock node bench/rebuild.ts --content content
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildJekyllSite, jekyllAvailable, prepareJekyllSite } from './jekyll.ts';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' }, packs: { type: 'string' }, rounds: { type: 'string', default: '3' }, jekyll: { type: 'boolean', default: true } }, allowNegative: true });
const content = values.content;
const packs = values.packs ? ['--packs', values.packs] : [];
const COLD_OUT = 'bench/.tmp/rebuild-cold';
const INCR_OUT = 'bench/.tmp/rebuild-incr';

interface Sample { ms: number; maxRssMb: number }
function build(out: string, extra: string[]): Sample {
  const result = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M', process.execPath, 'bin/hardmap.js', 'build', ...extra, '--content', content, ...packs], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, HARDMAP_OUT: out } });
  const line = /BENCH ([\d.]+) (\d+)/.exec(result.stderr);
  if (!line || result.status !== 0 && result.status !== 1) throw new Error(`build failed (${String(result.status)}): ${result.stderr.slice(-800)}`);
  return { ms: Math.round(Number(line[1]) * 1000), maxRssMb: Math.round(Number(line[2]) / 1024) };
}

// The first guide in name order, never a runbook: the same file every round.
const guide = readdirSync(content, { recursive: true }).map(String).filter((file) => file.endsWith('.md') && !file.split('/').includes('runbooks')).sort()[0];
if (!guide) throw new Error(`no guide under ${content}`);
const file = join(content, guide);
const original = readFileSync(file);
const jekyll = values.jekyll && jekyllAvailable();
const jekyllSite = 'bench/.tmp/rebuild-jekyll';
if (jekyll) prepareJekyllSite(content, jekyllSite);

// The incremental build's cache and output start from one ordinary build of the unchanged content.
build(INCR_OUT, []);
const rounds: Array<Record<string, number>> = [];
try {
  for (let round = 0; round < Number(values.rounds); round++) {
    const load = loadavg()[0] ?? 0;
    rmSync(COLD_OUT, { recursive: true, force: true });
    const cold = build(COLD_OUT, ['--no-cache']);
    appendFileSync(file, `\n<!-- touched ${round} ${Date.now()} -->\n`);
    const changed = build(INCR_OUT, []);
    const jekyllMs = jekyll ? buildJekyllSite(jekyllSite) : Number.NaN;
    const row = { round, load, coldMs: cold.ms, coldRssMb: cold.maxRssMb, changedMs: changed.ms, changedRssMb: changed.maxRssMb, ratio: changed.ms / cold.ms, jekyllMs, coldToJekyll: cold.ms / jekyllMs };
    rounds.push(row);
    console.log(JSON.stringify(row));
  }
} finally {
  writeFileSync(file, original);
}
const median = (key: string): number => rounds.map((row) => row[key] ?? 0).sort((a, b) => a - b)[Math.floor(rounds.length / 2)] ?? 0;
console.log(JSON.stringify({ content, guide, medians: Object.fromEntries(['coldMs', 'changedMs', 'ratio', 'jekyllMs', 'coldToJekyll', 'coldRssMb', 'changedRssMb'].map((key) => [key, median(key)])), loadAfter: loadavg()[0] }));
