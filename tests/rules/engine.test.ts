import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCollection, checkGuide, checkRunbook, COLLECTION_RULES, DEFAULT_CHECK_OPTIONS, parseGuide, parseRunbook, rules, RUNBOOK_RULES, summarizeGuide } from '../../src/index.ts';
import { formatMessageLine, loadReferenceData } from '../../src/node.ts';
import type { Rule } from '../../src/index.ts';
import type { CollectionRule } from '../../src/core/rules/types.ts';
import type { RunbookRule } from '../../src/core/rules/runbook/types.ts';
import { checkPublishedPage } from '../../src/core/rules/site-slug.ts';

const reference = loadReferenceData();
const fixture = (path: string): Buffer => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const crash = <T extends { meta: Rule['meta'] }>(like: T): T => ({ ...like, meta: { ...like.meta, id: 'always-throws' }, check() { throw new Error('boom'); } });
const ids = (found: ReadonlyArray<{ ruleId: string }>): string[] => found.map((d) => d.ruleId);

describe('a rule that throws gives one internal-error and the run goes on', () => {
  it('guide rules', () => {
    const parsed = parseGuide(fixture('rules/anchor-broken/invalid.md'), 'g.md');
    const anchorBroken = rules().find((rule) => rule.meta.id === 'anchor-broken') as Rule;
    // A rule that reports before it throws: its partial findings must not survive.
    const halfway: Rule = { meta: { ...anchorBroken.meta, id: 'throws-after-report' }, check(context) { anchorBroken.check(context); throw new TypeError('late'); } };
    const alone = checkGuide(parsed, reference, DEFAULT_CHECK_OPTIONS, [anchorBroken]);
    const found = checkGuide(parsed, reference, DEFAULT_CHECK_OPTIONS, [crash(anchorBroken), halfway, anchorBroken]);
    expect(alone.length).toBeGreaterThan(0);
    expect(found.filter((d) => d.ruleId === 'internal-error').map(formatMessageLine)).toEqual([
      'g.md:1:1-1:1: Internal error in rule always-throws: boom [internal-error]',
      'g.md:1:1-1:1: Internal error in rule throws-after-report: late [internal-error]',
    ]);
    expect(found.filter((d) => d.ruleId !== 'internal-error')).toEqual(alone);
  });

  it('collection rules', () => {
    const guides = [parseGuide('---\nslug: a\n---\n# A\n', 'a.md').guide, parseGuide('---\nslug: a\n---\n# B\n', 'b.md').guide].map(summarizeGuide);
    const found = checkCollection(guides, reference, DEFAULT_CHECK_OPTIONS, [crash(COLLECTION_RULES[0] as CollectionRule), ...COLLECTION_RULES]);
    expect(found.map(formatMessageLine)).toEqual([
      'a.md:1:1-1:1: Internal error in rule always-throws: boom [internal-error]',
      'b.md:2:1-2:5: Unexpected slug `a`, already used by a.md: expected a slug no other guide uses [slug-duplicate]',
    ]);
  });

  it('runbook rules', () => {
    const parsed = parseRunbook(fixture('runbooks/runbook-sections/invalid.md'), 'r.md');
    const normal = checkRunbook(parsed, [], DEFAULT_CHECK_OPTIONS);
    const found = checkRunbook(parsed, [], DEFAULT_CHECK_OPTIONS, [crash(RUNBOOK_RULES[0] as RunbookRule), ...RUNBOOK_RULES]);
    expect(ids(normal)).toContain('runbook-sections');
    expect(found.filter((d) => d.ruleId === 'internal-error').map(formatMessageLine)).toEqual(['r.md:1:1-1:1: Internal error in rule always-throws: boom [internal-error]']);
    expect(found.filter((d) => d.ruleId !== 'internal-error')).toEqual(normal);
  });

  it('takes the configured severity, and is never a finding of the rule that crashed', () => {
    const parsed = parseGuide('# A\n', 'a.md');
    const found = checkGuide(parsed, reference, { ...DEFAULT_CHECK_OPTIONS, rules: { 'internal-error': 'warning' } }, [crash(rules()[0] as Rule)]);
    expect(found.map((d) => [d.ruleId, d.severity, d.actual])).toEqual([['internal-error', 'warning', 'always-throws']]);
  });
});

describe('disable comments', () => {
  const runbook = (directive: string): string[] => {
    const text = readFileSync(new URL('../fixtures/runbooks/runbook-sections/invalid.md', import.meta.url), 'utf8');
    const option = /^### Option 2:.*$/m.exec(text);
    if (!option) throw new Error('fixture has no recovery option');
    const patched = `${text.slice(0, option.index)}${directive}${text.slice(option.index)}`;
    return checkRunbook(parseRunbook(patched, 'r.md'), [], DEFAULT_CHECK_OPTIONS).filter((d) => d.message.includes('trade-offs in recovery option')).map(formatMessageLine);
  };

  it('are honoured by runbook rules, for the rule they name or all rules', () => {
    expect(runbook('')).toHaveLength(1);
    expect(runbook('<!-- hardmap-disable-next-line runbook-sections -->\n')).toEqual([]);
    expect(runbook('<!-- hardmap-disable-next-line -->\n')).toEqual([]);
    expect(runbook('<!-- hardmap-disable-next-line raw-html -->\n')).toHaveLength(1);
  });

  it('are honoured by the site-slug rule', () => {
    const place = { start: { line: 3, column: 7, offset: 20 }, end: { line: 3, column: 10, offset: 23 } };
    const page = { path: 'r.md', requestedSlug: 'Bad Slug', slug: 'r', slugPlace: place };
    expect(checkPublishedPage({ ...page, directives: [] }, DEFAULT_CHECK_OPTIONS).map(formatMessageLine)).toEqual(['r.md:3:7-3:10: Unexpected slug `Bad Slug` (unsafe in a URL or already used), published as `r` [site-slug]']);
    expect(checkPublishedPage({ ...page, directives: [{ line: 3, rules: ['site-slug'] }] }, DEFAULT_CHECK_OPTIONS)).toEqual([]);
    expect(checkPublishedPage({ ...page, slug: 'Bad Slug', directives: [] }, DEFAULT_CHECK_OPTIONS)).toEqual([]);
  });
});
