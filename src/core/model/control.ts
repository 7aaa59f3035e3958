import { z } from 'zod';
import { BlockSchema, CodeBlockSchema } from './block.ts';
import { FrameworkMappingSchema, UnparsedMappingSchema } from './mapping.ts';
import { LocatedTextSchema, PositionSchema } from './position.ts';

export const ProfileLevelSchema = z.object({
  /** Normalized level, or null when the label is not one hardmap understands. */
  level: z.enum(['L1', 'L2', 'L3', 'L4']).nullable(),
  /** Maturity name as written (`Crawl`, `Hardened`, `Maximum Security`), if any. */
  name: z.string().nullable(),
  /** Trailing qualifier such as `CRITICAL`, if any. */
  qualifier: z.string().nullable(),
  /** The whole value as written after `**Profile Level:**`. */
  text: z.string(),
  position: PositionSchema,
});
export type ProfileLevel = z.infer<typeof ProfileLevelSchema>;

/** One list item of a ClickOps step; nested list items become children. */
export interface StepItem {
  text: string;
  /** Menu path split on arrows (`Administration → Users`), when the item names one. */
  menuPath: string[] | null;
  children: StepItem[];
  position: z.infer<typeof PositionSchema>;
}
export const StepItemSchema: z.ZodType<StepItem> = z.lazy(() =>
  z.object({
    text: z.string(),
    menuPath: z.array(z.string()).nullable(),
    children: z.array(StepItemSchema),
    position: PositionSchema,
  }),
);

export const ClickOpsStepSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  items: z.array(StepItemSchema),
  position: PositionSchema,
});
export type ClickOpsStep = z.infer<typeof ClickOpsStepSchema>;

export const RationaleSchema = BlockSchema.extend({
  whyItMatters: LocatedTextSchema.nullable(),
  attackPrevented: LocatedTextSchema.nullable(),
});

export const ControlSchema = z.object({
  /** Control number as written: `1.1`, `2.1.1`, `A.1`. */
  number: z.string(),
  title: z.string(),
  /** GitHub-style anchor of the control heading, unique within the guide. */
  anchor: z.string(),
  /** Number of the `##` section the control sits under, or null when that section is unnumbered. */
  sectionNumber: z.string().nullable(),
  headingPosition: PositionSchema,
  level: ProfileLevelSchema.nullable(),
  mappings: z.array(FrameworkMappingSchema),
  /** Text in catalogued frameworks' mapping cells that is no ID (`Access Control family`), as written. */
  unparsedMappings: z.array(UnparsedMappingSchema),
  description: BlockSchema.nullable(),
  rationale: RationaleSchema.nullable(),
  prerequisites: BlockSchema.nullable(),
  clickOps: BlockSchema.extend({ steps: z.array(ClickOpsStepSchema) }).nullable(),
  code: z.array(CodeBlockSchema),
  timeToComplete: LocatedTextSchema.nullable(),
  validation: BlockSchema.nullable(),
  /** Every other `####` subsection, kept as written. */
  subsections: z.array(BlockSchema),
  /** From the heading to the line before the next heading of depth <= 3. */
  position: PositionSchema,
});
export type Control = z.infer<typeof ControlSchema>;
