import { z } from 'zod';
import { BlockSchema, StatusMarkSchema } from './block.ts';
import { LocatedTextSchema, PositionSchema } from './position.ts';

/** Every heading of the guide with the anchor GitHub would give it. */
export const HeadingSchema = z.object({
  depth: z.number().int().min(1).max(6),
  /** The heading's text, without Liquid tags (`ClickOps Implementation`). */
  text: z.string(),
  anchor: z.string(),
  /** The status mark included on the heading's line, if any. */
  mark: StatusMarkSchema.nullable(),
  position: PositionSchema,
});
export type Heading = z.infer<typeof HeadingSchema>;

/** An in-document link; `anchor` is set for `#fragment` and `other-guide#fragment` links. */
export const LinkSchema = z.object({
  url: z.string(),
  text: z.string(),
  /** Fragment without `#`, or null for links without one. */
  anchor: z.string().nullable(),
  /** Where the link sits: table of contents, quick reference, or body text. */
  context: z.enum(['toc', 'quick-reference', 'body']),
  position: PositionSchema,
});
export type Link = z.infer<typeof LinkSchema>;

/** A numbered `###` entry without level or mappings (`### 8.5 Environment-Specific Requirements`). */
export const NoteSchema = BlockSchema.extend({
  /** Its number as written in the heading (`8.5`), read as control numbers are. */
  number: z.string(),
});
export type Note = z.infer<typeof NoteSchema>;

export const SectionSchema = z.object({
  /** `1`, `A` (for `Appendix A`), or null for unnumbered sections such as Overview. */
  number: z.string().nullable(),
  title: z.string(),
  /** Heading text as written, e.g. `1. Access & Authentication`. */
  heading: z.string(),
  anchor: z.string(),
  /** Numbers of the controls under this section, in document order. */
  controls: z.array(z.string()),
  /** Numbered `###` entries that are reference material (no level, no mappings). */
  notes: z.array(NoteSchema),
  /** Content before the first `###` (overview text, intro). */
  intro: BlockSchema.nullable(),
  /**
   * `###` entries that are neither controls nor notes (`### Implementation Notes`), kept as
   * written; in the Compliance Quick Reference, each `###` table with its heading's title.
   */
  others: z.array(BlockSchema),
  /** Everything after the heading of an unnumbered section (Overview, References), shown as written; null for numbered sections. */
  body: BlockSchema.nullable(),
  position: PositionSchema,
});
export type Section = z.infer<typeof SectionSchema>;

export const OutlineKindSchema = z.enum(['section', 'control', 'note', 'subsection', 'quick-reference', 'other']);
export type OutlineKind = z.infer<typeof OutlineKindSchema>;

/**
 * One heading of the guide and what it is: a `##` section, a `###` control or numbered note, a
 * quick-reference section or table, a `####`+ subsection, or other (the title, a loose `###`).
 */
export const OutlineEntrySchema = z.object({
  depth: z.number().int().min(1).max(6),
  text: z.string(),
  anchor: z.string(),
  /** The section, control or note number, when the heading has one. */
  number: z.string().nullable(),
  kind: OutlineKindSchema,
  position: PositionSchema,
});
export type OutlineEntry = z.infer<typeof OutlineEntrySchema>;

/** One reference in a quick-reference row to the part of a guide that implements it. */
export const SectionRefSchema = z.object({
  text: z.string(),
  anchor: z.string().nullable(),
  url: z.string().nullable(),
  number: z.string().nullable(),
  /**
   * What the reference resolves to: a control of this guide, another heading of this guide (a
   * numbered reference entry such as `### 8.5 Environment-Specific Requirements`), a section of
   * another guide (checked by `cross-guide-anchor`), or nothing.
   */
  target: z.enum(['control', 'section', 'other-guide', 'unresolved']),
  /** Number of the control this reference resolves to, or null when it resolves to none. */
  resolvedControl: z.string().nullable(),
  position: PositionSchema,
});
export type SectionRef = z.infer<typeof SectionRefSchema>;

/** One framework ID written in a quick-reference cell. */
export const QuickReferenceIdSchema = z.object({
  /** Normalized ID for catalogued frameworks, the token as written otherwise. */
  id: z.string(),
  /** The ID token exactly as written (`ac-2.1`); `position` spans it. */
  idText: z.string(),
  /** The entry as written, with any trailing title. */
  text: z.string(),
  /** False when the text does not have the shape of an ID of the table's framework (a title, a family name). */
  shaped: z.boolean(),
  position: PositionSchema,
});
export type QuickReferenceId = z.infer<typeof QuickReferenceIdSchema>;

export const QuickReferenceRowSchema = z.object({
  /** The cell the IDs were read from, as written. */
  frameworkId: LocatedTextSchema,
  /** Every ID of the cell (`AU-2 / AU-6 / AU-9` gives three). */
  ids: z.array(QuickReferenceIdSchema),
  /** The description cell(s), or the family name of a family-keyed summary. */
  label: z.string(),
  /**
   * The row claims its IDs are implemented by these sections together. Empty with scope `guide`
   * (a family summary entry without a section): the claim is that some control of the guide does.
   */
  sections: z.array(SectionRefSchema),
  scope: z.enum(['sections', 'guide']),
  position: PositionSchema,
});
export type QuickReferenceRow = z.infer<typeof QuickReferenceRowSchema>;

/**
 * How a table was read, from its header: `id-first` (`| Control ID | Description | Guide Section |`),
 * `matrix` (`| Control | SOC 2 | NIST 800-53 |`, one row per control or requirement and a column per
 * framework: one table per framework column in the model),
 * `family` (`| Family | Controls in this guide |`), or `other` (no ID or section column recognised;
 * rows kept as written, no section references read).
 */
export const QuickReferenceShapeSchema = z.enum(['id-first', 'matrix', 'family', 'other']);
export type QuickReferenceShape = z.infer<typeof QuickReferenceShapeSchema>;

export const QuickReferenceTableSchema = z.object({
  heading: z.string(),
  framework: z.string(),
  frameworkLabel: z.string(),
  header: z.array(z.string()),
  shape: QuickReferenceShapeSchema,
  rows: z.array(QuickReferenceRowSchema),
  position: PositionSchema,
});
export type QuickReferenceTable = z.infer<typeof QuickReferenceTableSchema>;

export const QuickReferenceSchema = z.object({
  anchor: z.string(),
  /** True when the section carries the marker comment `hardmap fix` writes: it was generated, not curated. */
  generated: z.boolean(),
  tables: z.array(QuickReferenceTableSchema),
  position: PositionSchema,
});
export type QuickReference = z.infer<typeof QuickReferenceSchema>;

export const ChangelogEntrySchema = z.object({
  date: LocatedTextSchema,
  version: LocatedTextSchema,
  maturity: z.string(),
  changes: z.string(),
  author: z.string(),
  position: PositionSchema,
});
export type ChangelogEntry = z.infer<typeof ChangelogEntrySchema>;

export const ReferenceSchema = z.object({
  /** Bold group label the link sits under (`Official Qualys Documentation`), if any. */
  group: z.string().nullable(),
  text: z.string(),
  url: z.string().nullable(),
  position: PositionSchema,
});
export type Reference = z.infer<typeof ReferenceSchema>;
