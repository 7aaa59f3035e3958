import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseGuide } from '../../src/core/parse/parse-guide.ts';
import { loadReferenceData } from '../../src/io/catalogs.ts';
import { hoverAt } from '../../src/lsp/hover.ts';
import { documentSymbols } from '../../src/lsp/symbols.ts';

const reference = loadReferenceData();
// A BOM, and an inline mapping line after a non-ASCII label: both shift UTF-16 characters.
const TEXT = '\uFEFF# Ünïcode Hardening Guide\n\n## 1. Accès\n\n### 1.1 Contrôle d’accès\n\n**Profile Level:** L1\n\n**NIST 800-53 Rev 5:** AC-2, AC-13\n**ISO 27001:2022:** A.5.15\n';

describe('hover on inline mapping lines', () => {
  const document = TextDocument.create('file:///w/content/guides/u.md', 'markdown', 1, TEXT);
  const { guide } = parseGuide(TEXT, 'content/guides/u.md');

  it('answers on each ID of an inline line with its range, and on nothing else', () => {
    const ac2 = hoverAt(guide, document, { line: 8, character: 24 }, reference);
    expect(ac2?.range).toEqual({ start: { line: 8, character: 23 }, end: { line: 8, character: 27 } });
    expect((ac2?.contents as { value: string }).value.split('\n\n')[0]).toBe('**NIST SP 800-53 Rev 5 AC-2**: Account Management');
    const withdrawn = hoverAt(guide, document, { line: 8, character: 29 }, reference);
    expect((withdrawn?.contents as { value: string }).value).toContain('Withdrawn: incorporated into AC-2, AU-6.');
    const iso = hoverAt(guide, document, { line: 9, character: 21 }, reference);
    expect(iso?.range).toEqual({ start: { line: 9, character: 20 }, end: { line: 9, character: 26 } });
    expect(hoverAt(guide, document, { line: 8, character: 5 }, reference)).toBeNull();
  });

  it('places the outline after the BOM on line 1 and nowhere else', () => {
    const [title, section] = documentSymbols(guide, 1);
    // The `#` title starts after the BOM, which the editor's text still has.
    expect(title).toMatchObject({ name: 'Ünïcode Hardening Guide', selectionRange: { start: { line: 0, character: 1 }, end: { line: 0, character: 26 } } });
    expect(section?.name).toBe('1. Accès');
    expect(section?.children?.[0]).toMatchObject({ name: '1.1 Contrôle d’accès', detail: 'L1', selectionRange: { start: { line: 4, character: 0 }, end: { line: 4, character: 24 } } });
  });
});
