import { z } from 'zod';
import { ControlSchema } from './control.ts';
import {
  ChangelogEntrySchema,
  HeadingSchema,
  LinkSchema,
  OutlineEntrySchema,
  QuickReferenceSchema,
  ReferenceSchema,
  SectionSchema,
} from './document.ts';
import { GuideFieldsSchema } from './frontmatter.ts';
import { IncludeSchema } from './include.ts';
import { PositionSchema } from './position.ts';

/** Frontmatter as read: raw data (unknown keys kept) plus where each key sits in the YAML. */
export const FrontmatterBlockSchema = z.object({
  data: z.record(z.string(), z.unknown()),
  keyPositions: z.record(z.string(), PositionSchema),
  valuePositions: z.record(z.string(), PositionSchema),
  position: PositionSchema,
});
export type FrontmatterBlock = z.infer<typeof FrontmatterBlockSchema>;

/** A guide's frontmatter: its known keys typed (`fields`), and the raw data for the others. */
export const GuideFrontmatterBlockSchema = FrontmatterBlockSchema.extend({ fields: GuideFieldsSchema });
export type GuideFrontmatterBlock = z.infer<typeof GuideFrontmatterBlockSchema>;

export const GuideSchema = z.object({
  /** Path as given to the parser (relative paths stay relative so output is portable). */
  path: z.string(),
  /** Slug from frontmatter, else from the file name. */
  slug: z.string(),
  frontmatter: GuideFrontmatterBlockSchema.nullable(),
  title: z.string(),
  headings: z.array(HeadingSchema),
  /** Every heading in document order, with its kind and number. */
  outline: z.array(OutlineEntrySchema),
  sections: z.array(SectionSchema),
  controls: z.array(ControlSchema),
  quickReference: QuickReferenceSchema.nullable(),
  references: z.array(ReferenceSchema),
  changelog: z.array(ChangelogEntrySchema).nullable(),
  changelogPosition: PositionSchema.nullable(),
  links: z.array(LinkSchema),
  /** Liquid includes (pack code, status marks) in document order, typed. */
  includes: z.array(IncludeSchema),
  /** Raw HTML nodes (other than hardmap directives) with their source. */
  html: z.array(z.object({ value: z.string(), position: PositionSchema })),
  /** `<!-- hardmap-disable-next-line ... -->` directives: line they silence and rule ids (empty = all). */
  directives: z.array(z.object({ line: z.number().int(), rules: z.array(z.string()) })),
  /** Number of lines, so checks can keep every position inside the file. */
  lineCount: z.number().int(),
});
export type Guide = z.infer<typeof GuideSchema>;
