/** The fixers of src/core/fix/registry.ts, by id; rules name one in `meta.fix`. */
export const FIXER_IDS = ['mapping-spelling', 'anchor-repair', 'quickref-regenerate'] as const;
export type FixerId = (typeof FIXER_IDS)[number];
