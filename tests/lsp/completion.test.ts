import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadReferenceData } from '../../src/io/catalogs.ts';
import { appliesToCompletions, idCompletions } from '../../src/lsp/completion.ts';
import type { GuideSummary } from '../../src/core/summary.ts';

const reference = loadReferenceData();
const doc = (text: string): TextDocument => TextDocument.create('file:///w/content/guides/g.md', 'markdown', 1, text);
const guide = (slug: string, numbers: string[]): GuideSummary => ({ path: `content/guides/${slug}.md`, slug, headings: [], links: [], directives: [], controls: numbers.map((number) => ({ number, anchor: number.replace('.', ''), title: `Control ${number}` })) });

describe('completion of framework IDs', () => {
  it('offers the catalog of an inline mapping line, replacing what was typed', () => {
    const items = idCompletions(doc('**ISO 27001:2022:** A.5.1'), { line: 0, character: 25 }, reference);
    expect(items.find((item) => item.label === 'A.5.15')).toMatchObject({ detail: 'Access control', textEdit: { range: { start: { line: 0, character: 20 }, end: { line: 0, character: 25 } }, newText: 'A.5.15' } });
    expect(items.length).toBe(reference.catalogs.get('iso27001-2022')?.entries.size);
  });

  it('puts withdrawn NIST controls last, marked deprecated with where they went', () => {
    const items = idCompletions(doc('| NIST 800-53 Rev 5 | AC-1'), { line: 0, character: 25 }, reference);
    const withdrawn = items.find((item) => item.label === 'AC-13');
    expect(withdrawn).toMatchObject({ tags: [1], detail: 'withdrawn: into AC-2, AU-6' });
    expect(withdrawn!.sortText! > items.find((item) => item.label === 'SR-12')!.sortText!).toBe(true);
  });

  it('offers nothing for an uncatalogued framework, a header row or the label cell', () => {
    expect(idCompletions(doc('| MITRE ATT&CK | T1'), { line: 0, character: 19 }, reference)).toEqual([]);
    expect(idCompletions(doc('| Framework | Con'), { line: 0, character: 17 }, reference)).toEqual([]);
    expect(idCompletions(doc('| NIST 800-5'), { line: 0, character: 12 }, reference)).toEqual([]);
  });
});

describe('completion of runbook applies_to targets', () => {
  const guides = [guide('okta', ['1.1', '1.2']), guide('qualys', ['3.3'])];
  const labels = (text: string, line: number, character: number): string[] => appliesToCompletions(doc(text), { line, character }, guides).map((item) => item.label);

  it('completes block items and flow lists under applies_to, in the frontmatter only', () => {
    const block = '---\ntitle: "T"\napplies_to:\n  - "okta#1.1"\n  - \nlast_updated: "2026-01-01"\n---\n  - x\n';
    expect(labels(block, 4, 4)).toEqual(['okta#1.1', 'okta#1.2', 'qualys#3.3']);
    expect(labels(block, 7, 4)).toEqual([]);
    expect(labels('---\napplies_to: ["qua', 1, 17)).toEqual(['okta#1.1', 'okta#1.2', 'qualys#3.3']);
    expect(appliesToCompletions(doc('---\napplies_to: ["qua'), { line: 1, character: 17 }, guides)[2]?.textEdit).toEqual({ range: { start: { line: 1, character: 14 }, end: { line: 1, character: 17 } }, newText: 'qualys#3.3' });
  });

  it('offers nothing on another key, nor in a list under another key', () => {
    expect(labels('---\ntitle: "qu', 1, 11)).toEqual([]);
    expect(labels('---\ntags:\n  - ', 2, 4)).toEqual([]);
  });
});
