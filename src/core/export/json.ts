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

type JsonMeta = { generator: { name: string; version: string }; contentCommit: string | null; filter: RowFilter };

/** Rows per chunk of `mappingsJsonBytes`: big enough to keep encoding calls few, small enough to keep each string short. */
const ROWS_PER_CHUNK = 2000;

/**
 * `mappings.json` as pieces of text whose concatenation is exactly `JSON.stringify(document, null, 2)`
 * plus a newline. A collection of a thousand guides has millions of rows, and one string of the
 * whole document passes V8's string length limit (about 512 MB); the pieces never do.
 */
function* jsonPieces(rows: readonly MappingRow[], meta: JsonMeta): Generator<string> {
  const head: Omit<MappingExport, 'rows'> & { rows: [] } = {
    format: 'hardmap-mappings',
    version: 1,
    generator: meta.generator,
    contentCommit: meta.contentCommit,
    filter: { frameworks: [...(meta.filter.frameworks ?? [])], levels: [...(meta.filter.levels ?? [])], guides: [...(meta.filter.guides ?? [])] },
    rows: [],
  };
  const empty = JSON.stringify(head, null, 2);
  if (rows.length === 0) {
    yield `${empty}\n`;
    return;
  }
  // `rows` is the last key: the document up to its `[`, each row indented two levels, then `]` and `}`.
  yield `${empty.slice(0, empty.lastIndexOf('[]'))}[\n`;
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    const chunk = rows.slice(start, start + ROWS_PER_CHUNK).map((row) => `    ${JSON.stringify(row, null, 2).replace(/\n/g, '\n    ')}`);
    yield `${chunk.join(',\n')}${start + ROWS_PER_CHUNK < rows.length ? ',' : ''}\n`;
  }
  yield '  ]\n}\n';
}

export function toJson(rows: readonly MappingRow[], meta: JsonMeta): string {
  return [...jsonPieces(rows, meta)].join('');
}

/** The same bytes as `toJson` in UTF-8, built piece by piece, for collections whose JSON outgrows one string. */
export function mappingsJsonBytes(rows: readonly MappingRow[], meta: JsonMeta): Uint8Array {
  const encoder = new TextEncoder();
  const parts = [...jsonPieces(rows, meta)].map((piece) => encoder.encode(piece));
  const bytes = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}
