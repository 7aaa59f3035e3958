import { z } from 'zod';
import { concatBytes, jsonDocumentPieces, LazyJsonArray } from './pieces.ts';
import { MappingRowSchema, type MappingRow, type RowFilter, type RowGroups } from './rows.ts';

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

type JsonMeta = { generator: { name: string; version: string }; contentCommit: string | null; filter: RowFilter };

/** `mappings.json`: the document with its rows as a lazy array, written a slug's rows at a time. */
export function mappingsJsonPieces(groups: RowGroups, meta: JsonMeta): Generator<string> {
  return jsonDocumentPieces({
    format: 'hardmap-mappings',
    version: 1,
    generator: meta.generator,
    contentCommit: meta.contentCommit,
    filter: { frameworks: [...(meta.filter.frameworks ?? [])], levels: [...(meta.filter.levels ?? [])], guides: [...(meta.filter.guides ?? [])] },
    rows: new LazyJsonArray(function* rows() {
      for (const group of groups()) yield* group;
    }),
  } satisfies Omit<MappingExport, 'rows'> & { rows: LazyJsonArray });
}

export function toJson(rows: readonly MappingRow[], meta: JsonMeta): string {
  return [...mappingsJsonPieces(() => [rows], meta)].join('');
}

/** The same bytes as `toJson` in UTF-8, for callers that want bytes. */
export function mappingsJsonBytes(rows: readonly MappingRow[], meta: JsonMeta): Uint8Array {
  return concatBytes([...mappingsJsonPieces(() => [rows], meta)]);
}
