import { z } from 'zod';
import { PositionSchema } from '../model/position.ts';

/**
 * Pack types in the order the upstream include template renders them (`pack-code.html`): one
 * collapsible block per type present, sigma last because it is a list of rule files.
 */
export const RENDERED_PACK_TYPES = ['terraform', 'config', 'api', 'cli', 'sdk', 'db', 'siem', 'sigma'] as const;
export const PackTypeSchema = z.enum([...RENDERED_PACK_TYPES, 'controls', 'scripts', 'other']);
export type PackType = z.infer<typeof PackTypeSchema>;
export type RenderedPackType = (typeof RENDERED_PACK_TYPES)[number];

/** One marked region of a pack file, as the guide shows it. */
export const PackExcerptSchema = z.object({
  /** The region name after `begin` (`terraform`, `api-dsn-key-audit`). */
  name: z.string(),
  /** The lines between the markers, least common indentation removed, trailing newlines dropped. */
  text: z.string(),
  /** First and last line of the region's content in the pack file (1-based; end < start when empty). */
  startLine: z.number().int(),
  endLine: z.number().int(),
  /** The begin marker line through the end marker line. */
  position: PositionSchema,
});
export type PackExcerpt = z.infer<typeof PackExcerptSchema>;

/** A problem with a file's excerpt markers (unbalanced, nested, a name the extractor cannot match). */
export const MarkerProblemSchema = z.object({ message: z.string(), position: PositionSchema, actual: z.string() });
export type MarkerProblem = z.infer<typeof MarkerProblemSchema>;

export const PackFileSchema = z.object({
  /** Path inside the packs root, `/`-separated: `sentry/api/hth-sentry-3.02-dsn-key-audit.sh`. */
  path: z.string(),
  vendor: z.string(),
  fileName: z.string(),
  type: PackTypeSchema,
  /** Language label from the extension, as the upstream sync names it (`.tf` → `hcl`). */
  lang: z.string(),
  /** The control number the file name gives (`hth-sentry-3.02-...` → `3.2`), or null. */
  section: z.string().nullable(),
  /** SHA-256 of the bytes, hex, computed by the reader. */
  sha256: z.string(),
  size: z.number().int(),
  /** The file has a begin marker: only such files reach an include (the upstream sync's test). */
  marked: z.boolean(),
  excerpts: z.array(PackExcerptSchema),
  markerProblems: z.array(MarkerProblemSchema),
  /** Top-level `id:` of a Sigma rule, with its place, when the file is one. */
  sigmaId: z.object({ value: z.string(), position: PositionSchema }).nullable(),
});
export type PackFile = z.infer<typeof PackFileSchema>;

const LocatedStrings = z.object({ values: z.array(z.string()), position: PositionSchema });

/** A machine-readable control definition (`controls/*.yaml`), read with positions. */
export const ControlYamlSchema = z.object({
  path: z.string(),
  id: z.string().nullable(),
  section: z.object({ value: z.string(), position: PositionSchema }).nullable(),
  profileLevel: z.object({ value: z.number().int(), position: PositionSchema }).nullable(),
  guideUrl: z.object({ value: z.string(), position: PositionSchema }).nullable(),
  title: z.string().nullable(),
  /** `compliance:` lists by key as written (`soc2`, `nist_800_53`, `iso_27001`, `pci_dss`, ...). */
  compliance: z.record(z.string(), LocatedStrings),
  /** Audit check ids and descriptions, remediation surfaces (`api`, `terraform`), as written. */
  audit: z.array(z.object({ id: z.string(), description: z.string() })),
  remediate: z.array(z.string()),
  /** YAML errors and shape problems, each with its place. */
  problems: z.array(MarkerProblemSchema),
});
export type ControlYaml = z.infer<typeof ControlYamlSchema>;

/** One type's entry of a section, as the include renders it: one file (a list for sigma). */
export const PackEntrySchema = z.object({
  type: PackTypeSchema,
  lang: z.string(),
  path: z.string(),
  fileName: z.string(),
  excerpts: z.array(PackExcerptSchema),
});
export type PackEntry = z.infer<typeof PackEntrySchema>;

/** What `{% include pack-code.html vendor=V section=S %}` renders: the entries in template order. */
export const PackSectionSchema = z.object({ key: z.string(), entries: z.array(PackEntrySchema) });
export type PackSection = z.infer<typeof PackSectionSchema>;

export const PackSchema = z.object({
  vendor: z.string(),
  files: z.array(PackFileSchema),
  controls: z.array(ControlYamlSchema),
  /** Sections with marked code, sorted numerically, as the upstream data file lists them. */
  sections: z.array(PackSectionSchema),
});
export type Pack = z.infer<typeof PackSchema>;

export const PackTreeSchema = z.object({
  /** The packs root as configured, for messages. */
  root: z.string(),
  packs: z.array(PackSchema),
});
export type PackTree = z.infer<typeof PackTreeSchema>;

/** A pack file as the io layer hands it over: path inside the packs root, text and hash. */
export interface PackFileInput {
  path: string;
  text: string;
  sha256: string;
  size: number;
}
