import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../src/index.ts';

const guide = (body: string): ReturnType<typeof parseGuide>['guide'] => parseGuide(`---\ntitle: "T"\nslug: "t"\n---\n\n${body}`, 't.md').guide;

describe('anchors', () => {
  it('follows GitHub: punctuation dropped, & gives --, repeats get -1, -2', () => {
    const { headings } = guide('## 1. Access & Authentication\n\n### 1.1 Use Key-Based (SSH) Scanning!\n\n## Notes\n\n## Notes\n\n## Notes\n');
    expect(headings.map((h) => h.anchor)).toEqual(['1-access--authentication', '11-use-key-based-ssh-scanning', 'notes', 'notes-1', 'notes-2']);
  });
});

describe('controls', () => {
  const body = [
    '## 2. Section', '',
    '### 2.1.1 Nested Number', '', '**Profile Level:** L1 (Crawl) - CRITICAL', '**NIST 800-53:** AC-2, AC-6 (Least Privilege)', '**CIS Controls:** 5.4', '',
    '#### ClickOps Implementation', '', '**Step 1: Open settings**', '1. Navigate to: **Admin** -> **Users** > **Roles**', '   - nested detail', '', '**Time to Complete:** ~5 minutes', '',
    '#### Code Implementation', '', '{% include pack-code.html vendor="x" section="2.1.1" %}', '', '```bash', 'echo hi', '```', '',
    '#### Compliance Mappings', '', '| Framework | Control ID | Control Description |', '|---|---|---|', '| **SOC 2** | CC6.1 | Logical access |', '',
    '#### Operational Impact', '', 'Low.', '',
    '### A.1 Appendix Control', '', '**Profile Level:** L3 (Maximum Security)', '',
    '### 2.2 Reference Material', '', 'No level here, so this is a note.', '',
  ].join('\n');
  const parsed = guide(body);

  it('reads numbers like 2.1.1 and A.1 and skips numbered entries without level or mappings', () => {
    expect(parsed.controls.map((c) => c.number)).toEqual(['2.1.1', 'A.1']);
    expect(parsed.sections[0]?.notes.map((n) => n.title)).toEqual(['2.2 Reference Material']);
  });

  it('normalizes the level and keeps the label as written', () => {
    expect(parsed.controls[0]?.level).toMatchObject({ level: 'L1', name: 'Crawl', qualifier: 'CRITICAL', text: 'L1 (Crawl) - CRITICAL' });
    expect(parsed.controls[1]?.level).toMatchObject({ level: 'L3', name: 'Maximum Security' });
  });

  it('collects mappings from inline lines and Compliance Mappings tables with exact positions', () => {
    const mappings = parsed.controls[0]?.mappings ?? [];
    expect(mappings.map((m) => [m.framework, m.id, m.text, m.source])).toEqual([
      ['nist-800-53-r5', 'AC-2', 'AC-2', 'inline'],
      ['nist-800-53-r5', 'AC-6', 'AC-6 (Least Privilege)', 'inline'],
      ['cis-controls-v8', '5.4', '5.4', 'inline'],
      ['soc2-tsc-2017', 'CC6.1', 'CC6.1', 'compliance-mappings'],
    ]);
    const ac6 = mappings[1];
    expect(ac6?.position.start).toMatchObject({ line: 11, column: 24 });
  });

  it('splits menu paths on arrows and keeps nested items', () => {
    const step = parsed.controls[0]?.clickOps?.steps[0];
    expect(step?.title).toBe('Open settings');
    expect(step?.items[0]?.menuPath).toEqual(['Admin', 'Users', 'Roles']);
    expect(step?.items[0]?.children.map((c) => c.text)).toEqual(['nested detail']);
    expect(parsed.controls[0]?.timeToComplete?.text).toBe('~5 minutes');
  });

  it('keeps code and Liquid includes as typed opaque blocks and other h4s as generic blocks', () => {
    expect(parsed.controls[0]?.code.map((c) => c.kind)).toEqual(['liquid', 'fenced']);
    expect(parsed.controls[0]?.code[0]).toMatchObject({ params: { vendor: 'x', section: '2.1.1' } });
    expect(parsed.controls[0]?.subsections.map((s) => s.title)).toEqual(['Code Implementation', 'Operational Impact']);
  });
});

it('reads `#### Implementation` as the ClickOps steps, as several real guides title them', () => {
  const parsed = guide('## 1. A\n\n### 1.1 B\n\n**Profile Level:** L1\n\n#### Implementation\n\n1. Do the thing\n\n#### Code Implementation\n\n```sh\nx\n```\n');
  expect(parsed.controls[0]?.clickOps?.steps[0]?.items.map((item) => item.text)).toEqual(['Do the thing']);
  expect(parsed.controls[0]?.subsections.map((s) => s.title)).toEqual(['Code Implementation']);
});

describe('quick reference', () => {
  it('resolves links by anchor and bare numbers by number, and leaves stale ones unresolved', () => {
    const parsed = guide([
      '## 1. A', '', '### 1.1 Renamed Control', '', '**Profile Level:** L1', '',
      '## 2. Compliance Quick Reference', '', '### NIST 800-53 Rev 5 Mapping', '',
      '| Control | X | Guide Section |', '|---|---|---|',
      '| IA-2 | a | [1.1](#11-renamed-control) |', '| IA-5 | b | 1.1 |', '| AC-2 | c | [1.1](#11-old-title) |', '| AC-3 | d | 9.9 |', '',
    ].join('\n'));
    const rows = parsed.quickReference?.tables[0]?.rows ?? [];
    expect(parsed.quickReference?.tables[0]?.framework).toBe('nist-800-53-r5');
    expect(rows.map((r) => [r.ids[0]?.id, r.sections[0]?.resolvedControl])).toEqual([['IA-2', '1.1'], ['IA-5', '1.1'], ['AC-2', null], ['AC-3', null]]);
  });
});

describe('Liquid on a heading line', () => {
  const mark = (status: string, extra = ''): string => `{% include status-mark.html status="${status}"${extra} %}`;
  const parsed = guide([
    '## 1. A', '', '### 1.1 Marked Control', '', '**Profile Level:** L1', '',
    `#### ClickOps Implementation${mark('ai-validated', ' evidence="Walked the console" date="2026-01-05"')}`, '', '1. Do the thing', '',
    `#### Code Implementation ${mark('ni-reviewed')}`, '', '```sh\nx\n```', '',
    `#### Validation${mark('ai-drafted')}`, '', '1. Check it', '',
    '### 1.2 Second Control', '', '**Profile Level:** L1', '',
    `#### Code Implementation ${mark('ai-validated')}`, '', '```sh\ny\n```', '',
  ].join('\n'));
  const control = parsed.controls[0];

  it('names the heading without the tag and still recognises the subsection kind', () => {
    expect(control?.clickOps?.title).toBe('ClickOps Implementation');
    expect(control?.clickOps?.steps[0]?.items.map((item) => item.text)).toEqual(['Do the thing']);
    expect(control?.validation?.title).toBe('Validation');
    expect(control?.subsections.map((s) => s.title)).toEqual(['Code Implementation']);
  });

  it('gives the anchor kramdown gives: the tag does not count, a space before it does', () => {
    expect(control?.clickOps?.anchor).toBe('clickops-implementation');
    expect(control?.subsections[0]?.anchor).toBe('code-implementation-');
    expect(parsed.controls[1]?.subsections[0]?.anchor).toBe('code-implementation--1');
  });

  it('keeps the mark in the model, on the heading and on the block', () => {
    expect(control?.clickOps?.mark).toMatchObject({ status: 'ai-validated', evidence: 'Walked the console', date: '2026-01-05', position: { start: { line: 12, column: 29 } } });
    expect(control?.subsections[0]?.mark).toMatchObject({ status: 'ni-reviewed', evidence: null, date: null });
    const heading = parsed.headings.find((h) => h.text === 'ClickOps Implementation');
    expect(heading?.mark?.value).toBe(mark('ai-validated', ' evidence="Walked the console" date="2026-01-05"'));
    expect(parsed.headings.find((h) => h.text === '1.1 Marked Control')?.mark).toBeNull();
  });
});

describe('control numbers in unusual forms', () => {
  const entry = (heading: string, body = '**Profile Level:** L1'): string[] => [heading, '', body, ''];
  const parsed = parseGuide(`---\ntitle: "T"\nslug: "t"\n---\n\n${[
    '## 1. A', '',
    ...entry('### 1.2a Letter Suffix'), ...entry('### 1-3 Hyphenated'), ...entry('### 1.4) Parenthesis'),
    ...entry('### Control 1.6: Prefixed'), ...entry('### 1.7: Colon'),
    ...entry('### 1.8 Mapped Only', '| Framework | Control |\n|---|---|\n| NIST 800-53 | AC-2 |'),
    ...entry('### Unnumbered Control'),
    ...entry('### 1.9 Environment-Specific Requirements', 'Reference text.'),
    ...entry('### Overview Note', '**NIST 800-53:** AC-2'),
  ].join('\n')}`, 't.md');

  it('keeps every heading with a level or a mapping table that has a number as a control', () => {
    expect(parsed.guide.controls.map((c) => [c.number, c.title])).toEqual([
      ['1.2a', 'Letter Suffix'], ['1-3', 'Hyphenated'], ['1.4', 'Parenthesis'], ['1.6', 'Prefixed'], ['1.7', 'Colon'], ['1.8', 'Mapped Only'],
    ]);
  });

  it('flags the ambiguous number and the heading without one, and nothing else', () => {
    expect(parsed.problems.filter((p) => p.ruleId === 'control-number-invalid').map((p) => [p.position.start.line, p.actual])).toEqual([[12, '1-3'], [34, 'Unnumbered Control']]);
  });

  it('keeps a numbered entry without level or mappings as a note that carries its number and anchor', () => {
    expect(parsed.guide.sections[0]?.notes.map((n) => [n.number, n.anchor])).toEqual([['1.9', '19-environment-specific-requirements']]);
  });
});
