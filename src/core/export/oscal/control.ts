import { NIST } from '../../frameworks/registry.ts';
import type { Block } from '../../model/block.ts';
import type { Control, StepItem } from '../../model/control.ts';
import type { IndexedControl } from './guide-index.ts';
import { NIST_RESOURCE, nonEmpty, prop, type Json } from './metadata.ts';
import { HARDMAP_NS, nistControlId, oneLine, prose, sortKey } from './text.ts';

/**
 * Part names: `statement`, `guidance` and `assessment-method` are OSCAL's own (the NIST catalog uses
 * them for the same roles); everything else carries hardmap's `ns`, because OSCAL reserves
 * un-namespaced names for the values it defines.
 */
function part(id: string, name: string, ns: string | null, title: string | null, text: string | null, parts: Json[] = [], props: Json[] = []): Json[] {
  if (text === null && parts.length === 0) return [];
  return [{
    id,
    name,
    ...(ns === null ? {} : { ns }),
    ...(title === null ? {} : { title }),
    ...nonEmpty('props', props),
    ...(text === null ? {} : { prose: text }),
    ...nonEmpty('parts', parts),
  }];
}

function blockPart(id: string, name: string, ns: string | null, block: Block | null, props: Json[] = []): Json[] {
  return block ? part(id, name, ns, oneLine(block.title), prose(block.markdown), [], props) : [];
}

function itemParts(prefix: string, items: readonly StepItem[]): Json[] {
  return items.flatMap((item, index) =>
    part(`${prefix}.${index + 1}`, 'item', HARDMAP_NS, null, prose(item.text), itemParts(`${prefix}.${index + 1}`, item.children), prop('menu-path', item.menuPath?.join(' → '))));
}

/** ClickOps as structure: one part per step, one sub-part per list item, nested items kept nested. */
function implementation(id: string, control: Control): Json[] {
  const clickOps = control.clickOps;
  if (!clickOps) return [];
  const steps = clickOps.steps.flatMap((step, index) =>
    part(`${id}.s${index + 1}`, 'step', HARDMAP_NS, oneLine(step.title) ?? `Step ${step.number}`, null, itemParts(`${id}.s${index + 1}`, step.items), prop('step-number', String(step.number))));
  // Prose only when the parser found no steps, so the same text is not carried twice.
  return part(id, 'implementation', HARDMAP_NS, oneLine(clickOps.title), steps.length > 0 ? null : prose(clickOps.markdown), steps);
}

/** Links into the NIST catalog through its back-matter resource, the OSCAL way to point outside a document. */
function nistLinks(control: Control): Json[] {
  const ids = [...new Set(control.mappings.filter((m) => m.framework === NIST).map((m) => m.id))];
  return ids.map((id) => ({ href: `#${NIST_RESOURCE.uuid}`, rel: 'related', 'resource-fragment': nistControlId(id), text: id }));
}

/** `control`: the indexed control's whole model, which the index does not keep. */
export function oscalControl(indexed: IndexedControl, control: Control): Json {
  const { id, guide } = indexed;
  const props = [
    ...prop('label', control.number, null),
    ...prop('sort-id', `${guide.id}-${sortKey(control.number)}`, null),
    ...prop('level', control.level?.level),
    ...prop('level-name', control.level?.name),
    ...prop('vendor', guide.vendor),
    ...prop('time-to-complete', control.timeToComplete?.text),
  ];
  const parts = [
    ...blockPart(`${id}_smt`, 'statement', null, control.description),
    ...blockPart(`${id}_gdn`, 'guidance', null, control.rationale),
    ...blockPart(`${id}_prq`, 'prerequisites', HARDMAP_NS, control.prerequisites),
    ...implementation(`${id}_imp`, control),
    ...control.subsections.flatMap((block, index) => blockPart(`${id}_sub${index + 1}`, 'subsection', HARDMAP_NS, block)),
    ...blockPart(`${id}_asm`, 'assessment-method', null, control.validation, prop('method', 'TEST', null)),
  ];
  return {
    id,
    title: oneLine(control.title) ?? control.number,
    ...nonEmpty('props', props),
    ...nonEmpty('links', nistLinks(control)),
    ...nonEmpty('parts', parts),
  };
}
