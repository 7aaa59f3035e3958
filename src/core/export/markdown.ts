import { frameworkName } from '../frameworks/registry.ts';
import { renderTable } from '../quickref/generate.ts';
import type { MappingRow } from './rows.ts';

// C0 and C1 controls, DEL and the Unicode line and paragraph separators: each would end a row
// (CR, LF) or reach a terminal or a renderer as something other than text.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * One table cell from any text: controls and line breaks become a space, and the characters that
 * would end the cell or start markup are backslash-escaped (`\` first, so a guide's own `\|` stays
 * text). GFM reads the cell back as exactly the text, with whitespace collapsed.
 */
export function markdownCell(text: string): string {
  return text.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim().replace(/[\\|<]/g, '\\$&');
}

/** A Markdown summary and table, for pull-request comments and audit notes. */
export function toMarkdown(rows: readonly MappingRow[], title: string): string {
  const frameworks = [...new Set(rows.map((row) => row.framework))].sort();
  const lines = [`# ${markdownCell(title)}`, '', `${rows.length} mapping edges across ${new Set(rows.map((row) => `${row.guide}#${row.controlNumber}`)).size} controls.`, ''];
  const summary = frameworks.map((framework) => {
    const own = rows.filter((row) => row.framework === framework);
    const derived = (strength: MappingRow['strength']): string => String(own.filter((row) => row.derivation === 'derived' && row.strength === strength).length);
    return [frameworkName(framework), String(new Set(own.map((row) => row.frameworkId)).size), String(own.filter((row) => row.derivation === 'asserted').length), derived('meets'), derived('contributes-to')];
  });
  lines.push(renderTable(['Framework', 'Requirements', 'Asserted edges', 'Derived: meets', 'Derived: contributes to'], summary.map((cells) => cells.map(markdownCell)), '\n'), '');
  lines.push(renderTable(
    ['Guide', 'Control', 'Level', 'Framework', 'ID', 'Title', 'Derivation', 'Source'],
    rows.map((row) => [row.guide, `${row.controlNumber} ${row.controlTitle}`, row.level, frameworkName(row.framework), row.frameworkId, row.frameworkTitle, row.derivation === 'derived' ? `derived, ${row.strength} (${row.relationship}): ${row.path}` : 'asserted', `${row.sourceFile}:${row.sourceLine}`].map(markdownCell)),
    '\n',
  ));
  return `${lines.join('\n')}\n`;
}
