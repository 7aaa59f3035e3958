import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_OPTIONS, type StoredGuide } from '../../src/index.ts';
import { analyzeAll, createMemoryModelStore, loadReferenceData, readInput, type AnalyzeOptions, type FileReader, type GuideFileResult } from '../../src/node.ts';

const BASE = readFileSync(new URL('../fixtures/base-guide.md', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'hardmap-analyze-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = (readFile: FileReader, threads: number): AnalyzeOptions => ({ cwd: dir, reference: loadReferenceData(), check: DEFAULT_CHECK_OPTIONS, threads, budgetMs: 60_000, cache: false, readFile });

function counting(): { reader: FileReader; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  return { reads, reader: (path) => {
    reads.set(path, (reads.get(path) ?? 0) + 1);
    return readInput(path);
  } };
}

describe('analyzeFiles: one road, each file read once', () => {
  writeFileSync(join(dir, 'a.md'), BASE);
  writeFileSync(join(dir, 'b.md'), BASE.replace('slug: "example"', 'slug: "example-b"'));

  for (const threads of [0, 2]) {
    it(`reads every guide exactly once per run, with the model kept (${threads} threads)`, async () => {
      const { reader, reads } = counting();
      const store = createMemoryModelStore();
      const results = await analyzeAll(['a.md', 'b.md'], { ...options(reader, threads), store });
      expect(results.map((result) => result.kind)).toEqual(['guide', 'guide']);
      expect([...reads.entries()].sort()).toEqual([[join(dir, 'a.md'), 1], [join(dir, 'b.md'), 1]]);
      // The source text and the model come from the same read: nothing is read to report or render.
      const [first] = results as GuideFileResult[];
      expect(first?.text).toBe(BASE);
      expect(JSON.parse((await store.get(first?.key ?? ''))?.json ?? '{}').text).toBe(BASE);
      expect(reads.get(join(dir, 'a.md'))).toBe(1);
    });
  }

  for (const threads of [0, 2]) {
    it(`analyzes the bytes it hashed when the file changes during the run (${threads} threads)`, async () => {
      const path = join(dir, 'changing.md');
      writeFileSync(path, BASE);
      // The reader saves a new version right after the first read, as an editor would mid-run.
      const reader: FileReader = async (file) => {
        const read = await readInput(file);
        writeFileSync(file, BASE.replace('## Overview', '## Overview\n\nChanged while checking'));
        return read;
      };
      const store = createMemoryModelStore();
      const [result] = (await analyzeAll(['changing.md'], { ...options(reader, threads), store })) as GuideFileResult[];
      const model = JSON.parse((await store.get(result?.key ?? ''))?.json ?? '{}') as StoredGuide;
      expect(model.text).toBe(BASE);
      expect(result?.text).toBe(BASE);
      expect(readFileSync(path, 'utf8')).toContain('Changed while checking');
    });
  }
});
