import { readFileSync } from 'node:fs';
import { buildCrosswalks, type Crosswalks } from '../core/crosswalk/crosswalks.ts';
import { parseCrosswalkFile, type CrosswalkFile } from '../core/model/crosswalk.ts';
import { buildCatalogs, type CatalogFiles, type Catalogs } from '../core/frameworks/catalog.ts';
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

export function readMappingsJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(new URL(relativePath, MAPPINGS_DIR), 'utf8')) as T;
}

export function readCatalogFiles(): CatalogFiles {
  return {
    nist: readMappingsJson(CATALOG_FILES.nist),
    cis: readMappingsJson(CATALOG_FILES.cis),
    soc2: readMappingsJson(CATALOG_FILES.soc2),
    iso: readMappingsJson(CATALOG_FILES.iso),
    pci: readMappingsJson(CATALOG_FILES.pci),
  };
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

/** A crosswalk file that does not match the model; the message names the file and the field. */
export class CrosswalkFileError extends Error {}

export function readCrosswalkFiles(): CrosswalkFile[] {
  return CROSSWALK_FILES.map((path) => {
    const parsed = parseCrosswalkFile(readMappingsJson<unknown>(path), `mappings/${path}`);
    if ('error' in parsed) throw new CrosswalkFileError(parsed.error);
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
