// The catalogs built from the framework folders are the ones the old mappings/catalogs files gave,
// entry by entry and in the same order, so checks, matrices and exports read the same tables.
import { describe, expect, it } from 'vitest';
import { buildCatalogs } from '../../src/core/frameworks/catalog.ts';
import { catalogsFromFolders } from '../../src/core/frameworks/folder-catalog.ts';
import { readCatalogFiles } from '../../src/io/catalogs.ts';
import { loadFrameworkFolders } from '../../src/io/framework-folders.ts';

const FIVE = ['nist-800-53-r5', 'cis-controls-v8', 'soc2-tsc-2017', 'iso27001-2022', 'pci-dss-4.0.1'];
const plain = (catalog: unknown) => JSON.parse(JSON.stringify(catalog, (_, v: unknown) => (v instanceof Map ? [...v] : v))) as unknown;

describe('catalogs from folders', () => {
  const old = buildCatalogs(readCatalogFiles());
  const built = catalogsFromFolders(loadFrameworkFolders(), FIVE);
  it.each(FIVE)('%s equals the catalog of mappings/catalogs', (key) => {
    // The folders add where each withdrawn entry went with its relation (withdrawnTo), which the old files never had.
    const { withdrawals: _added, ...same } = built.get(key) ?? {};
    expect(plain(same)).toEqual(plain(old.get(key)));
  });
  it('keeps the order of the keys', () => {
    expect([...built.keys()]).toEqual(FIVE);
  });
});
