import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCatalogFiles, readCrosswalkFiles } from '../../src/node.ts';
import { MAPPINGS_DIR, MappingsFileError } from '../../src/io/catalogs.ts';

/** A copy of mappings/ with one file rewritten by `edit` (text that is no JSON when it returns nothing). */
function mappingsWith(path: string, edit: (json: Record<string, unknown>) => unknown): { dir: URL; file: string } {
  const root = mkdtempSync(join(tmpdir(), 'hardmap-mappings-'));
  cpSync(MAPPINGS_DIR, root, { recursive: true });
  const file = join(root, path);
  const edited = edit(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
  writeFileSync(file, edited === undefined ? '{ "title": ' : JSON.stringify(edited));
  return { dir: pathToFileURL(`${root}/`), file };
}

describe('catalog files are validated when read', () => {
  it('reads the committed catalogs', () => {
    const files = readCatalogFiles();
    expect(Object.keys(files)).toEqual(['nist', 'cis', 'soc2', 'iso', 'pci']);
    expect(files.nist.controls.length).toBeGreaterThan(1000);
  });

  it('a broken catalog gives an error naming the file and the field', () => {
    const { dir, file } = mappingsWith('catalogs/nist-800-53-r5.json', (json) => {
      const controls = json['controls'] as Array<Record<string, unknown>>;
      controls[3] = { ...controls[3], withdrawn: 'no' };
      return json;
    });
    expect(() => readCatalogFiles(dir)).toThrow(MappingsFileError);
    expect(() => readCatalogFiles(dir)).toThrow(`${file}: unexpected nist catalog at \`controls[3].withdrawn\`: Invalid input: expected boolean, received string`);
  });

  it('a catalog missing a list, or not JSON at all, is named too', () => {
    const missing = mappingsWith('catalogs/soc2-tsc-2017.json', (json) => ({ ...json, criteria: undefined }));
    expect(() => readCatalogFiles(missing.dir)).toThrow(`${missing.file}: unexpected soc2 catalog at \`criteria\`: Invalid input: expected array, received undefined`);
    const { dir, file } = mappingsWith('catalogs/iso27001-2022.json', () => undefined);
    expect(() => readCatalogFiles(dir)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: unexpected text, expected JSON`));
  });

  it('a broken crosswalk in another folder is named by its path', () => {
    const { dir, file } = mappingsWith('crosswalks/cis-controls-v8__iso27001-2022.json', (json) => ({ ...json, edges: [{ from: '1.1', to: 'A.5.9', relationship: 'same' }] }));
    expect(() => readCrosswalkFiles(dir)).toThrow(`${file}: unexpected crosswalk at \`edges[0].relationship\``);
  });
});
