import { describe, expect, it } from 'vitest';
import { mappingsJsonBytes, toJson } from '../../src/index.ts';
import type { MappingRow } from '../../src/core/export/rows.ts';

const meta = { generator: { name: 'hardmap', version: '0.0.0' }, contentCommit: null, filter: { frameworks: ['nist'], levels: [], guides: [] } };
/** Rows with nested values and non-ASCII text; only their JSON shape matters to the writer. */
const rows = (n: number): MappingRow[] => Array.from({ length: n }, (_, i) => ({ guide: `g${i}`, control: `1.${i}`, title: 'Zugriff prüfen — “quoted”', path: ['a', { b: i }], empty: [] }) as unknown as MappingRow);

describe('mappings.json written in pieces', () => {
  it('is exactly JSON.stringify(document, null, 2) for no row, one row, and more rows than one piece holds', () => {
    for (const n of [0, 1, 2, 1999, 2000, 2001, 4500]) {
      const list = rows(n);
      const whole = `${JSON.stringify({ format: 'hardmap-mappings', version: 1, generator: meta.generator, contentCommit: null, filter: { frameworks: ['nist'], levels: [], guides: [] }, rows: list }, null, 2)}\n`;
      expect(toJson(list, meta), `${n} rows`).toBe(whole);
      expect(new TextDecoder().decode(mappingsJsonBytes(list, meta)), `${n} rows`).toBe(whole);
    }
  });
});
