import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRuleMetas, analyzeGuide, DEFAULT_CHECK_OPTIONS, fixGuide, parseGuide } from '../../src/index.ts';
import { loadReferenceData } from '../../src/node.ts';
import { FIXERS } from '../../src/core/fix/registry.ts';
import { cli } from '../cli/run-cli.ts';

const reference = loadReferenceData();
const fixture = (path: string): string => readFileSync(new URL(`../fixtures/rules/${path}`, import.meta.url), 'utf8');

describe('fixers are tied to rules', () => {
  it('each fixer answers at least one rule, and fixable is exactly "names a fixer"', () => {
    for (const fixer of FIXERS) expect(allRuleMetas().filter((meta) => meta.fix === fixer.id).length, fixer.id).toBeGreaterThan(0);
    for (const meta of allRuleMetas()) {
      expect(meta.fixable, meta.id).toBe(meta.fix !== undefined);
      expect(meta.fixer?.id, meta.id).toBe(meta.fix);
    }
    expect(allRuleMetas().filter((meta) => meta.fixable).map((meta) => `${meta.id}:${meta.fix}`)).toEqual([
      'anchor-broken:anchor-repair',
      'mapping-spelling:mapping-spelling',
      'quickref-nist-missing:quickref-regenerate',
      'quickref-nist-unbacked:quickref-regenerate',
      'quickref-section-unrelated:quickref-regenerate',
      'quickref-section-unresolved:quickref-regenerate',
    ]);
  });

  it('hardmap rules lists each fixable rule with its fixer', async () => {
    const run = await cli(['rules'], process.cwd());
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(allRuleMetas().length);
    for (const meta of allRuleMetas()) {
      const line = lines.find((candidate) => candidate.startsWith(`${meta.id} `)) ?? '';
      if (meta.fix) expect(line, meta.id).toMatch(new RegExp(`  fix: ${meta.fix}  `));
      else expect(line, meta.id).not.toContain('fix:');
    }
  });
});

describe('anchor-broken and the anchor repair agree', () => {
  // Plus a link nothing is near: reported without a suggestion, not fixable, left alone by the fix.
  const text = `${fixture('anchor-broken/invalid.md')}\nSee [the FAQ](#faq).\n`;
  const before = analyzeGuide(text, 'g.md', reference).diagnostics.filter((d) => d.ruleId === 'anchor-broken');

  it('the fix writes what "did you mean" proposes, and only that', () => {
    const suggested = before.filter((d) => d.expected !== undefined);
    expect(suggested.length).toBeGreaterThan(1);
    const fixed = fixGuide(parseGuide(text, 'g.md'), reference);
    const repairs = fixed.applied.filter((edit) => edit.source === 'anchor-repair');
    expect(repairs.map((edit) => edit.text)).toEqual(suggested.map((d) => d.expected?.[0]));
    const after = analyzeGuide(fixed.text ?? '', 'g.md', reference).diagnostics.filter((d) => d.ruleId === 'anchor-broken');
    expect(after.map((d) => d.actual)).toEqual(before.filter((d) => d.expected === undefined).map((d) => d.actual));
  });

  it('a finding is fixable exactly when it has a suggestion', () => {
    expect(before.map((d) => [d.actual, d.fixable])).toEqual([['2-audit-logging', true], ['11-enforce-mfa', true], ['faq', false]]);
  });
});

describe('mapping-spelling: the opt-in fixer answers an opt-in rule', () => {
  const text = fixture('mapping-spelling/invalid.md');
  const on = { ...DEFAULT_CHECK_OPTIONS, rules: { 'mapping-spelling': 'warning' as const } };

  it('is off by default, and fix.spelling repairs every finding it reports when on', () => {
    expect(analyzeGuide(text, 'g.md', reference).diagnostics.filter((d) => d.ruleId === 'mapping-spelling')).toEqual([]);
    const found = analyzeGuide(text, 'g.md', reference, on).diagnostics.filter((d) => d.ruleId === 'mapping-spelling');
    expect(found.length).toBeGreaterThan(2);
    expect(fixGuide(parseGuide(text, 'g.md'), reference).applied.filter((edit) => edit.source.startsWith('mapping-'))).toEqual([]);
    const fixed = fixGuide(parseGuide(text, 'g.md'), reference, { derived: false, spelling: true }).text ?? '';
    expect(analyzeGuide(fixed, 'g.md', reference, on).diagnostics.filter((d) => d.ruleId === 'mapping-spelling')).toEqual([]);
  });
});
