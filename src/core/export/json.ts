import { z } from 'zod';
import { MappingRowSchema, type MappingRow, type RowFilter } from './rows.ts';

export const MappingExportSchema = z.object({
  format: z.literal('hardmap-mappings'),
  version: z.literal(1),
  generator: z.object({ name: z.string(), version: z.string() }),
  contentCommit: z.string().nullable(),
  filter: z.object({ frameworks: z.array(z.string()), levels: z.array(z.string()), guides: z.array(z.string()) }),
  rows: z.array(MappingRowSchema),
});
export type MappingExport = z.infer<typeof MappingExportSchema>;

/** The JSON Schema auditors validate `mappings.json` against, generated from the Zod model. */
export function mappingExportJsonSchema(): string {
  const schema = z.toJSONSchema(MappingExportSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, $id: 'https://hardmap.invalid/schemas/mappings.schema.json', title: 'hardmap mapping export' }, null, 2)}\n`;
}

export function toJson(rows: readonly MappingRow[], meta: { generator: { name: string; version: string }; contentCommit: string | null; filter: RowFilter }): string {
  const document: MappingExport = {
    format: 'hardmap-mappings',
    version: 1,
    generator: meta.generator,
    contentCommit: meta.contentCommit,
    filter: { frameworks: [...(meta.filter.frameworks ?? [])], levels: [...(meta.filter.levels ?? [])], guides: [...(meta.filter.guides ?? [])] },
    rows: [...rows],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
