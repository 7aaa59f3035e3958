// All nine framework folders and the three new crosswalks, from one read of the reference data.
import type { NistCatalog } from '../nist.ts';
import type { Artifact, CatalogIndex, Input, Warn } from '../types.ts';
import type { InputSpec } from '../inputs.ts';
import { buildCsfToNist, buildHipaaToNist, buildSp171ToNist } from './crosswalks-new.ts';
import { FEDRAMP_LEVELS, fedrampFolder } from './fedramp.ts';
import type { FolderSpec } from './folder.ts';

export type { FolderSpec };
import { cisFolder, isoFolder, nistFolder, pciFolder, soc2Folder } from './from-existing.ts';
import { fedrampProfileSpec, NEW_INPUTS } from './inputs-new.ts';
import { importOscalCatalog, isOscalCatalog } from './oscal-catalog.ts';
import { csfFolder, hipaaFolder, sp800171Folder } from './reference-shapes.ts';

type WithArtifact = CatalogIndex & { artifact: Artifact };
export type FolderInputs = {
  load: (spec: InputSpec) => Input;
  nist: NistCatalog;
  nistIndex: Input;
  catalog2021: Input;
  cis: WithArtifact;
  soc2: WithArtifact;
  iso: WithArtifact;
  pci: WithArtifact;
};

export function buildFolders(inputs: FolderInputs, warn: Warn): { folders: FolderSpec[]; crosswalks: Artifact[] } {
  const { load, nist } = inputs;
  const nist53 = nistFolder(nist.artifact, inputs.nistIndex);
  crossCheckWithOscal(nist53, inputs.catalog2021, warn);
  const oscalOrder = [...nist.labelByOscalId.keys()];
  const byLabel = new Map(nist53.catalog.entries.map((e, i) => [e.id, i]));
  oscalOrder.sort((a, b) => (byLabel.get(nist.labelByOscalId.get(a) ?? '') ?? 0) - (byLabel.get(nist.labelByOscalId.get(b) ?? '') ?? 0));
  const fedramp = fedrampFolder(FEDRAMP_LEVELS.map((level) => ({ level, input: load(fedrampProfileSpec(level)) })), load(NEW_INPUTS.fedrampBaselines), oscalOrder, nist.labelByOscalId, warn);
  const csf = csfFolder(load(NEW_INPUTS.csfIndex), warn);
  const sp171 = sp800171Folder(load(NEW_INPUTS.sp171Index), warn);
  const hipaa = hipaaFolder(load(NEW_INPUTS.hipaaCatalog), warn);
  const folders = [nist53, cisFolder(inputs.cis.artifact), soc2Folder(inputs.soc2.artifact), isoFolder(inputs.iso.artifact), pciFolder(inputs.pci.artifact), csf, sp171, fedramp, hipaa];
  const crosswalks = [
    buildCsfToNist(load(NEW_INPUTS.csfToNist), csf, nist, warn),
    buildSp171ToNist(load(NEW_INPUTS.sp171ToNist), sp171, nist, warn),
    buildHipaaToNist(load(NEW_INPUTS.hipaaToNist), hipaa, nist, warn),
  ];
  return { folders, crosswalks };
}

// The generic OSCAL importer read over NIST's own complete catalog must agree with the folder,
// except for the entries the folder takes from release notes (addedInRelease): a disagreement
// means one of the two readers is wrong.
function crossCheckWithOscal(folder: FolderSpec, catalog2021: Input, warn: Warn): void {
  if (!isOscalCatalog(catalog2021.data)) return warn(`${catalog2021.ref.path}: not an OSCAL catalog`);
  const imported = importOscalCatalog(catalog2021.data);
  for (const p of imported.problems) warn(`OSCAL import of ${catalog2021.ref.path}: ${p}`);
  const ours = new Map(folder.catalog.entries.map((e) => [e.id, e]));
  const added = Number(folder.counts.addedInRelease ?? 0);
  for (const e of imported.entries) {
    const mine = ours.get(e.id);
    if (!mine) warn(`OSCAL import: ${e.id} is not in the 800-53 folder`);
    else if (mine.withdrawn !== e.withdrawn || mine.incorporatedInto.join() !== e.incorporatedInto.join() || mine.group !== e.group.toUpperCase() || mine.parent !== e.parent) warn(`OSCAL import: ${e.id} differs from the 800-53 folder`);
  }
  const missing = folder.catalog.entries.filter((e) => !imported.entries.some((i) => i.id === e.id)).length;
  if (missing !== added) warn(`OSCAL import: the 2021 catalog lacks ${missing} entries of the folder, expected the ${added} added by release notes`);
}
