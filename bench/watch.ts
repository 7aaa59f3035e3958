/**
 * The `check --watch` figure: from saving a guide of about 60 KB to the report of the re-check,
 * measured from outside, as an editor user sees it (fs.watch latency and the debounce included).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TARGET_BYTES = 60_000;

function closestTo60kB(dir: string): string | null {
  const files = readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.md') && !name.split('/').includes('runbooks')).map((name) => join(dir, name));
  return files.sort((a, b) => Math.abs(statSync(a).size - TARGET_BYTES) - Math.abs(statSync(b).size - TARGET_BYTES))[0] ?? null;
}

export async function measureWatch(dir: string, runs: number): Promise<{ ms: number[]; fileKb: number } | null> {
  const file = closestTo60kB(dir);
  if (!file) return null;
  const original = readFileSync(file);
  const child = spawn(process.execPath, ['bin/hardmap.js', 'check', dir, '--watch', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Reports are megabytes of JSON: count the "checked in" lines as they stream past (keeping a
  // short tail for a line split across chunks) instead of rescanning everything on each chunk.
  let reports = 0;
  let tail = '';
  let stderr = '';
  const waiters: Array<() => void> = [];
  child.stdout.on('data', (chunk: Buffer) => {
    const text = tail + chunk.toString('utf8');
    reports += (text.match(/checked in \d+ ms\n/g) ?? []).length;
    tail = text.slice(-40).includes('\n') ? text.slice(text.lastIndexOf('\n') + 1) : text.slice(-40);
    waiters.splice(0).forEach((wake) => wake());
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    waiters.splice(0).forEach((wake) => wake());
  });
  const until = async (test: () => boolean): Promise<void> => {
    while (!test()) {
      if (child.exitCode !== null) throw new Error(`check --watch exited: ${stderr.slice(-400)}`);
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  const samples: number[] = [];
  try {
    await until(() => stderr.includes('watching'));
    for (let run = 0; run < runs; run++) {
      const before = reports;
      const started = performance.now();
      writeFileSync(file, Buffer.concat([original, Buffer.from(`\n<!-- edit ${run} -->\n`)]));
      await until(() => reports > before);
      samples.push(Math.round(performance.now() - started));
      // Let the editor-style save settle before the next one.
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    child.kill();
    writeFileSync(file, original);
  }
  return { ms: samples, fileKb: Math.round(original.length / 1000) };
}
