import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lockFindings, resolveInLock, type Lockfile } from '../../scripts/lock/findings.ts';

const manifest = { dependencies: { tool: '^1.0.0' }, devDependencies: { tester: '^2.0.0' } };
const complete: Lockfile = {
  lockfileVersion: 3,
  packages: {
    '': { dependencies: { tool: '^1.0.0' }, devDependencies: { tester: '^2.0.0' } },
    'node_modules/tool': { version: '1.2.0', dependencies: { helper: '^3.0.0' }, optionalDependencies: { 'tool-linux-x64': '1.2.0', 'tool-darwin-arm64': '1.2.0' } },
    'node_modules/tool/node_modules/helper': { version: '3.1.0' },
    'node_modules/tool-linux-x64': { version: '1.2.0' },
    'node_modules/tool-darwin-arm64': { version: '1.2.0' },
    'node_modules/tester': { version: '2.0.1' },
  },
};
const without = (lock: Lockfile, path: string): Lockfile => ({ ...lock, packages: Object.fromEntries(Object.entries(lock.packages ?? {}).filter(([key]) => key !== path)) });

describe('lock check', () => {
  it('a lock that says what package.json says and records every binding passes', () => {
    expect(lockFindings(manifest, complete)).toEqual([]);
  });

  it('a platform binding missing from the lock is named with the package that lists it', () => {
    expect(lockFindings(manifest, without(complete, 'node_modules/tool-darwin-arm64'))).toEqual([
      'node_modules/tool lists the optional dependency tool-darwin-arm64 (a platform binding), which has no entry in the lock: npm ci fails on the platforms it is for',
    ]);
  });

  it('a dependency added to package.json but not to the lock is out of sync', () => {
    const findings = lockFindings({ ...manifest, dependencies: { tool: '^1.0.0', extra: '^1.0.0' } }, complete);
    expect(findings).toEqual(['dependencies: extra (absent) in the lock, ^1.0.0 in package.json; regenerate the lock']);
  });

  it('a changed range is out of sync too', () => {
    expect(lockFindings({ ...manifest, devDependencies: { tester: '^3.0.0' } }, complete)).toEqual(['devDependencies: tester ^2.0.0 in the lock, ^3.0.0 in package.json; regenerate the lock']);
  });

  it('a dependency without an entry is named', () => {
    expect(lockFindings(manifest, without(complete, 'node_modules/tool/node_modules/helper'))).toEqual(['node_modules/tool depends on helper, which has no entry in the lock']);
  });

  it('a version 1 lock has no packages map to check', () => {
    expect(lockFindings(manifest, { lockfileVersion: 1 })[0]).toMatch(/lockfileVersion 1/);
  });

  it('resolves the way Node does: nested first, then upwards', () => {
    const packages = complete.packages ?? {};
    expect(resolveInLock(packages, 'node_modules/tool', 'helper')).toBe('node_modules/tool/node_modules/helper');
    expect(resolveInLock(packages, 'node_modules/tool/node_modules/helper', 'tester')).toBe('node_modules/tester');
    expect(resolveInLock(packages, 'node_modules/tester', 'helper')).toBeUndefined();
  });

  it("the project's own package-lock.json is complete and in sync (run node scripts/lock-check.ts --write)", () => {
    const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
    expect(lockFindings(read('package.json') as never, read('package-lock.json') as never)).toEqual([]);
  });
});
