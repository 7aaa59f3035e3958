import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixGuide, parseGuide, renderMarkdown } from '../../src/index.ts';
import { loadReferenceData } from '../../src/node.ts';
import { markdownCase, mutationCase, yamlCase, type FuzzCase } from './arbitraries.ts';
import { checkInvariants } from './invariants.ts';
import { loadSeeds } from './seeds.ts';

/**
 * A fixed-seed slice of `npm run test:fuzz` (scripts/fuzz.ts, 10,000 cases): a few hundred
 * cases, so a regression shows up in `npm test` with a reproducible counterexample.
 */
const reference = loadReferenceData();
const seeds = loadSeeds();
const holds = (fuzz: FuzzCase): boolean => {
  checkInvariants(fuzz.input, reference);
  return true;
};

describe('parser, check and fix hold their properties on any input', () => {
  it('arbitrary guide-shaped Markdown (120 cases)', () => {
    fc.assert(fc.property(markdownCase, holds), { seed: 20_260_301, numRuns: 120 });
  });

  it('arbitrary and hostile YAML frontmatter (120 cases)', () => {
    fc.assert(fc.property(yamlCase, holds), { seed: 20_260_302, numRuns: 120 });
  });

  it('mutated windows of the project guides (160 cases)', () => {
    fc.assert(fc.property(mutationCase(seeds, 150), holds), { seed: 20_260_303, numRuns: 160 });
  });

  it('every seed guide, whole and unmutated', () => {
    for (const seed of seeds) expect(() => checkInvariants(seed.text, reference), seed.name).not.toThrow();
  });
});

describe('regressions found by fuzzing', () => {
  it('a guide ending inside an unclosed fence gets its quick reference once, outside the fence', () => {
    const guide = '---\ntitle: "T"\n---\n\n## 1. A\n\n### 1.1 B\n\n**Profile Level:** L1 (Baseline)\n\n| Framework | Control |\n|---|---|\n| NIST 800-53 | AC-2 |\n\n```bash\necho never closed\n';
    const first = fixGuide(parseGuide(guide, 'g.md'), reference).text ?? '';
    expect(first).toContain('echo never closed\n```\n\n## 2. Compliance Quick Reference');
    expect(parseGuide(first, 'g.md').guide.quickReference?.tables.map((table) => table.framework)).toHaveLength(2);
    expect(fixGuide(parseGuide(first, 'g.md'), reference).applied).toEqual([]);
  });

  const CONTROL = '## 1. A\n\n### 1.1 B\n\n**Profile Level:** L1 (Baseline)\n\n| Framework | Control |\n|---|---|\n| NIST 800-53 | AC-2 |\n| SOC 2 | CC6.1 |\n';

  it('a fence left open in a list item at the end does not swallow a new quick reference on every run', () => {
    const guide = `---\ntitle: "T"\n---\n\n${CONTROL}\n- step\n  \`\`\`\`\n  never closed\n`;
    expect(() => checkInvariants(guide, reference)).not.toThrow();
  });

  it('tables added under a quick-reference heading do not absorb the line below them as a row', () => {
    const guide = `---\ntitle: "T"\n---\n\n${CONTROL}\n## 2. Compliance Quick Reference\n**Note:** generated.\n`;
    const fixed = fixGuide(parseGuide(guide, 'g.md'), reference).text ?? '';
    expect(fixed).toMatch(/\|\n\n\*\*Note:\*\* generated\.\n$/);
    expect(() => checkInvariants(guide, reference)).not.toThrow();
  });

  it('a file with two BOMs keeps exact positions, so fix replaces whole tables', () => {
    const drift = readFileSync(new URL('../fix/fixture-drift.md', import.meta.url));
    expect(() => checkInvariants(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...drift]), reference)).not.toThrow();
    const parsed = parseGuide(`\uFEFF${drift.toString()}`, 'g.md');
    const heading = parsed.guide.headings[0];
    expect(parsed.text.slice(heading?.position.start.offset, heading?.position.end.offset)).toBe('## Overview');
  });

  it('invalid UTF-8 after a BOM is reported at its offset in the text without the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('---\ntitle: x\n---\nab'), 0xff, 0x0a]);
    const problem = parseGuide(bytes, 'g.md').problems.find((p) => p.ruleId === 'input-encoding');
    expect(problem?.position.start).toEqual({ line: 4, column: 3, offset: 19 });
  });

  it('a fence info string cannot smuggle markup into the rendered class attribute', () => {
    expect(renderMarkdown('```<script>alert(1)</script>\nx\n```\n\n```c++\ny\n```')).toBe('<pre><code class="">x\n</code></pre>\n<pre><code class="language-c++">y\n</code></pre>');
  });
});
