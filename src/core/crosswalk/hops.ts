import { fromRegistry } from '../frameworks/installed.ts';

/** One hop derivation follows: asserted (or derived) requirements of `from` reach `to` through a crosswalk between them. */
export interface Hop {
  from: string;
  to: string;
  /** Requirements reached by this hop from an asserted one derive once more (CIS -> 800-53 -> SOC 2). */
  onward: boolean;
}

/**
 * The hops of the registry, from each framework.json's `deriveFrom`, in registry order. The
 * crosswalks toward CSF 2.0, 800-171 r3 and HIPAA are untyped or `intersects`: such edges
 * contribute to the requirement, they never satisfy it; the composition table says so.
 */
export const derivationHops: () => readonly Hop[] = fromRegistry((files) =>
  files.flatMap((file) => (file.deriveFrom ?? []).map((source) => ({ from: source.framework, to: file.id, onward: source.onward === true }))));

/** The frameworks whose asserted IDs start a derivation, in registry order. */
export const derivationSources: () => ReadonlySet<string> = fromRegistry((files) => new Set(files.map((file) => file.id).filter((id) => derivationHops().some((hop) => hop.from === id))));

/** Per framework, the hierarchy levels whose entries roll up to their parent, as anchored patterns with the hop's name. */
const rollUpLevels = fromRegistry((files) => new Map(files.map((file) => [file.id, file.hierarchy.filter((level) => level.rollsUp).map((level) => ({
  pattern: new RegExp(`^(?:${level.pattern})$`, 'u'),
  crosswalk: `${file.id}:${level.name}-to-base`,
}))])));

/** The roll-up hop's name when `id` of `framework` is at a level that rolls up to its parent (an 800-53 enhancement), else null. */
export function rollUpCrosswalk(framework: string, id: string): string | null {
  return rollUpLevels().get(framework)?.find((level) => level.pattern.test(id))?.crosswalk ?? null;
}

/** A hop name that is a roll-up to the parent (`<framework>:<level>-to-base`), not a crosswalk (`<a>__<b>`). */
export const isRollUp = (crosswalk: string | null | undefined): boolean => crosswalk !== null && crosswalk !== undefined && /^[a-z0-9.-]+:[a-z0-9-]+-to-base$/.test(crosswalk);
