import { z } from 'zod';
import { PositionSchema } from './position.ts';

/** Where in a control a framework mapping was written. */
export const MappingSourceSchema = z.enum(['framework-table', 'compliance-mappings', 'inline']);
export type MappingSource = z.infer<typeof MappingSourceSchema>;

/** One framework ID claimed by a control, as written and as normalized. */
export const FrameworkMappingSchema = z.object({
  /** Canonical framework key (the folder name under mappings/frameworks/) or `uncatalogued:<slug>`. */
  framework: z.string(),
  /** The framework label exactly as written (`**NIST 800-53**`). */
  frameworkLabel: z.string(),
  /** Normalized ID (`AC-2(1)`); equals `text` for uncatalogued frameworks. */
  id: z.string(),
  /** The ID token exactly as written (`ac-2.1`); starts at `position.start`. */
  idText: z.string(),
  /** The whole entry as written, including any trailing name (`AC-6 (Least Privilege)`). */
  text: z.string(),
  source: MappingSourceSchema,
  position: PositionSchema,
  labelPosition: PositionSchema,
});
export type FrameworkMapping = z.infer<typeof FrameworkMappingSchema>;

/**
 * Text in a catalogued framework's mapping cell that is no ID of that framework (`Access Control
 * family`, a link to a policy): kept as written, never treated as an ID claim.
 */
export const UnparsedMappingSchema = z.object({
  framework: z.string(),
  frameworkLabel: z.string(),
  text: z.string(),
  source: MappingSourceSchema,
  position: PositionSchema,
  labelPosition: PositionSchema,
});
export type UnparsedMapping = z.infer<typeof UnparsedMappingSchema>;
