import { compareIds } from '../../frameworks/sort.ts';
import type { Control } from '../../model/control.ts';
import type { Section } from '../../model/document.ts';
import type { Guide } from '../../model/guide.ts';
import type { GuideHandle } from '../guide-handle.ts';
import { oneLine, token, uniqueIds } from './text.ts';

/**
 * What the documents other than the catalog read of a control, kept for the whole export; the
 * catalog loads the guide again for the control's prose (`IndexedGuide.load`).
 */
export type ControlFacts = Pick<Control, 'number' | 'title' | 'anchor' | 'level'> & { mappings: Array<Pick<Control['mappings'][number], 'framework' | 'id'>> };

/**
 * The one place OSCAL ids are decided, so the catalog, the profiles, the component definition and
 * the mapping collection always name a control the same way.
 */
export interface IndexedControl {
  guide: IndexedGuide;
  control: ControlFacts;
  /** Its index in the guide's `controls`, to find the whole control when the catalog is written. */
  ordinal: number;
  /** `qualys-1.1`: guide id + control number, a valid OSCAL token, unique in the catalog. */
  id: string;
  /** Index in catalog order, for sorting other documents the same way. */
  position: number;
}

export interface IndexedSection {
  id: string;
  title: string;
  controls: IndexedControl[];
}

export interface IndexedGuide {
  /** What the component definition's code evidence reads; the model itself is not kept. */
  guide: Pick<Guide, 'path' | 'includes'>;
  /** The whole model, for the catalog's group, loaded again when the group is written. */
  load: () => Guide;
  id: string;
  title: string;
  vendor: string;
  sections: IndexedSection[];
}

export interface GuideIndex {
  guides: IndexedGuide[];
  controls: IndexedControl[];
  /** Control by guide path and heading anchor (anchors are unique in a guide, numbers may not be). */
  byAnchor: ReadonlyMap<string, IndexedControl>;
}

export const anchorKey = (path: string, anchor: string): string => `${path}\u0000${anchor}`;

export function frontmatterText(guide: Guide, key: string): string | null {
  const value = guide.frontmatter?.data[key];
  return typeof value === 'string' || typeof value === 'number' ? oneLine(String(value)) : null;
}

/** The `##` section a control's heading sits in; null only for controls before the first section. */
function sectionOf(guide: Guide, control: Control): Section | null {
  const line = control.headingPosition.start.line;
  return guide.sections.find((s) => s.position.start.line <= line && line <= s.position.end.line) ?? null;
}

const factsOf = (control: Control): ControlFacts => ({ number: control.number, title: control.title, anchor: control.anchor, level: control.level, mappings: control.mappings.map(({ framework, id }) => ({ framework, id })) });

function indexGuide(handle: GuideHandle, guideId: string, nextId: (base: string) => string): IndexedGuide {
  const guide = handle.load();
  const title = oneLine(guide.title) ?? guide.slug;
  const indexed: IndexedGuide = { guide: { path: guide.path, includes: guide.includes }, load: () => handle.load(), id: guideId, title, vendor: frontmatterText(guide, 'vendor') ?? title, sections: [] };
  const bySection = new Map<Section | null, IndexedControl[]>();
  guide.controls.forEach((control, ordinal) => {
    const section = sectionOf(guide, control);
    const list = bySection.get(section) ?? [];
    list.push({ guide: indexed, control: factsOf(control), ordinal, id: nextId(token(`${guideId}-${control.number}`)), position: 0 });
    bySection.set(section, list);
  });
  // Document order, which is the order the guide's authors chose; sections without controls are left out.
  for (const section of [...guide.sections, null]) {
    const controls = bySection.get(section);
    if (!controls) continue;
    indexed.sections.push(section
      ? { id: nextId(token(`${guideId}-section-${section.number ?? section.anchor}`)), title: oneLine(section.title) ?? oneLine(section.heading) ?? 'Section', controls }
      : { id: nextId(token(`${guideId}-other`)), title: 'Other controls', controls });
  }
  return indexed;
}

/** Guides sorted by slug then path, so the order callers pass them in never changes the output. Each model is loaded once here and not kept. */
export function indexGuides(guides: readonly GuideHandle[]): GuideIndex {
  const sorted = [...guides].sort((a, b) => compareIds(a.slug, b.slug) || compareIds(a.path, b.path));
  // Groups, controls and parts share one id space in an OSCAL catalog, so one allocator serves all.
  const nextId = uniqueIds();
  const indexed = sorted.map((guide) => indexGuide(guide, nextId(token(guide.slug)), nextId));
  const controls = indexed.flatMap((g) => g.sections.flatMap((s) => s.controls));
  controls.forEach((control, position) => { control.position = position; });
  const byAnchor = new Map(controls.map((c) => [anchorKey(c.guide.guide.path, c.control.anchor), c]));
  return { guides: indexed, controls, byAnchor };
}
