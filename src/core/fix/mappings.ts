import { frameworkInfo } from '../frameworks/registry.ts';
import type { Guide } from '../model/guide.ts';
import type { ReferenceData } from '../reference.ts';
import type { TextEdit } from './edits.ts';

/** The spelling `hardmap fix` writes for a catalogued framework's label: framework.json `labels.canonical`, when it has one. */
export const canonicalLabel = (framework: string): string | undefined => frameworkInfo(framework)?.canonical;

/**
 * Edits that spell catalogued framework labels and IDs canonically in controls' mapping tables
 * and inline lines (`**NIST 800-53**` -> `**NIST 800-53 Rev 5**`, `ac-2.1` -> `AC-2(1)`). Emphasis,
 * trailing names and everything else in the cell stay as written; an ID is only rewritten to
 * one that exists in the catalog.
 */
export function mappingEdits(guide: Guide, text: string, reference: ReferenceData): TextEdit[] {
  const edits: TextEdit[] = [];
  const labelsDone = new Set<number>();
  for (const control of guide.controls) {
    for (const mapping of control.mappings) {
      const canonical = canonicalLabel(mapping.framework);
      if (!canonical) continue;
      const labelStart = mapping.labelPosition.start.offset;
      if (!labelsDone.has(labelStart)) {
        labelsDone.add(labelStart);
        const raw = text.slice(labelStart, mapping.labelPosition.end.offset);
        const inner = /^([*_\s]*)(.*?)(:?[*_\s]*:?)$/s.exec(raw);
        const label = inner?.[2] ?? raw;
        if (inner && label !== canonical) {
          const start = labelStart + (inner[1]?.length ?? 0);
          edits.push({ start, end: start + label.length, text: canonical, source: 'mapping-label' });
        }
      }
      const idStart = mapping.position.start.offset;
      if (mapping.idText !== mapping.id && reference.catalogs.get(mapping.framework)?.entries.has(mapping.id) && text.startsWith(mapping.idText, idStart)) {
        edits.push({ start: idStart, end: idStart + mapping.idText.length, text: mapping.id, source: 'mapping-id' });
      }
    }
  }
  return edits;
}
