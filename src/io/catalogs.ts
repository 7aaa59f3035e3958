import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCrosswalks, type Crosswalks } from '../core/crosswalk/crosswalks.ts';
import { parseCatalogFile, type CatalogFileKind, type CatalogFiles } from '../core/model/catalog-file.ts';
import { parseCrosswalkFile, type CrosswalkFile } from '../core/model/crosswalk.ts';
import type { Catalogs } from '../core/frameworks/catalog.ts';
import { catalogsFromFolders } from '../core/frameworks/folder-catalog.ts';
import { SHIPPED_FRAMEWORKS } from '../core/frameworks/shipped.ts';
import { loadFrameworkFolders } from './framework-folders.ts';
import type { ReferenceData } from '../core/reference.ts';

/** mappings/ ships with the package, next to src/. */
export const MAPPINGS_DIR = new URL('../../mappings/', import.meta.url);

/** The catalogued frameworks, in registry order: each has a folder under mappings/frameworks/. */
const LOADED: readonly string[] = SHIPPED_FRAMEWORKS.map((file) => file.id);

/** The catalog files of the format before framework folders; read only by readCatalogFiles. */
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

/** The catalogs of the framework folders of mappings/frameworks/, read once per process. */
export function loadCatalogs(): Catalogs {
  cached ??= catalogsFromFolders(loadFrameworkFolders(), LOADED);
  return cached;
}

/** The order the first four crosswalks were always read in; edges and gap notes list in read order, so outputs keep theirs. */
const FIRST_CROSSWALKS = ['soc2-tsc-2017__nist-800-53-r5', 'cis-controls-v8__nist-800-53-r5', 'nist-800-53-r5__iso27001-2022', 'cis-controls-v8__iso27001-2022'];
const readOrder = (name: string): number => {
  const index = FIRST_CROSSWALKS.indexOf(name);
  return index === -1 ? FIRST_CROSSWALKS.length : index;
};

/** Every crosswalk file of `dir` named `<a>__<b>.json` whose two ends are loaded frameworks: the first four in their old order, then by name. */
export function crosswalkPaths(dir: URL = MAPPINGS_DIR): string[] {
  return readdirSync(new URL('crosswalks/', dir))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((name) => name.split('__').every((end) => LOADED.includes(end)))
    .sort((a, b) => readOrder(a) - readOrder(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => `crosswalks/${name}.json`);
}

/** The files of mappings/ that results depend on, for the check cache's key. */
export function referencePaths(): string[] {
  return [...LOADED.flatMap((id) => [`frameworks/${id}/framework.json`, `frameworks/${id}/catalog.json`]), ...crosswalkPaths()];
}

/** The name this error had when only crosswalks were validated. */
export { MappingsFileError as CrosswalkFileError };

/** The crosswalk files of `dir` (default: the shipped mappings/), each validated by its schema. */
export function readCrosswalkFiles(dir: URL = MAPPINGS_DIR): CrosswalkFile[] {
  return crosswalkPaths(dir).map((path) => {
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
