import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCrosswalks, type Crosswalks } from '../core/crosswalk/crosswalks.ts';
import { parseCatalogFile, type CatalogFileKind, type CatalogFiles } from '../core/model/catalog-file.ts';
import { parseCrosswalkFile, type CrosswalkFile } from '../core/model/crosswalk.ts';
import type { Catalogs } from '../core/frameworks/catalog.ts';
import { catalogsFromFolders } from '../core/frameworks/folder-catalog.ts';
import { LEGACY_CATALOG_FILES } from '../core/frameworks/defaults.ts';
import { byRegistryOrder } from '../core/frameworks/registry-order.ts';
import { loadMappings, readMappings } from './registry.ts';
import type { ReferenceData } from '../core/reference.ts';

/** mappings/ ships with the package, next to src/. */
export const MAPPINGS_DIR = new URL('../../mappings/', import.meta.url);

/** The catalog files of the format before framework folders; read only by readCatalogFiles. */
export const CATALOG_FILES = LEGACY_CATALOG_FILES;

/** A file of mappings/ that is not JSON or does not match the model; the message names the file and the field. */
export class MappingsFileError extends Error {}

/** How a file of `dir` is named in messages: `mappings/...` for the shipped folder, else its path. */
function nameOf(relativePath: string, dir: URL): string {
  return dir.href === MAPPINGS_DIR.href ? `mappings/${relativePath}` : fileURLToPath(new URL(relativePath, dir));
}

function readJsonFile(path: string, shown: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new MappingsFileError(`${shown}: unexpected text, expected JSON (${(error as Error).message})`);
  }
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

/** The catalogs of the framework folders of the mappings roots (src/io/registry.ts), read once per process. */
export function loadCatalogs(): Catalogs {
  const { folders, order } = loadMappings();
  cached ??= catalogsFromFolders(folders, order);
  return cached;
}

/** How a crosswalk file is named in messages: relative to the project for the shipped ones, else its path. */
function shownPath(path: string): string {
  const fromProject = relative(fileURLToPath(new URL('..', MAPPINGS_DIR)), path).split('\\').join('/');
  return fromProject.startsWith('..') ? path : fromProject;
}

/** Every crosswalk file of the mappings roots named `<a>__<b>.json` whose two ends are loaded frameworks (absolute paths). */
export function crosswalkPaths(): string[] {
  return loadMappings().crosswalks;
}

/** The files of the mappings roots that results depend on, for the check cache's key (absolute paths). */
export function referencePaths(): string[] {
  const { order, dirs, crosswalks } = loadMappings();
  return [...order.flatMap((id) => ['framework.json', 'catalog.json'].map((file) => join(dirs.get(id) ?? '', file))), ...crosswalks];
}

/** The name this error had when only crosswalks were validated. */
export { MappingsFileError as CrosswalkFileError };

/** The crosswalk files of the mappings roots (or of the one root `dir`), each validated by its schema, in read order. */
export function readCrosswalkFiles(dir?: URL): CrosswalkFile[] {
  const paths = dir ? readMappings([fileURLToPath(dir)]).crosswalks : crosswalkPaths();
  const files = paths.map((path) => {
    const parsed = parseCrosswalkFile(readJsonFile(path, shownPath(path)), shownPath(path));
    if ('error' in parsed) throw new MappingsFileError(parsed.error);
    return { id: basename(path, '.json'), order: parsed.file.order, file: parsed.file };
  });
  // Edges and gap notes list in read order: the crosswalks that state an order keep the places they always had.
  return byRegistryOrder(files).map(({ file }) => file);
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
