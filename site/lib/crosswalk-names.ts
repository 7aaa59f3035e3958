import { ROLLUP, type CrosswalkFile, type ReferenceData } from 'hardmap';
import { shortName } from './frameworks.ts';
import { url } from './urls.ts';

/** A crosswalk's page (its provenance); the enhancement-to-base roll-up is explained on the index. */
export const crosswalkUrl = (id: string): string => (id === ROLLUP ? url('crosswalks/#roll-up') : url(`crosswalks/${id}/`));

/** A crosswalk in words: "CIS v8 to NIST 800-53 crosswalk", never its file id. */
export function crosswalkName(reference: ReferenceData, id: string): string {
  if (id === ROLLUP) return 'NIST enhancement-to-base roll-up';
  const file: CrosswalkFile | undefined = reference.crosswalks.files.find((candidate) => candidate.id === id);
  return file ? `${shortName(file.from)} to ${shortName(file.to)} crosswalk` : id;
}
