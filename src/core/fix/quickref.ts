import { NIST, SOC2 } from '../frameworks/registry.ts';
import type { Guide } from '../model/guide.ts';
import { escapeCell, generateQuickReference, renderTable, type QuickReferenceEntry } from '../quickref/generate.ts';
import type { ReferenceData } from '../reference.ts';
import { GENERATED_MARKER } from '../parse/quickref.ts';
import type { TextEdit } from './edits.ts';
import { DEFAULT_FIX_OPTIONS, type FixOptions } from './options.ts';
import { literalMarkdown } from '../markdown/literal.ts';

const SOURCE = 'quickref-regenerate';
const HEADINGS = { [SOC2]: 'SOC 2 Trust Services Criteria Mapping', [NIST]: 'NIST 800-53 Rev 5 Mapping' } as const;
/** The heading of the opt-in derived table: its rows are crosswalk results, never the guide's claims. */
export const DERIVED_HEADING = 'SOC 2 Criteria Derived Through the AICPA Mapping (not claimed by the controls)';
type TableKey = typeof SOC2 | typeof NIST | 'derived';

function tableText(key: TableKey, entries: QuickReferenceEntry[], vendor: string, eol: string): string {
  if (key === 'derived') {
    return renderTable(['Criterion', `${literalMarkdown(vendor).replace(/\s+/g, ' ').trim()} Control`, 'Guide Section', 'Via NIST'], entries.map((entry) => [entry.id, escapeCell(entry.title), `[${entry.control}](#${entry.anchor})`, entry.via ?? '']), eol);
  }
  const header = [key === SOC2 ? 'Control ID' : 'Control', `${literalMarkdown(vendor).replace(/\s+/g, ' ').trim()} Control`, 'Guide Section'];
  return renderTable(header, entries.map((entry) => [entry.id, escapeCell(entry.title), `[${entry.control}](#${entry.anchor})`]), eol);
}

/**
 * Edits that make the Compliance Quick Reference equal to the one generated from the controls:
 * the SOC 2 and NIST tables are replaced in place; missing ones are added; other framework
 * tables and every byte around them are left as they are.
 */
export function quickReferenceEdits(guide: Guide, text: string, reference: ReferenceData, eol: string, options: FixOptions = DEFAULT_FIX_OPTIONS): TextEdit[] {
  if (guide.controls.length === 0) return [];
  const generated = generateQuickReference(guide, reference);
  const vendor = guide.frontmatter?.fields.vendor ?? guide.title.replace(/\s+Hardening Guide$/i, '');
  const derived = generated.soc2.filter((entry) => entry.derivation === 'derived');
  const tables = new Map<TableKey, string>([
    [SOC2, tableText(SOC2, generated.soc2.filter((entry) => entry.derivation === 'asserted'), vendor, eol)],
    [NIST, tableText(NIST, generated.nist, vendor, eol)],
  ]);
  if (options.derived && derived.length > 0) tables.set('derived', tableText('derived', derived, vendor, eol));
  const headingOf = (key: TableKey): string => (key === 'derived' ? DERIVED_HEADING : HEADINGS[key]);
  const quickReference = guide.quickReference;
  if (!quickReference) return [newSectionEdit(guide, text, [...tables].map(([key, table]) => `### ${headingOf(key)}${eol}${eol}${table}`), eol)];
  const edits: TextEdit[] = [];
  const missing: string[] = [];
  const derivedTable = quickReference.tables.find((table) => table.heading === DERIVED_HEADING);
  for (const [key, table] of tables) {
    const existing = key === 'derived' ? derivedTable : quickReference.tables.find((t) => t.framework === key && t !== derivedTable && t.shape !== 'matrix');
    if (existing) edits.push({ start: existing.position.start.offset, end: existing.position.end.offset, text: table, source: SOURCE });
    else missing.push(`### ${headingOf(key)}${eol}${eol}${table}`);
  }
  // A derived table the config no longer asks for goes, with its heading.
  if (derivedTable && !tables.has('derived')) {
    const heading = guide.headings.find((h) => h.text === DERIVED_HEADING && h.position.start.offset < derivedTable.position.start.offset);
    let start = heading?.position.start.offset ?? derivedTable.position.start.offset;
    // The blank lines that separated it go too, so removing it undoes adding it byte for byte.
    while (start > 0 && /[\r\n \t]/.test(text[start - 1] ?? '')) start--;
    edits.push({ start, end: derivedTable.position.end.offset, text: '', source: SOURCE });
  }
  const sectionHeading = guide.headings.find((h) => h.anchor === quickReference.anchor);
  if (!quickReference.generated && sectionHeading) edits.push({ start: sectionHeading.position.end.offset, end: sectionHeading.position.end.offset, text: `${eol}${eol}${GENERATED_MARKER}`, source: SOURCE });
  if (missing.length > 0) {
    const lastTable = quickReference.tables.at(-1);
    const at = lastTable?.position.end.offset ?? sectionHeading?.position.end.offset ?? quickReference.position.start.offset;
    // A line right below the new table would be read as one more row by GFM (found by fuzzing).
    const touching = at < text.length && !/^[ \t]*\r?\n[ \t]*(?:\r?\n|$)/.test(text.slice(at, at + 512));
    edits.push({ start: at, end: at, text: `${eol}${eol}${missing.join(`${eol}${eol}`)}${touching ? eol : ''}`, source: SOURCE });
  }
  return edits;
}

/** A guide without a quick reference gets one before its references, changelog or end. */
function newSectionEdit(guide: Guide, text: string, tables: string[], eol: string): TextEdit {
  const numbers = guide.sections.map((section) => Number(section.number)).filter(Number.isInteger);
  const number = numbers.length > 0 ? Math.max(...numbers) + 1 : null;
  const before = guide.sections.find((section) => /references|appendix|changelog|contributing/i.test(section.heading) && section.position.start.offset > (guide.controls.at(-1)?.position.end.offset ?? 0));
  const body = [`## ${number !== null ? `${number}. ` : ''}Compliance Quick Reference`, GENERATED_MARKER, ...tables].join(`${eol}${eol}`);
  if (before) return { start: before.position.start.offset, end: before.position.start.offset, text: `${body}${eol}${eol}---${eol}${eol}`, source: SOURCE };
  const ending = text.endsWith(eol) ? '' : eol;
  // A fence or comment left open at the end would swallow the appended section (found by fuzzing:
  // each run appended another copy), so close it first; CommonMark closes it at the end anyway.
  const close = openAtEnd(text);
  return { start: text.length, end: text.length, text: `${ending}${close ? `${close}${eol}` : ''}${eol}${body}${eol}`, source: SOURCE };
}

/** The closing line for a top-level code fence or HTML comment still open at the end of the text. */
function openAtEnd(text: string): string | null {
  let open: string | null = null;
  for (const line of text.split(/\r?\n|\r/)) {
    if (open === '-->') open = line.includes('-->') ? null : open;
    else if (open !== null) open = new RegExp(`^ {0,3}${open[0] === '`' ? '`' : '~'}{${open.length},}[ \\t]*$`).test(line) ? null : open;
    else {
      const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) open = fence;
      else if (/^ {0,3}<!--/.test(line) && !line.includes('-->', line.indexOf('<!--') + 4)) open = '-->';
    }
  }
  return open;
}
