import { CompletionItemKind, CompletionItemTag, type CompletionItem, type Position as LspPosition } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { compareIds } from '../core/frameworks/sort.ts';
import { resolveFrameworkLabel } from '../core/frameworks/registry.ts';
import type { ReferenceData } from '../core/reference.ts';
import type { GuideSummary } from '../core/summary.ts';

/** The text of the cursor's line up to the cursor. */
function lineBefore(document: TextDocument, position: LspPosition): string {
  return document.getText({ start: { line: position.line, character: 0 }, end: position });
}

/** The ID being typed: the characters before the cursor back to a separator of a mapping cell or list. */
function typed(before: string, characters: RegExp): string {
  let start = before.length;
  while (start > 0 && characters.test(before[start - 1] ?? '')) start--;
  return before.slice(start);
}

/**
 * The framework whose IDs belong where the cursor is: a cell after the label of a mapping table
 * row (`| NIST 800-53 Rev 5 | AC-2, |`), or the text after an inline label (`**CIS Controls v8:** 6.`).
 * Null when the label names no catalogued framework (a header row, an uncatalogued framework).
 */
function frameworkAt(before: string, reference: ReferenceData): string | null {
  const row = /^\s*\|([^|]*)\|/.exec(before);
  const inline = row ? null : /^\s*(?:[-*+]\s+)?\*\*([^*]+?)\*\*\s*:?/.exec(before);
  const label = (row ?? inline)?.[1]?.replace(/:\s*$/, '').trim();
  if (!label) return null;
  const { key } = resolveFrameworkLabel(label);
  return reference.catalogs.has(key) ? key : null;
}

const ID_CHARACTERS = /[A-Za-z0-9.()\-]/;

/** Framework IDs from the catalog of the row's or line's framework; withdrawn ones last, marked deprecated. */
export function idCompletions(document: TextDocument, position: LspPosition, reference: ReferenceData): CompletionItem[] {
  const before = lineBefore(document, position);
  const framework = frameworkAt(before, reference);
  const catalog = framework ? reference.catalogs.get(framework) : undefined;
  if (!catalog) return [];
  const prefix = typed(before, ID_CHARACTERS);
  const range = { start: { line: position.line, character: position.character - prefix.length }, end: position };
  return [...catalog.entries.values()]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((entry, index): CompletionItem => ({
      label: entry.id,
      kind: CompletionItemKind.Reference,
      ...(entry.title ? { detail: entry.title } : {}),
      ...(entry.withdrawn ? { tags: [CompletionItemTag.Deprecated], detail: `withdrawn${entry.incorporatedInto.length > 0 ? `: into ${entry.incorporatedInto.join(', ')}` : ''}` } : {}),
      sortText: `${entry.withdrawn ? 1 : 0}${String(index).padStart(5, '0')}`,
      textEdit: { range, newText: entry.id },
    }));
}

/** Whether the cursor is in the frontmatter's `applies_to` value: its own line (flow list) or a `- ` item under it. */
function inAppliesTo(document: TextDocument, position: LspPosition): boolean {
  const lines = document.getText().split(/\r\n|\r|\n/);
  if (lines[0]?.replace(/^\uFEFF/, '').trim() !== '---') return false;
  const end = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
  if (position.line === 0 || (end !== -1 && position.line >= end)) return false;
  const current = lines[position.line] ?? '';
  if (/^applies_to\s*:/.test(current)) return position.character > current.indexOf(':');
  if (!/^\s*-\s*/.test(current)) return false;
  for (let line = position.line - 1; line > 0; line--) {
    const text = lines[line] ?? '';
    if (/^\s*-/.test(text) || text.trim() === '') continue;
    return /^applies_to\s*:\s*$/.test(text);
  }
  return false;
}

const TARGET_CHARACTERS = /[a-z0-9#.\-A-Z]/;

/** `guide-slug#control` targets of the collection's guides, for a runbook's `applies_to`. */
export function appliesToCompletions(document: TextDocument, position: LspPosition, guides: readonly GuideSummary[]): CompletionItem[] {
  if (!inAppliesTo(document, position)) return [];
  const prefix = typed(lineBefore(document, position), TARGET_CHARACTERS);
  const range = { start: { line: position.line, character: position.character - prefix.length }, end: position };
  return guides.flatMap((guide) =>
    guide.controls.map((control): CompletionItem => ({
      label: `${guide.slug}#${control.number}`,
      kind: CompletionItemKind.Reference,
      detail: control.title,
      textEdit: { range, newText: `${guide.slug}#${control.number}` },
    })),
  );
}
