import { describe, expect, it } from 'vitest';
import { parseGuide, parseRunbook } from '../../src/index.ts';

const GUIDE = [
  '---',
  'title: "Acme Hardening Guide"',
  'vendor: 42',
  'slug: "Not Safe"',
  'tier: 2',
  'version: "1.0.0"',
  'maturity: ["ai-drafted", 7]',
  'last_updated: "2026-02-30"',
  'layout: guide',
  '---',
  '',
  '# Acme',
  '',
  '## Overview',
  '',
  'Intro.',
  '',
  '### Scope',
  '',
  'What is covered.',
  '',
  '## 1. Access',
  '',
  '### 1.1 Enforce MFA',
  '',
  '**Profile Level:** L1',
  '',
  '| Framework | Control |',
  '|-----------|---------|',
  '| NIST 800-53 Rev 5 | IA-2 |',
  '',
  '#### Description',
  '',
  'Require MFA.',
  '',
  '### 1.2 Background Reading',
  '',
  'Notes only.',
  '',
  '### Implementation Notes',
  '',
  'Loose entry text.',
  '',
  '## 2. Compliance Quick Reference',
  '',
  '### NIST 800-53 Rev 5 Mapping',
  '',
  '| Control | Acme Control | Guide Section |',
  '|---------|--------------|---------------|',
  '| IA-2 | MFA | [1.1](#11-enforce-mfa) |',
  '',
].join('\n');

describe('frontmatter parsed into typed fields once', () => {
  const { guide } = parseGuide(GUIDE, 'acme.md');

  it('keeps each known key of its type, valid or not, and drops values of another type', () => {
    expect(guide.frontmatter?.fields).toEqual({ title: 'Acme Hardening Guide', slug: 'Not Safe', tier: '2', version: '1.0.0', maturity: ['ai-drafted'], last_updated: '2026-02-30' });
    // Readers take the typed values: the unsafe slug is still the guide's slug (frontmatter-schema reports it).
    expect([guide.slug, guide.title]).toEqual(['Not Safe', 'Acme Hardening Guide']);
    expect(guide.frontmatter?.data['layout']).toBe('guide');
  });

  it('types runbook frontmatter too: applies_to keeps its string entries', () => {
    const { runbook } = parseRunbook('---\ntitle: 5\nslug: lockout\napplies_to: ["acme#1.1", 3]\n---\n\n## Symptoms\n', 'r.md');
    expect(runbook.frontmatter?.fields).toEqual({ slug: 'lockout', applies_to: ['acme#1.1'] });
    expect([runbook.title, runbook.appliesTo.map((entry) => entry.text)]).toEqual(['r', ['acme#1.1']]);
  });
});

describe('the outline of every heading is in the model', () => {
  const { guide } = parseGuide(GUIDE, 'acme.md');

  it('gives each heading its depth, number and kind, in document order', () => {
    expect(guide.outline.map((entry) => [entry.depth, entry.text, entry.number, entry.kind])).toEqual([
      [1, 'Acme', null, 'other'],
      [2, 'Overview', null, 'section'],
      [3, 'Scope', null, 'other'],
      [2, '1. Access', '1', 'section'],
      [3, '1.1 Enforce MFA', '1.1', 'control'],
      [4, 'Description', null, 'subsection'],
      [3, '1.2 Background Reading', '1.2', 'note'],
      [3, 'Implementation Notes', null, 'other'],
      [2, '2. Compliance Quick Reference', '2', 'quick-reference'],
      [3, 'NIST 800-53 Rev 5 Mapping', null, 'quick-reference'],
    ]);
    expect(guide.outline.map((entry) => [entry.anchor, entry.position])).toEqual(guide.headings.map((heading) => [heading.anchor, heading.position]));
  });

  it('keeps loose ### entries and the bodies of unnumbered sections as blocks', () => {
    const [overview, access, quickReference] = guide.sections.filter((section) => section.heading !== 'Acme');
    expect(access?.others.map((block) => [block.title, block.markdown])).toEqual([['Implementation Notes', 'Loose entry text.']]);
    expect(access?.body).toBeNull();
    expect(overview?.body?.markdown).toBe('Intro.\n\n### Scope\n\nWhat is covered.');
    expect(quickReference?.others.map((block) => block.title)).toEqual(['NIST 800-53 Rev 5 Mapping']);
  });
});
