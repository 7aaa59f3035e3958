/**
 * Peak memory of a command and every process it starts: `/usr/bin/time -v` reports the largest
 * single process, which hides a child (Pagefind's indexer, a worker pool in another process)
 * running beside its parent. This samples the resident set of the whole process tree from /proc.
 *   node bench/peak-rss.ts [--every 500] [--log FILE] -- <command> [args...]
 * Prints one JSON line: wall time, exit code, the peak of the tree's summed RSS, the peak of its
 * largest process, and when each peak happened. `--log` writes one line per sample
 * (seconds, summed MB, largest MB, process count) for lining up against a verbose build log.
 * Linux only; nothing is asserted.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const split = process.argv.indexOf('--');
if (split < 0 || split === process.argv.length - 1) {
  console.error('usage: node bench/peak-rss.ts [--every MS] [--log FILE] -- <command> [args...]');
  process.exit(2);
}
const { values } = parseArgs({ args: process.argv.slice(2, split), options: { every: { type: 'string', default: '500' }, log: { type: 'string' } } });
const [command, ...args] = process.argv.slice(split + 1) as [string, ...string[]];

/** Parent pid and resident set (kB) of every live process, from /proc/<pid>/status. */
function processes(): Map<number, { parent: number; rssKb: number }> {
  const found = new Map<number, { parent: number; rssKb: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      found.set(Number(name), { parent, rssKb });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return found;
}

function treeOf(root: number): { sumKb: number; largestKb: number; count: number } {
  const all = processes();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of all) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let sumKb = 0;
  let largestKb = 0;
  let count = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    const entry = all.get(pid);
    if (entry) {
      sumKb += entry.rssKb;
      largestKb = Math.max(largestKb, entry.rssKb);
      count += 1;
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return { sumKb, largestKb, count };
}

const started = performance.now();
const child = spawn(command, args, { stdio: 'inherit' });
const samples: string[] = [];
let peak = { sumKb: 0, at: 0 };
let largest = { kb: 0, at: 0 };
const timer = setInterval(() => {
  if (child.pid === undefined) return;
  const at = (performance.now() - started) / 1000;
  const tree = treeOf(child.pid);
  if (tree.sumKb > peak.sumKb) peak = { sumKb: tree.sumKb, at };
  if (tree.largestKb > largest.kb) largest = { kb: tree.largestKb, at };
  samples.push(`${at.toFixed(1)} ${(tree.sumKb / 1024).toFixed(0)} ${(tree.largestKb / 1024).toFixed(0)} ${tree.count}`);
}, Number(values.every));
child.on('exit', (code, signal) => {
  clearInterval(timer);
  if (values.log) writeFileSync(values.log, `${samples.join('\n')}\n`);
  console.log(JSON.stringify({
    command: [command, ...args].join(' '),
    wallS: Number(((performance.now() - started) / 1000).toFixed(1)),
    exit: code ?? signal,
    peakTreeRssMb: Math.round(peak.sumKb / 1024), peakTreeAtS: Number(peak.at.toFixed(1)),
    peakProcessRssMb: Math.round(largest.kb / 1024), peakProcessAtS: Number(largest.at.toFixed(1)),
    samples: samples.length,
  }));
});
