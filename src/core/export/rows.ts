import { z } from 'zod';
import { relatedRequirements, ROLLUP, type RelatedRequirement } from '../crosswalk/derive.ts';
import { isRollUp } from '../crosswalk/hops.ts';
import { NIST } from '../frameworks/defaults.ts';
import { frameworkInfo, frameworkName } from '../frameworks/registry.ts';
import { RelationshipSchema, StrengthSchema } from '../model/relationship.ts';
import { compareIds } from '../frameworks/sort.ts';
import type { Control } from '../model/control.ts';
import type { Guide } from '../model/guide.ts';
import type { ReferenceData } from '../reference.ts';
import { compareText } from '../collate.ts';
import type { PackTree } from '../packs/model.ts';
import { codeTypesOf } from '../packs/guide-packs.ts';
import { heldGuides, type GuideHandle } from './guide-handle.ts';

/** Facts about the content that exports record but the guides do not carry. */
export interface ExportContext {
  /** Git commit of the content, or null outside a repository. */
  contentCommit: string | null;
  /** The collection's code packs, for "implemented by code" (absent or null: none). */
  packs?: PackTree | null;
}

/** One mapping edge: a guide control and a framework requirement, asserted or derived. */
export const MappingRowSchema = z.object({
  guide: z.string().describe('Guide slug'),
  vendor: z.string(),
  guideVersion: z.string().describe('Guide version from its frontmatter'),
  controlNumber: z.string().describe('Control number as written, e.g. 1.1'),
  controlTitle: z.string(),
  controlAnchor: z.string().describe('GitHub-style anchor of the control heading'),
  level: z.string().describe('L1-L4, or empty when the control has no level'),
  framework: z.string().describe(`Framework key, e.g. ${NIST}, or uncatalogued:<name>`),
  frameworkName: z.string(),
  frameworkId: z.string().describe('Normalized requirement ID, e.g. AC-2(1)'),
  frameworkTitle: z.string().describe('Catalog title of the requirement, where the catalog has one'),
  derivation: z.enum(['asserted', 'derived']).describe('asserted: written in the guide; derived: supplied by a crosswalk'),
  relationship: RelationshipSchema.or(z.literal('')).describe('For derived rows: how the asserted requirement at the start of the path relates to this one, composed hop by hop ("start is relationship this"); empty for asserted rows'),
  strength: StrengthSchema.or(z.literal('')).describe('For derived rows: meets when meeting the asserted requirement meets this one (equal, superset-of), contributes-to otherwise; empty for asserted rows'),
  via: z.string().describe('For derived rows: the chain of IDs and the crosswalks used'),
  path: z.string().describe('For derived rows: every hop from the asserted requirement, each with its relationship and crosswalk'),
  hops: z.array(z.object({
    framework: z.string(),
    id: z.string(),
    crosswalk: z.string().describe(`Crosswalk id of the hop that reached this step (${ROLLUP} for an enhancement rolled up to its base); empty for the asserted start`),
    relationship: RelationshipSchema.or(z.literal('')).describe('"previous step is relationship this one"; empty for the asserted start'),
  })).describe('For derived rows: the path as data, the asserted requirement first, then each hop; empty for asserted rows. JSON only: CSV and XLSX carry `path`'),
  rolledUp: z.boolean().describe('A NIST enhancement was rolled up to its base control to find the edge'),
  implementedByCode: z.string().describe('Code pack types the control\'s includes render (terraform, config, api, cli, sdk, db, siem, sigma), space-separated in the include template\'s order; empty when the control shows no pack code'),
  sourceFile: z.string(),
  sourceLine: z.number().int().describe('Line of the asserted mapping the row comes from'),
  contentCommit: z.string().describe('Git commit of the content, empty outside a repository'),
});
export type MappingRow = z.infer<typeof MappingRowSchema>;

const label = (framework: string, id: string): string => `${frameworkInfo(framework)?.short ?? frameworkName(framework)} ${id}`;

/** `NIST 800-53 IA-2(1) -[subset-of roll-up]-> NIST 800-53 IA-2 -[intersects <nist>__<iso>]-> ISO 27001 A.5.16` */
export function pathText(related: RelatedRequirement): string {
  return related.path.map((step) => {
    if (!step.crosswalk) return label(step.framework, step.id);
    return ` -[${step.relationship ?? 'unspecified'} ${isRollUp(step.crosswalk) ? 'roll-up to base' : step.crosswalk}]-> ${label(step.framework, step.id)}`;
  }).join('');
}

function rowsOfControl(guide: Guide, control: Control, reference: ReferenceData, context: ExportContext): MappingRow[] {
  const fields = guide.frontmatter?.fields;
  const base = {
    guide: guide.slug,
    vendor: fields?.vendor ?? '',
    guideVersion: fields?.version ?? '',
    controlNumber: control.number,
    controlTitle: control.title,
    controlAnchor: control.anchor,
    level: control.level?.level ?? '',
    implementedByCode: codeTypesOf(guide, control, context.packs ?? null).join(' '),
    sourceFile: guide.path,
    contentCommit: context.contentCommit ?? '',
  };
  const lineOf = (framework: string, id: string): number => control.mappings.find((m) => m.framework === framework && m.id === id)?.position.start.line ?? control.headingPosition.start.line;
  const titleOf = (framework: string, id: string): string => reference.catalogs.get(framework)?.entries.get(id)?.title ?? '';
  return relatedRequirements(control.mappings, reference.crosswalks, reference.catalogs).map((related) => {
    const origin = related.via[0];
    return {
      ...base,
      framework: related.framework,
      frameworkName: frameworkName(related.framework),
      frameworkId: related.id,
      frameworkTitle: titleOf(related.framework, related.id),
      derivation: related.derivation,
      relationship: related.relationship ?? '',
      strength: related.strength ?? '',
      path: pathText(related),
      hops: related.path.map((step) => ({ framework: step.framework, id: step.id, crosswalk: step.crosswalk ?? '', relationship: step.relationship ?? '' })),
      via: related.derivation === 'derived' ? `${related.via.map((step) => `${frameworkName(step.framework)} ${step.id}`).join(' -> ')} via ${related.crosswalks.join(', ')}` : '',
      rolledUp: related.rolledUp,
      sourceLine: origin ? lineOf(origin.framework, origin.id) : lineOf(related.framework, related.id),
    };
  });
}

const compareRows = (a: MappingRow, b: MappingRow): number =>
  compareText(a.guide, b.guide) || compareIds(a.controlNumber, b.controlNumber) || compareText(a.framework, b.framework) || compareIds(a.frameworkId, b.frameworkId) || compareText(a.derivation, b.derivation);

/**
 * The rows of `mappingRows`, in the same order, one slug at a time: rows sort by guide slug first,
 * so the guides of one slug (one, unless the collection is broken) sorted on their own give the
 * same sequence as sorting every row at once. Only one group, and one group's models, are ever
 * held: each guide is loaded when its turn comes.
 */
export function* guideRowGroups(guides: readonly GuideHandle[], reference: ReferenceData, context: ExportContext, filter: RowFilter = {}): Generator<MappingRow[]> {
  // A stable sort by slug keeps the guides of one slug in input order, as the sort of all rows does.
  const sorted = [...guides].sort((a, b) => compareText(a.slug, b.slug));
  for (let start = 0; start < sorted.length;) {
    let end = start + 1;
    while (end < sorted.length && compareText(sorted[start]?.slug ?? '', sorted[end]?.slug ?? '') === 0) end += 1;
    const group = sorted.slice(start, end);
    start = end;
    if (filter.guides?.length && !group.some((guide) => filter.guides?.includes(guide.slug))) continue;
    const rows = filterRows(group.flatMap((handle) => {
      const guide = handle.load();
      return guide.controls.flatMap((control) => rowsOfControl(guide, control, reference, context));
    }).sort(compareRows), filter);
    if (rows.length > 0) yield rows;
  }
}

/** Pure: every mapping edge of the guides, sorted so identical input gives identical output. */
export function mappingRows(guides: readonly Guide[], reference: ReferenceData, context: ExportContext): MappingRow[] {
  return [...guideRowGroups(heldGuides(guides), reference, context)].flat();
}

/** The rows of an export a slug at a time, made again on each call, so a writer can pass over them twice. */
export type RowGroups = () => Iterable<readonly MappingRow[]>;

export interface RowFilter {
  frameworks?: readonly string[];
  levels?: readonly string[];
  guides?: readonly string[];
}

export function filterRows(rows: readonly MappingRow[], filter: RowFilter): MappingRow[] {
  return rows.filter((row) =>
    (!filter.frameworks?.length || filter.frameworks.includes(row.framework)) &&
    (!filter.levels?.length || filter.levels.includes(row.level)) &&
    (!filter.guides?.length || filter.guides.includes(row.guide)));
}

/** Column order shared by CSV, XLSX and Markdown, with the header each shows. */
/** Flat columns only: `hops` is the path as data, for JSON; its text form is `path`. */
export const ROW_COLUMNS: ReadonlyArray<[Exclude<keyof MappingRow, 'hops'>, string]> = [
  ['guide', 'Guide'], ['vendor', 'Vendor'], ['controlNumber', 'Control'], ['controlTitle', 'Control Title'], ['level', 'Level'],
  ['frameworkName', 'Framework'], ['frameworkId', 'Framework ID'], ['frameworkTitle', 'Framework Title'], ['derivation', 'Derivation'],
  ['relationship', 'Relationship'], ['strength', 'Strength'], ['via', 'Via'], ['path', 'Path'], ['rolledUp', 'Rolled Up'], ['implementedByCode', 'Implemented By Code'], ['sourceFile', 'Source File'], ['sourceLine', 'Source Line'], ['guideVersion', 'Guide Version'], ['contentCommit', 'Content Commit'],
];
