import { z } from 'zod';
import { fileIssue } from './file-issue.ts';
import { RelationshipSchema } from './relationship.ts';

/** One published edge, typed from `from`'s point of view ("from is relationship to"). */
export const CrosswalkFileEdgeSchema = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  relationship: RelationshipSchema,
  /** The references as published, where they differ from `to` (statement items such as PS-6a). */
  sourceRef: z.string().optional(),
});
export type CrosswalkFileEdge = z.infer<typeof CrosswalkFileEdgeSchema>;

/** How the source words its relationships and what each word became. */
export const RelationshipSourceSchema = z.object({
  /** What the source calls its relationships, and from whose point of view. */
  vocabulary: z.string(),
  /** Source wording -> typed relationship. */
  terms: z.record(z.string(), RelationshipSchema),
  /** Where the source (or its own serialization) defines the direction. */
  citation: z.string(),
});
export type RelationshipSource = z.infer<typeof RelationshipSourceSchema>;

/** Where a crosswalk came from: the inputs with their hashes and upstream commits, and the importer's notes. */
export const CrosswalkProvenanceSchema = z.object({
  sources: z.array(z.object({ path: z.string(), sha256: z.string(), upstream: z.string() })),
  notes: z.string().optional(),
});
export type CrosswalkProvenance = z.infer<typeof CrosswalkProvenanceSchema>;

/** A file of mappings/crosswalks/, as scripts/import-reference writes it. */
export const CrosswalkFileSchema = z.object({
  id: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  title: z.string(),
  /** Read order (edges and gap notes list in it); crosswalks without one follow, by id. */
  order: z.number().int().nonnegative().optional(),
  license: z.string(),
  /** Optional so hand-made test crosswalks need none; every imported file has it (the site's provenance pages show it). */
  provenance: CrosswalkProvenanceSchema.optional(),
  relationships: RelationshipSourceSchema,
  /** `from` IDs the source leaves unmapped. */
  unmappedFrom: z.array(z.string()),
  edges: z.array(CrosswalkFileEdgeSchema).min(1),
});
export type CrosswalkFile = z.infer<typeof CrosswalkFileSchema>;

/** Pure: a crosswalk file checked against the model, or a message naming the file and the field. */
export function parseCrosswalkFile(value: unknown, name: string): { file: CrosswalkFile } | { error: string } {
  const result = CrosswalkFileSchema.safeParse(value);
  return result.success ? { file: result.data } : { error: fileIssue(result.error, name, 'crosswalk') };
}
