import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectedLines } from './expected.ts';
import { analyzeGuide, checkPacks, DEFAULT_CHECK_OPTIONS, PACK_RULES, rulesReference, allRuleMetas, summarizeGuide } from '../../src/index.ts';
import { formatMessageLine, loadReferenceData, readPackTree } from '../../src/node.ts';
import { shellSyntax } from '../../src/io/packs-shell.ts';

const reference = loadReferenceData();

/** A fixture collection: `content/guides/acme.md` and `packs/`, checked as `hardmap check --packs packs [--packs-deep]` would. */
async function run(folder: string, deep: boolean): Promise<string[]> {
  const cwd = fileURLToPath(new URL(`../fixtures/${folder}/`, import.meta.url));
  const path = 'content/guides/acme.md';
  const guide = analyzeGuide(readFileSync(`${cwd}${path}`), path, reference).parsed.guide;
  const { tree } = await readPackTree('packs', cwd);
  return checkPacks([summarizeGuide(guide)], tree, reference, DEFAULT_CHECK_OPTIONS, deep ? shellSyntax(tree, cwd) : null).map(formatMessageLine);
}

describe('pack rules', () => {
  it('report nothing on a consistent guide and pack, deep mode included', async () => {
    expect(await run('packs/basic', true)).toEqual([]);
  });

  it('report exactly the expected findings on the invalid fixture, every rule at least once', async () => {
    const lines = await run('pack-rules/invalid', true);
    expect(lines).toEqual(expectedLines(new URL('../fixtures/pack-rules/invalid/expected.txt', import.meta.url), lines));
    for (const rule of PACK_RULES) expect(lines.some((line) => line.endsWith(`[${rule.meta.id}]`)), rule.meta.id).toBe(true);
  });

  it('run bash -n only in deep mode', async () => {
    expect((await run('pack-rules/invalid', false)).filter((line) => line.endsWith('[pack-shell-syntax]'))).toEqual([]);
  });

  it('are documented', () => {
    const page = rulesReference(allRuleMetas());
    for (const rule of PACK_RULES) expect(page).toContain(`\n## ${rule.meta.id}\n`);
  });
});
