import type { Link, Table } from 'mdast';
import { normalizeId } from '../frameworks/ids.ts';
import { CIS, ISO, NIST, PCI, resolveFrameworkLabel, SOC2 } from '../frameworks/registry.ts';
import type { QuickReference, QuickReferenceRow, QuickReferenceTable } from '../model/document.ts';
import type { AnchorMap } from './blocks.ts';
import { CONTROL_HEADING } from './control.ts';
import type { SectionChunk } from './outline.ts';
import type { SourceText } from './source.ts';
import { positionOf } from './source.ts';
import { bodyRows, cellText, headerKeys } from './table.ts';

/** Recognise the framework of a quick-reference table from its heading (`SOC 2 Trust Services Criteria Mapping`). */
export function quickReferenceFramework(heading: string): { key: string; label: string } {
  const label = heading.replace(/\s*\b(mappings?|matrix|quick reference)\s*$/i, '').trim();
  const direct = resolveFrameworkLabel(label);
  if (direct.known) return { key: direct.key, label };
  const lower = heading.toLowerCase();
  if (/soc ?2|trust services/.test(lower)) return { key: SOC2, label };
  if (/800-?53/.test(lower)) return { key: NIST, label };
  if (/27001/.test(lower)) return { key: /2013/.test(lower) ? 'iso27001-2013' : ISO, label };
  if (/pci/.test(lower)) return { key: PCI, label };
  if (/\bcis\b.*controls?/.test(lower)) return { key: CIS, label };
  return { key: direct.key, label };
}

/** The Compliance Quick Reference section: one table per `###` framework subsection. */
export function parseQuickReference(section: SectionChunk, source: SourceText, anchors: AnchorMap): QuickReference {
  const tables: QuickReferenceTable[] = [];
  const groups = [{ text: section.text, nodes: section.nodes }, ...section.entries.map((entry) => ({ text: entry.text, nodes: [...entry.nodes, ...entry.subsections.flatMap((sub) => sub.nodes)] }))];
  for (const group of groups) {
    for (const node of group.nodes) {
      if (node.type === 'table') tables.push(quickReferenceTable(node, group.text, source));
    }
  }
  const last = section.entries.at(-1)?.nodes.at(-1) ?? section.nodes.at(-1) ?? section.heading;
  return {
    anchor: section.heading ? (anchors.get(section.heading) ?? '') : '',
    tables,
    position: source.position(section.heading?.position?.start.offset ?? 0, last?.position?.end.offset ?? 0),
  };
}

function quickReferenceTable(table: Table, heading: string, source: SourceText): QuickReferenceTable {
  const framework = quickReferenceFramework(heading);
  const header = headerKeys(table);
  const sectionColumn = Math.max(header.findIndex((key) => /section/.test(key)), 0) || header.length - 1;
  const rows: QuickReferenceRow[] = [];
  for (const row of bodyRows(table)) {
    const idCell = cellText(row.children[0], source);
    const sectionCell = cellText(row.children[sectionColumn], source);
    const label = row.children.slice(1, sectionColumn).map((cell) => cellText(cell, source).plain).join(' / ');
    rows.push({
      frameworkId: { text: idCell.raw, position: source.position(idCell.start, idCell.end) },
      id: normalizeId(framework.key, idCell.plain),
      label,
      sections: sectionRefs(sectionCell.children, sectionCell, source),
      position: positionOf(row, source),
    });
  }
  return { heading, framework: framework.key, frameworkLabel: framework.label, header, rows, position: positionOf(table, source) };
}

function sectionRefs(children: ReturnType<typeof cellText>['children'], cell: ReturnType<typeof cellText>, source: SourceText): QuickReferenceRow['sections'] {
  const links = children.filter((child): child is Link => child.type === 'link');
  if (links.length > 0) {
    return links.map((link) => ({
      text: link.children.map((child) => ('value' in child ? child.value : '')).join(''),
      anchor: link.url.startsWith('#') ? decodeURIComponent(link.url.slice(1)) : null,
      url: link.url,
      number: numberIn(link.children.map((child) => ('value' in child ? child.value : '')).join('')),
      resolvedControl: null,
      position: positionOf(link, source),
    }));
  }
  const refs: QuickReferenceRow['sections'] = [];
  for (const match of cell.raw.matchAll(/(?:\d+|[A-Z])(?:\.\d+)+/g)) {
    const start = cell.start + (match.index ?? 0);
    refs.push({ text: match[0], anchor: null, url: null, number: match[0], resolvedControl: null, position: source.position(start, start + match[0].length) });
  }
  // Free text (`Not covered`, `Build info capture`) names no section; it is a note, not a reference.
  return refs;
}

function numberIn(text: string): string | null {
  const match = /^\s*§?\s*((?:\d+|[A-Z])(?:\.\d+)+)/.exec(text);
  return match?.[1] ?? (CONTROL_HEADING.exec(text)?.[1] ?? null);
}
