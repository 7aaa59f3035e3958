import { frameworkName } from '../frameworks/registry.ts';
import { renderTable, tableLine } from '../quickref/generate.ts';
import { batched } from './pieces.ts';
import type { MappingRow, RowGroups } from './rows.ts';

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

interface FrameworkTally { requirements: Set<string>; asserted: number; meets: number; contributes: number }

/** The summary's figures, counted in one pass over the rows, so the rows are never all held. */
function tally(groups: RowGroups): { edges: number; controls: number; frameworks: Map<string, FrameworkTally> } {
  let edges = 0;
  const controls = new Set<string>();
  const frameworks = new Map<string, FrameworkTally>();
  for (const rows of groups()) {
    for (const row of rows) {
      edges += 1;
      controls.add(`${row.guide}#${row.controlNumber}`);
      let own = frameworks.get(row.framework);
      if (!own) frameworks.set(row.framework, (own = { requirements: new Set(), asserted: 0, meets: 0, contributes: 0 }));
      own.requirements.add(row.frameworkId);
      if (row.derivation === 'asserted') own.asserted += 1;
      else if (row.strength === 'meets') own.meets += 1;
      else if (row.strength === 'contributes-to') own.contributes += 1;
    }
  }
  return { edges, controls: controls.size, frameworks };
}

const ROW_HEADER = ['Guide', 'Control', 'Level', 'Framework', 'ID', 'Title', 'Derivation', 'Source'];

function rowCells(row: MappingRow): string[] {
  return [row.guide, `${row.controlNumber} ${row.controlTitle}`, row.level, frameworkName(row.framework), row.frameworkId, row.frameworkTitle, row.derivation === 'derived' ? `derived, ${row.strength} (${row.relationship}): ${row.path}` : 'asserted', `${row.sourceFile}:${row.sourceLine}`].map(markdownCell);
}

/** The file up to its first row: title, summary (one pass over the rows) and the rows table's header. */
export function markdownHead(groups: RowGroups, title: string): string {
  const { edges, controls, frameworks } = tally(groups);
  const summary = [...frameworks.keys()].sort().map((framework) => {
    const own = frameworks.get(framework) as FrameworkTally;
    return [frameworkName(framework), String(own.requirements.size), String(own.asserted), String(own.meets), String(own.contributes)].map(markdownCell);
  });
  const head = [`# ${markdownCell(title)}`, '', `${edges} mapping edges across ${controls} controls.`, ''];
  head.push(renderTable(['Framework', 'Requirements', 'Asserted edges', 'Derived: meets', 'Derived: contributes to'], summary, '\n'), '');
  // renderTable of no rows is the header and separator; each row follows on its own line.
  return `${head.join('\n')}\n${MARKDOWN_ROWS_HEADER}`;
}

/** The rows table's header and separator, which every file has once, right before its rows. */
export const MARKDOWN_ROWS_HEADER = renderTable(ROW_HEADER, [], '\n');

/** A Markdown summary and table, for pull-request comments and audit notes, in pieces: two passes over the rows (the summary comes first). */
export function* markdownPieces(groups: RowGroups, title: string): Generator<string> {
  yield markdownHead(groups, title);
  for (const rows of groups()) yield* batched(rows.map((row) => `\n${tableLine(rowCells(row))}`));
  yield '\n';
}

export function toMarkdown(rows: readonly MappingRow[], title: string): string {
  return [...markdownPieces(() => [rows], title)].join('');
}
