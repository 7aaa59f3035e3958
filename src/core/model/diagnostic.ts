import { z } from 'zod';
import { PositionSchema } from './position.ts';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * A finding, shaped like a vfile message (ruleId, place, url, actual/expected, cause) but kept as
 * plain data so it survives worker threads, the cache and JSON reporters unchanged.
 */
export const DiagnosticSchema = z.object({
  ruleId: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  file: z.string(),
  place: PositionSchema,
  url: z.string(),
  actual: z.string().optional(),
  expected: z.array(z.string()).optional(),
  /** The other place involved ("first defined here"). */
  cause: z.object({ message: z.string(), place: PositionSchema }).optional(),
  /** Whether `hardmap fix` can repair this finding. */
  fixable: z.boolean(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
