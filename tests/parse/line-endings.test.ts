import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeGuide, fixGuide, parseGuide, parseRunbook } from '../../src/index.ts';
import { loadReferenceData, main } from '../../src/node.ts';

/**
 * A lone CR (classic Mac OS) ends a line in CommonMark just as LF and CRLF do. A guide saved that
 * way must read exactly like its LF twin: same model, same diagnostics at the same lines and
 * columns, and `fix` must keep its CRs.
 */
const reference = loadReferenceData();
const cr = (text: string): string => text.replace(/\n/g, '\r');
const guides = [
  ...readdirSync(new URL('../../content/guides/', import.meta.url)).map((name) => new URL(`../../content/guides/${name}`, import.meta.url)),
  ...readdirSync(new URL('../fixtures/site-small/guides/', import.meta.url)).map((name) => new URL(`../fixtures/site-small/guides/${name}`, import.meta.url)),
];
const DRIFT = readFileSync(new URL('../fix/fixture-drift.md', import.meta.url), 'utf8');

describe('lone CR line endings', () => {
  it.each(guides.map((url) => [url.pathname.split('/').slice(-2).join('/'), url] as const))('%s converted to CR-only gives the model and diagnostics of its LF twin', (_name, url) => {
    const lf = readFileSync(url, 'utf8');
    const a = analyzeGuide(lf, 'g.md', reference);
    const b = analyzeGuide(cr(lf), 'g.md', reference);
    expect(b.parsed.guide.frontmatter?.data['title']).toBe(a.parsed.guide.frontmatter?.data['title']);
    expect(b.parsed.guide.controls.length).toBe(a.parsed.guide.controls.length);
    expect(b.parsed.guide.controls.flatMap((control) => control.mappings).length).toBe(a.parsed.guide.controls.flatMap((control) => control.mappings).length);
    // Stronger than the counts: every position, slice and message of the model is the same.
    expect(b.parsed.guide).toEqual(a.parsed.guide);
    expect(b.diagnostics).toEqual(a.diagnostics);
    expect(b.parsed.text).toBe(lf);
    expect(b.parsed.original).toBe(cr(lf));
  });

  it('frontmatter keys and YAML errors are placed at the line and column of the LF twin', () => {
    const lf = DRIFT.replace('tier: "3"', 'tier: [3');
    const place = (text: string): string[] => analyzeGuide(text, 'g.md', reference).diagnostics.filter((d) => d.ruleId.startsWith('frontmatter')).map((d) => `${d.ruleId} ${d.place.start.line}:${d.place.start.column}-${d.place.end.line}:${d.place.end.column}`);
    expect(place(lf).length).toBeGreaterThan(0);
    expect(place(cr(lf))).toEqual(place(lf));
    const parsed = parseGuide(cr(DRIFT), 'g.md');
    expect(parsed.guide.frontmatter?.keyPositions['title']?.start).toEqual(parseGuide(DRIFT, 'g.md').guide.frontmatter?.keyPositions['title']?.start);
    expect(parsed.guide.frontmatter?.keyPositions['title']?.start.line).toBe(2);
  });

  it('a runbook saved with CRs keeps its frontmatter and applies_to', () => {
    const lf = readFileSync(new URL('../fixtures/site-small/runbooks/registry-pull-denied.md', import.meta.url), 'utf8');
    const parsed = parseRunbook(cr(lf), 'r.md');
    expect(parsed.problems).toEqual([]);
    expect(parsed.runbook).toEqual(parseRunbook(lf, 'r.md').runbook);
  });

  it('fix writes CR-only text, the CR twin of the LF fix, and a second fix changes nothing', () => {
    const lfFixed = fixGuide(parseGuide(DRIFT, 'g.md'), reference);
    const crFixed = fixGuide(parseGuide(cr(DRIFT), 'g.md'), reference);
    expect(lfFixed.applied.length).toBeGreaterThan(3);
    expect(crFixed.applied.map((edit) => edit.source)).toEqual(lfFixed.applied.map((edit) => edit.source));
    expect(crFixed.text).toBe(cr(lfFixed.text ?? ''));
    expect(crFixed.text).not.toContain('\n');
    expect(fixGuide(parseGuide(crFixed.text ?? '', 'g.md'), reference).applied).toEqual([]);
  });

  it('a guide without a quick reference gets one appended with CRs', () => {
    const bare = DRIFT.replace(/## \d+\. Compliance Quick Reference[\s\S]*?(?=## )/, '');
    const lfFixed = fixGuide(parseGuide(bare, 'g.md'), reference).text ?? '';
    expect(lfFixed).toMatch(/^## 2\. Compliance Quick Reference$/m);
    expect(fixGuide(parseGuide(cr(bare), 'g.md'), reference).text).toBe(cr(lfFixed));
  });

  it('`hardmap fix` keeps the BOM and the CRs in the file it rewrites', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardmap-cr-'));
    writeFileSync(join(dir, 'g.md'), `\uFEFF${cr(DRIFT)}`);
    const quiet = { write: (): boolean => true };
    expect(await main(['fix', 'g.md'], { cwd: dir, env: {}, stdout: quiet, stderr: quiet })).toBe(0);
    const written = readFileSync(join(dir, 'g.md'), 'utf8');
    expect(written).toBe(`\uFEFF${cr(fixGuide(parseGuide(DRIFT, 'g.md'), reference).text ?? '')}`);
  });

  it('`hardmap fix --dry-run` shows the changed lines of a CR-only file, not one changed line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardmap-cr-'));
    writeFileSync(join(dir, 'g.md'), cr(DRIFT));
    let diff = '';
    await main(['fix', '--dry-run', 'g.md'], { cwd: dir, env: {}, stdout: { write: (text: string) => (diff += text) }, stderr: { write: () => true } });
    expect(diff).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@/m);
    expect(diff).not.toMatch(/^@@ -1 \+1 @@/m);
    expect(diff).toContain('+| AC-2 | Configure SSO | [1.2](#12-configure-sso) |');
    expect(readFileSync(join(dir, 'g.md'), 'utf8')).toBe(cr(DRIFT));
  });
});
