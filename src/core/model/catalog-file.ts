import { z } from 'zod';
import { fileIssue } from './file-issue.ts';

const id = z.string().min(1);
/** Every catalog file starts with these; provenance, license and the like are kept out of the model. */
const head = { title: z.string(), version: z.string() };

/** The JSON files in mappings/catalogs, as scripts/import-reference.ts writes them. */
export const NistFileSchema = z.object({
  ...head,
  families: z.record(z.string(), z.string()),
  controls: z.array(z.object({ id, title: z.string(), family: z.string(), parent: z.string().nullable(), withdrawn: z.boolean(), incorporatedInto: z.array(z.string()).optional(), baselines: z.array(z.string()).optional() })),
});
export const CisFileSchema = z.object({
  ...head,
  controls: z.array(z.object({ id, title: z.string() })),
  safeguards: z.array(z.object({ id, control: z.string(), title: z.string(), implementationGroups: z.array(z.number().int()) })),
});
export const Soc2FileSchema = z.object({
  ...head,
  categories: z.array(z.object({ id, title: z.string() })),
  criteria: z.array(z.object({ id, category: z.string(), group: z.string().nullable().optional() })),
});
export const IsoFileSchema = z.object({
  ...head,
  themes: z.array(z.object({ id, title: z.string() })),
  controls: z.array(z.object({ id, theme: z.string(), title: z.string() })),
});
export const PciFileSchema = z.object({
  ...head,
  principalRequirements: z.array(z.object({ id, title: z.string() })),
  requirements: z.array(z.object({ id, parent: z.string().nullable().optional(), title: z.string().optional() })),
});

export const CATALOG_FILE_SCHEMAS = { nist: NistFileSchema, cis: CisFileSchema, soc2: Soc2FileSchema, iso: IsoFileSchema, pci: PciFileSchema } as const;
export type CatalogFileKind = keyof typeof CATALOG_FILE_SCHEMAS;

export type NistFile = z.infer<typeof NistFileSchema>;
export type CisFile = z.infer<typeof CisFileSchema>;
export type Soc2File = z.infer<typeof Soc2FileSchema>;
export type IsoFile = z.infer<typeof IsoFileSchema>;
export type PciFile = z.infer<typeof PciFileSchema>;
export type CatalogFiles = { [Kind in CatalogFileKind]: z.infer<(typeof CATALOG_FILE_SCHEMAS)[Kind]> };

/** Pure: a catalog file checked against the model, or a message naming the file and the field. */
export function parseCatalogFile<Kind extends CatalogFileKind>(kind: Kind, value: unknown, name: string): { file: CatalogFiles[Kind] } | { error: string } {
  const result = CATALOG_FILE_SCHEMAS[kind].safeParse(value);
  return result.success ? { file: result.data as CatalogFiles[Kind] } : { error: fileIssue(result.error, name, `${kind} catalog`) };
}
