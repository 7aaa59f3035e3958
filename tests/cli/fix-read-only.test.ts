import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspace } from './run-cli.ts';

const DRIFT = readFileSync(new URL('../fix/fixture-drift.md', import.meta.url), 'utf8');

describe('fix and read-only files', () => {
  it('refuses a 0444 file, exit 2, the file untouched; --force rewrites it and keeps the mode', async () => {
    const dir = workspace({ 'drift.md': DRIFT });
    const file = join(dir, 'drift.md');
    chmodSync(file, 0o444);
    const refused = await cli(['fix', 'drift.md'], dir);
    expect(refused).toEqual({ code: 2, stdout: '', stderr: 'hardmap fix: refusing to rewrite drift.md: the file is read-only (mode 0444); --force rewrites it anyway\n' });
    expect(readFileSync(file, 'utf8')).toBe(DRIFT);
    const forced = await cli(['fix', 'drift.md', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe(DRIFT);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    // --dry-run writes nothing, so a read-only file is shown like any other.
    writeFileSync(join(dir, 'b.md'), DRIFT);
    chmodSync(join(dir, 'b.md'), 0o444);
    expect((await cli(['fix', 'b.md', '--dry-run'], dir)).code).toBe(0);
  });
});
