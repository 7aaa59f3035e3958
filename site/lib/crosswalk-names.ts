import { isRollUp, type CrosswalkFile, type ReferenceData } from 'hardmap';
import { shortName } from './frameworks.ts';
import { url } from './urls.ts';

/** A crosswalk's page (its provenance); a roll-up inside one catalog is explained on the index. */
export const crosswalkUrl = (id: string): string => (isRollUp(id) ? url('crosswalks/#roll-up') : url(`crosswalks/${id}/`));

/** A crosswalk in words: "CIS v8 to NIST 800-53 crosswalk", never its file id. */
export function crosswalkName(reference: ReferenceData, id: string): string {
  // A roll-up id is `<framework>:<level>-to-base` (`…:enhancement-to-base`): name its framework and level.
  if (isRollUp(id)) {
    const [framework = '', step = ''] = id.split(':');
    return `${shortName(framework)} ${step.replace(/-to-base$/, '')}-to-base roll-up`;
  }
  const file: CrosswalkFile | undefined = reference.crosswalks.files.find((candidate) => candidate.id === id);
  return file ? `${shortName(file.from)} to ${shortName(file.to)} crosswalk` : id;
}
