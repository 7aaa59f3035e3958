import { z } from 'zod';
import { PositionSchema } from './position.ts';

/** The validation mark an include passes on to the pack types it names (`mark_status`, ...). */
export const IncludeMarkSchema = z.object({ status: z.string(), evidence: z.string().nullable(), date: z.string().nullable() });

/**
 * A Liquid include of the guide (`{% include pack-code.html vendor="okta" section="1.1" %}`,
 * `{% include status-mark.html status=... %}`), typed. The site renders pack code where a
 * pack-code include stands; a status mark is a claim, shown as text and never part of a heading's anchor.
 */
export const IncludeSchema = z.object({
  /** The included template: `pack-code.html`, `status-mark.html`, or another name as written. */
  name: z.string(),
  /** `key="value"` arguments as written. */
  params: z.record(z.string(), z.string()),
  /** The whole tag as written. */
  value: z.string(),
  position: PositionSchema,
  /** Number of the control whose span holds the tag, or null outside controls. */
  control: z.string().nullable(),
  /** The tag ends a heading line (a status mark on `#### ClickOps Implementation`). */
  inHeading: z.boolean(),
  /** For pack-code: the pack key (`vendor`, `section` unpadded) and the marked types. */
  pack: z
    .object({ vendor: z.string(), section: z.string(), validatedTypes: z.array(z.string()), mark: IncludeMarkSchema.nullable() })
    .nullable(),
  /** For status-mark: status (default `ai-validated`), evidence and date. */
  mark: IncludeMarkSchema.nullable(),
});
export type Include = z.infer<typeof IncludeSchema>;
