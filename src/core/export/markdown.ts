import { frameworkName } from '../frameworks/registry.ts';
import { escapeCell, renderTable } from '../quickref/generate.ts';
import type { MappingRow } from './rows.ts';

/** A Markdown summary and table, for pull-request comments and audit notes. */
export function toMarkdown(rows: readonly MappingRow[], title: string): string {
  const frameworks = [...new Set(rows.map((row) => row.framework))].sort();
  const lines = [`# ${title}`, '', `${rows.length} mapping edges across ${new Set(rows.map((row) => `${row.guide}#${row.controlNumber}`)).size} controls.`, ''];
  const summary = frameworks.map((framework) => {
    const own = rows.filter((row) => row.framework === framework);
    const derived = (strength: MappingRow['strength']): string => String(own.filter((row) => row.derivation === 'derived' && row.strength === strength).length);
    return [frameworkName(framework), String(new Set(own.map((row) => row.frameworkId)).size), String(own.filter((row) => row.derivation === 'asserted').length), derived('meets'), derived('contributes-to')];
  });
  lines.push(renderTable(['Framework', 'Requirements', 'Asserted edges', 'Derived: meets', 'Derived: contributes to'], summary, '\n'), '');
  lines.push(renderTable(
    ['Guide', 'Control', 'Level', 'Framework', 'ID', 'Title', 'Derivation', 'Source'],
    rows.map((row) => [row.guide, `${row.controlNumber} ${escapeCell(row.controlTitle)}`, row.level, frameworkName(row.framework), row.frameworkId, escapeCell(row.frameworkTitle), row.derivation === 'derived' ? `derived, ${row.strength} (${row.relationship}): ${escapeCell(row.path)}` : 'asserted', `${row.sourceFile}:${row.sourceLine}`]),
    '\n',
  ));
  return `${lines.join('\n')}\n`;
}
