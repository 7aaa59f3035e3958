import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCisCatalog } from './cis.ts';
import { buildCisToIso, buildCisToNist } from './crosswalks-cis.ts';
import { buildNistToIso, buildSoc2ToNist } from './crosswalks-nist.ts';
import { BASELINE_LEVELS, INPUTS, nistProfileSpec } from './inputs.ts';
import { loadInput, MissingInputError, toJsonText, writeIfChanged } from './io.ts';
import { buildIsoCatalog } from './iso.ts';
import { renderNote, renderReadme } from './markdown.ts';
import { buildNistCatalog } from './nist.ts';
import { buildPciCatalog } from './pci.ts';
import { buildSoc2Catalog } from './soc2.ts';
import type { Artifact, Warn } from './types.ts';
import { buildFolders, type FolderSpec } from './folders/build.ts';
import { renderFolder } from './folders/folder.ts';
import { addOscal } from './folders/add-oscal-cli.ts';

export type Built = { artifacts: Artifact[]; folders: FolderSpec[] };

export function buildArtifacts(refDir: string, warn: Warn): Artifact[] {
  return buildAll(refDir, warn).artifacts;
}

/** Catalogs, crosswalks and the framework folders, from one read of the reference data. */
export function buildAll(refDir: string, warn: Warn): Built {
  const load = (spec: Parameters<typeof loadInput>[1]) => loadInput(refDir, spec, warn);
  const nist = buildNistCatalog(
    {
      index: load(INPUTS.nistIndex),
      profiles: BASELINE_LEVELS.map((level) => ({ level, input: load(nistProfileSpec(level)) })),
      catalog2021: load(INPUTS.nistCatalog2021),
    },
    warn,
  );
  const cis = buildCisCatalog(load(INPUTS.cisSafeguards), warn);
  const soc2 = buildSoc2Catalog(load(INPUTS.soc2Criteria), warn);
  const iso = buildIsoCatalog(load(INPUTS.isoIds), warn);
  const pci = buildPciCatalog(load(INPUTS.pciIds), warn);
  const artifacts = [
    nist.artifact,
    cis.artifact,
    soc2.artifact,
    iso.artifact,
    pci.artifact,
    buildSoc2ToNist(load(INPUTS.soc2ToNist), soc2, nist, warn),
    buildCisToNist(load(INPUTS.cisToNist), cis, nist, warn),
    buildNistToIso(load(INPUTS.nistToIso), nist, iso, warn),
    buildCisToIso(load(INPUTS.cisToIso), cis, iso, warn),
  ];
  const built = buildFolders({ load, nist, nistIndex: load(INPUTS.nistIndex), catalog2021: load(INPUTS.nistCatalog2021), cis, soc2, iso, pci }, warn);
  return { artifacts: [...artifacts, ...built.crosswalks], folders: built.folders };
}

/** Files to write, keyed by path relative to mappings/. */
export function renderFiles(artifacts: Artifact[], folders: FolderSpec[] = []): Map<string, string> {
  const files = new Map<string, string>();
  for (const a of artifacts) {
    files.set(a.file, toJsonText(a.json));
    files.set(a.file.replace(/\.json$/, '.md'), renderNote(a));
  }
  for (const folder of folders) for (const [path, text] of renderFolder(folder)) files.set(path, text);
  files.set('README.md', renderReadme(artifacts, folders));
  return files;
}

export function main(argv: string[], projectRoot: string): number {
  if (argv.includes('--add-oscal')) return addOscal(argv, projectRoot);
  const refDir = resolve(projectRoot, argv[0] ?? '../shared/reference');
  if (!existsSync(refDir) || !statSync(refDir).isDirectory()) {
    console.error(`import-reference: reference directory not found: ${refDir}`);
    console.error('Pass the path to shared/reference: npm run import-reference -- /path/to/reference');
    return 2;
  }
  const warnings: string[] = [];
  const warn: Warn = (m) => warnings.push(m);
  let artifacts: Artifact[];
  let folders: FolderSpec[];
  try {
    ({ artifacts, folders } = buildAll(refDir, warn));
  } catch (err) {
    if (!(err instanceof MissingInputError)) throw err;
    console.error(`import-reference: ${err.message} (under ${refDir})`);
    return 2;
  }
  const outDir = join(projectRoot, 'mappings');
  for (const [file, content] of renderFiles(artifacts, folders)) {
    const changed = writeIfChanged(join(outDir, file), content);
    console.log(`${changed ? 'wrote    ' : 'unchanged'} mappings/${file}`);
  }
  printSummary(artifacts, warnings, folders);
  return 0;
}

function printSummary(artifacts: Artifact[], warnings: string[], folders: FolderSpec[]): void {
  console.log('');
  for (const a of artifacts) console.log(`${a.file}: ${JSON.stringify(a.counts)}`);
  for (const f of folders) console.log(`frameworks/${f.meta.id}: ${JSON.stringify(f.counts)}`);
  for (const w of warnings) console.warn(`warning: ${w}`);
  console.log(`${warnings.length} warning(s)`);
}
