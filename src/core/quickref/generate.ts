import { edgesToward } from '../crosswalk/derive.ts';
import { NIST, SOC2 } from '../frameworks/registry.ts';
import { compareIds } from '../frameworks/sort.ts';
import type { Guide } from '../model/guide.ts';
import type { ReferenceData } from '../reference.ts';

/** One row of a generated quick-reference table. */
export interface QuickReferenceEntry {
  id: string;
  control: string;
  title: string;
  anchor: string;
  /** `asserted` when the control lists the ID; `derived` when a crosswalk supplies it. */
  derivation: 'asserted' | 'derived';
  /** For derived SOC 2 rows: the control's NIST ID the criterion came from. */
  via: string | null;
}

export interface GeneratedQuickReference {
  soc2: QuickReferenceEntry[];
  nist: QuickReferenceEntry[];
}

const byIdThenControl = (a: QuickReferenceEntry, b: QuickReferenceEntry): number => compareIds(a.id, b.id) || compareIds(a.control, b.control);

/**
 * The quick reference a guide should have, computed from its controls: every (NIST ID, control)
 * pair the controls declare, and every SOC 2 criterion a control asserts or that the AICPA
 * mapping assigns to one of its NIST IDs. Only catalogued, current IDs are listed.
 */
export function generateQuickReference(guide: Guide, reference: ReferenceData): GeneratedQuickReference {
  const nistCatalog = reference.catalogs.get(NIST);
  const soc2Catalog = reference.catalogs.get(SOC2);
  const soc2 = new Map<string, QuickReferenceEntry>();
  const nist = new Map<string, QuickReferenceEntry>();
  for (const control of guide.controls) {
    const base = { control: control.number, title: control.title, anchor: control.anchor };
    for (const mapping of control.mappings) {
      if (mapping.framework === NIST && nistCatalog?.entries.get(mapping.id)?.withdrawn === false) {
        nist.set(`${mapping.id}\u0000${control.number}`, { ...base, id: mapping.id, derivation: 'asserted', via: null });
      }
      if (mapping.framework === SOC2 && soc2Catalog?.entries.has(mapping.id)) {
        soc2.set(`${mapping.id}\u0000${control.number}`, { ...base, id: mapping.id, derivation: 'asserted', via: null });
      }
    }
    for (const mapping of control.mappings) {
      if (mapping.framework !== NIST || nistCatalog?.entries.get(mapping.id)?.withdrawn !== false) continue;
      for (const edge of edgesToward(reference.crosswalks, reference.catalogs, NIST, mapping.id, SOC2)) {
        const key = `${edge.id}\u0000${control.number}`;
        if (!soc2.has(key)) soc2.set(key, { ...base, id: edge.id, derivation: 'derived', via: mapping.id });
      }
    }
  }
  return { soc2: [...soc2.values()].sort(byIdThenControl), nist: [...nist.values()].sort(byIdThenControl) };
}

/** A GFM table with a separator row sized to the header, as the guides write them. */
/** One row of a pipe table. */
export const tableLine = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

export function renderTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, eol: string): string {
  const line = tableLine;
  const separator = `|${header.map((cell) => '-'.repeat(cell.length + 2)).join('|')}|`;
  return [line(header), separator, ...rows.map(line)].join(eol);
}

/** Pipes inside a cell would end it early. */
export function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}
