import type { FrameworkFile } from '../../../src/core/frameworks/framework-schema.ts';

/** framework.json as written by hand here; baseline counts are filled in from the catalog. */
export type FrameworkMeta = Omit<FrameworkFile, 'baselines'> & {
  baselines: Array<Omit<FrameworkFile['baselines'][number], 'count'>>;
};

export const NIST_PD = 'U.S. Government work (NIST): public domain in the U.S.; CC0 1.0 worldwide waiver (usnistgov/oscal-content LICENSE.md). No NIST endorsement implied.';

/** A label regex as data: the source of a RegExp literal, so the spelling stays readable here. */
export const re = (pattern: RegExp, extra: { baseline?: string; idInLabel?: true } = {}) => ({ pattern: pattern.source, ...extra });
