import { z } from 'zod';

/** A point in a source file: 1-based line and column, 0-based UTF-16 offset (unist conventions). */
export const PointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});
export type Point = z.infer<typeof PointSchema>;

/** A span in a source file; every field of the model carries one so diagnostics can point at it. */
export const PositionSchema = z.object({ start: PointSchema, end: PointSchema });
export type Position = z.infer<typeof PositionSchema>;

/** A piece of text together with where it was written. */
export const LocatedTextSchema = z.object({ text: z.string(), position: PositionSchema });
export type LocatedText = z.infer<typeof LocatedTextSchema>;

/** Line 1, column 1: where a finding goes when its file has no better place (a file-level claim). */
export const FILE_START: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
