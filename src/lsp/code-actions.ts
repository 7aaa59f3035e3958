import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixGuide, fixPass } from '../core/fix/fix-guide.ts';
import type { TextEdit } from '../core/fix/edits.ts';
import type { FixerId } from '../core/fix/fixer-ids.ts';
import type { FixOptions } from '../core/fix/options.ts';
import type { ParsedGuide } from '../core/parse/parse-guide.ts';
import type { ReferenceData } from '../core/reference.ts';
import { rulesById } from '../core/rules/registry.ts';
import { offsetsToRange, toOffset } from './positions.ts';

/** The source action that regenerates the file's quick reference, whatever the findings. */
export const REGENERATE_QUICK_REFERENCE = `${CodeActionKind.Source}.hardmap.regenerateQuickReference`;
/** `hardmap fix` on the whole file. */
export const FIX_ALL = `${CodeActionKind.SourceFixAll}.hardmap`;

/** Which fixer proposed an edit: the spelling fixer names its edits by what they touch. */
function fixerOf(edit: TextEdit): string {
  return edit.source === 'mapping-label' || edit.source === 'mapping-id' ? 'mapping-spelling' : edit.source;
}

const TITLES: Record<FixerId, string> = {
  'anchor-repair': 'Point the link at the heading hardmap suggests',
  'quickref-regenerate': 'Regenerate the Compliance Quick Reference from the controls',
  'mapping-spelling': 'Spell the framework label or ID canonically',
};

interface ActionRequest {
  document: TextDocument;
  parsed: ParsedGuide;
  reference: ReferenceData;
  options: FixOptions;
  /** The diagnostics the editor sends with the request (those at the cursor or selection). */
  diagnostics: readonly LspDiagnostic[];
  /** Kinds the editor asks for, if it narrows them. */
  only?: readonly string[];
}

function workspaceEdit(document: TextDocument, edits: LspTextEdit[]): WorkspaceEdit {
  // Versioned: an editor refuses the edit if the document changed since it was computed.
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
}

const toLsp = (document: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] => edits.map((edit) => ({ range: offsetsToRange(document, edit.start, edit.end), newText: edit.text }));

/**
 * Quick fixes and source actions, all from the edits `hardmap fix` applies: one pass of the fixers
 * over the file (core/fix/fix-guide.ts). A fixable finding gets the edits of its rule's fixer (for
 * a link or an ID, those inside the finding; for the quick reference, the whole regenerated
 * section, which is one fix); "regenerate the quick reference" offers that fixer's edits on their
 * own, and "fix all" the text `hardmap fix` would write. A file `hardmap fix` refuses gets none.
 */
export function codeActions(request: ActionRequest): CodeAction[] {
  const { document, parsed, reference, options } = request;
  const pass = fixPass(parsed, reference, options);
  if (pass.text === null || pass.applied.length === 0) return [];
  const actions: CodeAction[] = [];
  const byFixer = new Map<string, CodeAction>();
  for (const diagnostic of request.diagnostics) {
    // A client that drops `data` still gets the fix: only edits `hardmap fix` applies are offered.
    if (diagnostic.source !== 'hardmap' || (diagnostic.data as { fixable?: boolean } | undefined)?.fixable === false) continue;
    const fixer = rulesById().get(String(diagnostic.code))?.meta.fix;
    if (!fixer) continue;
    const start = toOffset(document, diagnostic.range.start);
    const end = toOffset(document, diagnostic.range.end);
    const edits = pass.applied.filter((edit) => fixerOf(edit) === fixer && (fixer === 'quickref-regenerate' || (edit.start <= end && edit.end >= start)));
    if (edits.length === 0) continue;
    const key = fixer === 'quickref-regenerate' ? fixer : `${fixer}:${edits.map((edit) => edit.start).join(',')}`;
    const existing = byFixer.get(key);
    if (existing) {
      existing.diagnostics?.push(diagnostic);
      continue;
    }
    const action: CodeAction = { title: `${TITLES[fixer]} (hardmap fix)`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: workspaceEdit(document, toLsp(document, edits)) };
    byFixer.set(key, action);
    actions.push(action);
  }
  const quickReference = pass.applied.filter((edit) => fixerOf(edit) === 'quickref-regenerate');
  if (quickReference.length > 0) actions.push({ title: 'Regenerate the quick reference (hardmap fix)', kind: REGENERATE_QUICK_REFERENCE, edit: workspaceEdit(document, toLsp(document, quickReference)) });
  const all = fixGuide(parsed, reference, options).text;
  if (all !== null) actions.push({ title: 'Fix all hardmap findings (hardmap fix)', kind: FIX_ALL, edit: workspaceEdit(document, [wholeChange(document, parsed, all)]) });
  const only = request.only;
  return only ? actions.filter((action) => only.some((kind) => action.kind === kind || action.kind?.startsWith(`${kind}.`))) : actions;
}

/**
 * `hardmap fix` on the file as one edit: the span between the longest common prefix and suffix of
 * the text and its fixed text (its two passes may move text the second pass then edits).
 */
function wholeChange(document: TextDocument, parsed: ParsedGuide, fixed: string): LspTextEdit {
  const original = parsed.original ?? parsed.text;
  let start = 0;
  while (start < original.length && start < fixed.length && original[start] === fixed[start]) start++;
  // Never between the two halves of a surrogate pair.
  if (start > 0 && /[\uD800-\uDBFF]/.test(original[start - 1] ?? '')) start--;
  let end = 0;
  while (end < original.length - start && end < fixed.length - start && original[original.length - 1 - end] === fixed[fixed.length - 1 - end]) end++;
  if (end > 0 && /[\uDC00-\uDFFF]/.test(original[original.length - end] ?? '')) end--;
  return { range: offsetsToRange(document, start, original.length - end), newText: fixed.slice(start, fixed.length - end) };
}
