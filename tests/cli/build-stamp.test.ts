import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputsHash, isUpToDate, writeStamp, type BuildInputs } from '../../src/cli/build-stamp.ts';

const out = mkdtempSync(join(tmpdir(), 'hardmap-stamp-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const inputs = (overrides: Partial<BuildInputs> = {}): string => inputsHash({
  files: [{ path: 'content/guides/a.md', bytes: new TextEncoder().encode('# A\n') }],
  contentDir: 'content', outDir: out, contentCommit: 'a'.repeat(40), config: '{}', version: '1.0.0', ...overrides,
});

describe('the up-to-date stamp of hardmap build', () => {
  it('says up to date only for the same inputs and an untouched output folder', async () => {
    mkdirSync(join(out, 'guides'), { recursive: true });
    writeFileSync(join(out, 'index.html'), '<p>home</p>');
    writeFileSync(join(out, 'guides', 'index.html'), '<p>guides</p>');
    expect(await isUpToDate(out, inputs())).toBe(false);
    await writeStamp(out, inputs());
    expect(await isUpToDate(out, inputs())).toBe(true);

    // Any input: a guide's bytes, a new guide, the commit the exports cite, config, version.
    expect(await isUpToDate(out, inputs({ files: [{ path: 'content/guides/a.md', bytes: new TextEncoder().encode('# B\n') }] }))).toBe(false);
    expect(await isUpToDate(out, inputs({ files: [] }))).toBe(false);
    expect(await isUpToDate(out, inputs({ contentCommit: 'b'.repeat(40) }))).toBe(false);
    expect(await isUpToDate(out, inputs({ config: '{"rules":{}}' }))).toBe(false);
    expect(await isUpToDate(out, inputs({ version: '1.0.1' }))).toBe(false);
  });

  it('is stale once an output file is touched, changed or deleted', async () => {
    await writeStamp(out, inputs());
    expect(await isUpToDate(out, inputs())).toBe(true);
    utimesSync(join(out, 'index.html'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(await isUpToDate(out, inputs())).toBe(false);

    await writeStamp(out, inputs());
    writeFileSync(join(out, 'guides', 'index.html'), '<p>changed by hand</p>');
    expect(await isUpToDate(out, inputs())).toBe(false);

    await writeStamp(out, inputs());
    rmSync(join(out, 'guides'), { recursive: true });
    expect(await isUpToDate(out, inputs())).toBe(false);
  });

  it('never treats an empty or missing output folder as built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'hardmap-stamp-empty-'));
    await writeStamp(empty, inputs({ outDir: empty }));
    expect(await isUpToDate(empty, inputs({ outDir: empty }))).toBe(false);
    rmSync(empty, { recursive: true, force: true });
    expect(await isUpToDate(empty, inputs({ outDir: empty }))).toBe(false);
  });
});
