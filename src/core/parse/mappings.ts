import type { Table } from 'mdast';
import { editDistance } from '../frameworks/catalog.ts';
import { parseIdCell } from '../frameworks/ids.ts';
import { fromRegistry } from '../frameworks/installed.ts';
import { frameworkInfo, frameworks, labelCitesId, normalizeLabel, resolveFrameworkLabel } from '../frameworks/registry.ts';
import type { FrameworkMapping, MappingSource, UnparsedMapping } from '../model/mapping.ts';
import type { Position } from '../model/position.ts';
import type { LabelLine } from './blocks.ts';
import type { SourceText } from './source.ts';
import { bodyRows, cellText, headerKeys } from './table.ts';

/** A table is a mapping table when its first header cell reads `Framework`. */
export function isMappingTable(table: Table): boolean {
  return headerKeys(table)[0] === 'framework';
}

/** What a control's mapping cells and lines hold: ID claims, and text that is no ID. */
export interface MappingSink {
  mappings: FrameworkMapping[];
  unparsed: UnparsedMapping[];
}

function mappingsFromText(label: string, labelPosition: Position, cell: string, cellStart: number, origin: MappingSource, source: SourceText, sink: MappingSink): void {
  const { key } = resolveFrameworkLabel(label);
  const catalogued = frameworkInfo(key)?.catalogued === true;
  // `| 45 CFR 164.312(b) | Audit logs are kept |`: the label is the citation, the cell describes it.
  const citing = catalogued && labelCitesId(key, label);
  if (citing) {
    for (const token of parseIdCell(key, label).filter((t) => t.shaped)) {
      const position = source.position(labelPosition.start.offset + token.start, labelPosition.start.offset + token.end);
      sink.mappings.push({ framework: key, frameworkLabel: label, id: token.id, idText: token.idText, text: token.text, source: origin, position, labelPosition });
    }
  }
  for (const token of parseIdCell(key, cell)) {
    const position = source.position(cellStart + token.start, cellStart + token.end);
    if (catalogued && !token.shaped) {
      if (citing) continue;
      sink.unparsed.push({ framework: key, frameworkLabel: label, text: token.text, source: origin, position, labelPosition });
      continue;
    }
    sink.mappings.push({ framework: key, frameworkLabel: label, id: token.id, idText: token.idText, text: token.text, source: origin, position, labelPosition });
  }
}

/** Rows of a `| Framework | Control |` or `| Framework | Control ID | Control Description |` table. */
export function mappingsFromTable(table: Table, origin: MappingSource, source: SourceText, sink: MappingSink): void {
  for (const row of bodyRows(table)) {
    const label = cellText(row.children[0], source);
    const ids = cellText(row.children[1], source);
    if (!label.raw.trim() || !ids.raw.trim()) continue;
    mappingsFromText(label.raw, source.position(label.start, label.end), ids.raw, ids.start, origin, source, sink);
  }
}

/**
 * An inline `**NIST 800-53:** AC-2, AC-6` line. Labels that are no framework (`**Requires:**`)
 * are ignored, but near-misses of a known label (`NIST 800-35`) are kept so a rule can flag them.
 */
export function mappingsFromLabelLine(line: LabelLine, source: SourceText, origin: MappingSource, sink: MappingSink): void {
  if (!line.value.trim() || !looksLikeFrameworkLabel(line.label)) return;
  mappingsFromText(line.label, source.position(line.labelStart, line.labelEnd), line.value, line.valueStart, origin, source, sink);
}

const allSpellings = fromRegistry(() => frameworks().flatMap((framework) => framework.spellings.map((spelling) => normalizeLabel(spelling))));

function looksLikeFrameworkLabel(label: string): boolean {
  if (resolveFrameworkLabel(label).known) return true;
  const normalized = normalizeLabel(label);
  return allSpellings().some((spelling) => editDistance(normalized, spelling, 3) <= 2);
}
