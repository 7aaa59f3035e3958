import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCrosswalks, type Crosswalks } from '../core/crosswalk/crosswalks.ts';
import { parseCatalogFile, type CatalogFileKind, type CatalogFiles } from '../core/model/catalog-file.ts';
import { parseCrosswalkFile, type CrosswalkFile } from '../core/model/crosswalk.ts';
import { buildCatalogs, type Catalogs } from '../core/frameworks/catalog.ts';
import type { ReferenceData } from '../core/reference.ts';

/** mappings/ ships with the package, next to src/. */
export const MAPPINGS_DIR = new URL('../../mappings/', import.meta.url);

export const CATALOG_FILES = {
  nist: 'catalogs/nist-800-53-r5.json',
  cis: 'catalogs/cis-controls-v8.json',
  soc2: 'catalogs/soc2-tsc-2017.json',
  iso: 'catalogs/iso27001-2022.json',
  pci: 'catalogs/pci-dss-4.0.1.json',
} as const;

/** A file of mappings/ that is not JSON or does not match the model; the message names the file and the field. */
export class MappingsFileError extends Error {}

/** How a file of `dir` is named in messages: `mappings/...` for the shipped folder, else its path. */
function nameOf(relativePath: string, dir: URL): string {
  return dir.href === MAPPINGS_DIR.href ? `mappings/${relativePath}` : fileURLToPath(new URL(relativePath, dir));
}

export function readMappingsJson<T>(relativePath: string, dir: URL = MAPPINGS_DIR): T {
  const text = readFileSync(new URL(relativePath, dir), 'utf8');
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new MappingsFileError(`${nameOf(relativePath, dir)}: unexpected text, expected JSON (${(error as Error).message})`);
  }
}

/** The catalog files of `dir` (default: the shipped mappings/), each validated by its schema. */
export function readCatalogFiles(dir: URL = MAPPINGS_DIR): CatalogFiles {
  const read = <Kind extends CatalogFileKind>(kind: Kind): CatalogFiles[Kind] => {
    const parsed = parseCatalogFile(kind, readMappingsJson<unknown>(CATALOG_FILES[kind], dir), nameOf(CATALOG_FILES[kind], dir));
    if ('error' in parsed) throw new MappingsFileError(parsed.error);
    return parsed.file;
  };
  return { nist: read('nist'), cis: read('cis'), soc2: read('soc2'), iso: read('iso'), pci: read('pci') };
}

let cached: Catalogs | null = null;

/** The catalogs of mappings/, read once per process. */
export function loadCatalogs(): Catalogs {
  cached ??= buildCatalogs(readCatalogFiles());
  return cached;
}

export const CROSSWALK_FILES = [
  'crosswalks/soc2-tsc-2017__nist-800-53-r5.json',
  'crosswalks/cis-controls-v8__nist-800-53-r5.json',
  'crosswalks/nist-800-53-r5__iso27001-2022.json',
  'crosswalks/cis-controls-v8__iso27001-2022.json',
] as const;

/** The name this error had when only crosswalks were validated. */
export { MappingsFileError as CrosswalkFileError };

/** The crosswalk files of `dir` (default: the shipped mappings/), each validated by its schema. */
export function readCrosswalkFiles(dir: URL = MAPPINGS_DIR): CrosswalkFile[] {
  return CROSSWALK_FILES.map((path) => {
    const parsed = parseCrosswalkFile(readMappingsJson<unknown>(path, dir), nameOf(path, dir));
    if ('error' in parsed) throw new MappingsFileError(parsed.error);
    return parsed.file;
  });
}

let cachedCrosswalks: Crosswalks | null = null;

/** Catalogs and crosswalks together, as checks take them. */
export function loadReferenceData(): ReferenceData {
  return { catalogs: loadCatalogs(), crosswalks: loadCrosswalks() };
}

/** The crosswalks of mappings/, read once per process. */
export function loadCrosswalks(): Crosswalks {
  cachedCrosswalks ??= buildCrosswalks(readCrosswalkFiles());
  return cachedCrosswalks;
}
