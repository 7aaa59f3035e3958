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
  position: PositionSchema,
});
export type Section = z.infer<typeof SectionSchema>;

export const QuickReferenceRowSchema = z.object({
  /** Framework ID cell as written (`CC6.1`, `IA-2(1)`). */
  frameworkId: LocatedTextSchema,
  /** Normalized ID, when the table's framework is catalogued. */
  id: z.string(),
  /** The description cell(s) between the ID and the guide section. */
  label: z.string(),
  /** Guide Section cell: links to `#anchor` or bare numbers, each resolved to a control or not. */
  sections: z.array(
    z.object({
      text: z.string(),
      anchor: z.string().nullable(),
      url: z.string().nullable(),
      number: z.string().nullable(),
      /** Number of the control this reference resolves to, or null when it resolves to none. */
      resolvedControl: z.string().nullable(),
      position: PositionSchema,
    }),
  ),
  position: PositionSchema,
});
export type QuickReferenceRow = z.infer<typeof QuickReferenceRowSchema>;

export const QuickReferenceTableSchema = z.object({
  heading: z.string(),
  framework: z.string(),
  frameworkLabel: z.string(),
  header: z.array(z.string()),
  rows: z.array(QuickReferenceRowSchema),
  position: PositionSchema,
});
export type QuickReferenceTable = z.infer<typeof QuickReferenceTableSchema>;

export const QuickReferenceSchema = z.object({
  anchor: z.string(),
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
