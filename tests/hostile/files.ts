import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { fixGuide, parseGuide } from '../../src/index.ts';
import { findMarkdownFiles, loadReferenceData, main } from '../../src/node.ts';

/** Hostile file-system situations, shared by inputs.test.ts (assertions) and scripts/fuzz.ts (times). */
const BIN = fileURLToPath(new URL('../../bin/hardmap.js', import.meta.url));
const DRIFT = readFileSync(new URL('../fix/fixture-drift.md', import.meta.url), 'utf8');
const run = promisify(execFile);

/** A content folder holding symlinks to a file and to a folder outside it. */
export async function symlinkWalk(): Promise<{ files: string[]; skippedLinks: string[] }> {
  const root = mkdtempSync(join(tmpdir(), 'hardmap-symlink-'));
  mkdirSync(join(root, 'content', 'guides'), { recursive: true });
  mkdirSync(join(root, 'outside'));
  writeFileSync(join(root, 'content', 'guides', 'real.md'), '---\ntitle: "Real"\n---\n');
  writeFileSync(join(root, 'outside', 'secret.md'), '---\ntitle: "Secret"\n---\n');
  symlinkSync(join(root, 'outside', 'secret.md'), join(root, 'content', 'guides', 'link.md'));
  symlinkSync(join(root, 'outside'), join(root, 'content', 'linked-folder'));
  symlinkSync('/etc', join(root, 'content', 'etc'));
  return findMarkdownFiles(['content'], root);
}

export interface ConcurrentFixOutcome {
  expected: string;
  inProcess: string;
  children: string;
  leftovers: string[];
}

/** `hardmap fix` run twice at once on one file, in process and as two child processes. */
export async function concurrentFix(): Promise<ConcurrentFixOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'hardmap-concurrent-'));
  const file = join(dir, 'drift.md');
  const expected = fixGuide(parseGuide(DRIFT, 'drift.md'), loadReferenceData()).text ?? '';
  const quiet = { write: (): boolean => true };
  const context = { cwd: dir, env: {}, stdout: quiet, stderr: quiet };
  writeFileSync(file, DRIFT);
  await Promise.all([main(['fix', 'drift.md'], context), main(['fix', 'drift.md'], context)]);
  const inProcess = readFileSync(file, 'utf8');
  writeFileSync(file, DRIFT);
  await Promise.all([0, 1].map(() => run(process.execPath, [BIN, 'fix', 'drift.md'], { cwd: dir })));
  const children = readFileSync(file, 'utf8');
  return { expected, inProcess, children, leftovers: readdirSync(dir).filter((name) => name !== 'drift.md') };
}
