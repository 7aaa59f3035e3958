import { z } from 'zod';
import { BlockSchema } from './block.ts';
import { RunbookFieldsSchema } from './frontmatter.ts';
import { FrontmatterBlockSchema } from './guide.ts';
import { LocatedTextSchema, PositionSchema } from './position.ts';

/** Runbook frontmatter: what an editor sees in the generated JSON Schema. */
export const RunbookFrontmatterSchema = z.looseObject({
  title: z.string().min(1).describe('What goes wrong, e.g. "Scanner Service Account Locked Out After Password Aging".'),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lowercase letters, digits and hyphens').describe('URL slug under /runbooks/.'),
  applies_to: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*#(?:\d+|[A-Z])(?:\.\d+)+$/, 'expected `guide-slug#control-number`, e.g. "qualys#3.3"')).min(1).describe('Controls this runbook supports, as guide-slug#control-number.'),
  last_updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD').describe('Date of the last edit (YYYY-MM-DD).'),
});

export const AppliesToSchema = z.object({ guide: z.string(), control: z.string(), text: z.string(), position: PositionSchema });
export type AppliesTo = z.infer<typeof AppliesToSchema>;

export const RecoveryOptionSchema = BlockSchema.extend({
  number: z.number().int().nullable(),
  tradeOffs: LocatedTextSchema.nullable(),
});

export const RunbookSchema = z.object({
  path: z.string(),
  slug: z.string(),
  title: z.string(),
  frontmatter: FrontmatterBlockSchema.extend({ fields: RunbookFieldsSchema }).nullable(),
  appliesTo: z.array(AppliesToSchema),
  symptoms: BlockSchema.nullable(),
  likelyCause: BlockSchema.nullable(),
  recoveryOptions: z.array(RecoveryOptionSchema),
  validationChecklist: BlockSchema.extend({ items: z.array(z.object({ text: z.string(), checked: z.boolean(), position: PositionSchema })) }).nullable(),
  notes: BlockSchema.nullable(),
  /** Sections other than the five above, kept as written. */
  other: z.array(BlockSchema),
  /** `<!-- hardmap-disable-next-line ... -->` directives, as in guides. */
  directives: z.array(z.object({ line: z.number().int(), rules: z.array(z.string()) })),
  lineCount: z.number().int(),
});
export type Runbook = z.infer<typeof RunbookSchema>;
