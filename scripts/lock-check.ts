/**
 * `node scripts/lock-check.ts` fails (exit 1) when package-lock.json is out of sync with
 * package.json or lacks an optional platform binding, so `npm ci` would fail somewhere.
 * `node scripts/lock-check.ts --write` first regenerates the lock from package.json without
 * touching node_modules (`npm install --package-lock-only`: npm records every optional platform
 * package whose metadata the registry serves, keeping the versions already locked), then checks it.
 * Run `--write` after merging branches that change dependencies.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { lockFindings } from './lock/findings.ts';

if (process.argv.includes('--write')) {
  const npm = spawnSync('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund', '--ignore-scripts'], { stdio: 'inherit' });
  if (npm.status !== 0) {
    console.error(`lock-check: npm install --package-lock-only failed (${npm.error?.message ?? `exit ${String(npm.status)}`})`);
    process.exit(2);
  }
}
const findings = lockFindings(JSON.parse(readFileSync('package.json', 'utf8')), JSON.parse(readFileSync('package-lock.json', 'utf8')));
for (const finding of findings) console.error(`lock-check: ${finding}`);
if (findings.length > 0) {
  console.error('lock-check: run `node scripts/lock-check.ts --write` and commit package-lock.json');
  process.exit(1);
}
console.log(`lock-check: package-lock.json matches package.json and records every optional platform binding`);
