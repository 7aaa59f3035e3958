import { z } from 'zod';

/**
 * The files of one framework folder, `mappings/frameworks/<id>/`: `framework.json` says what the
 * framework is and how guides spell it and its IDs; `catalog.json` lists its requirements. Both are
 * written by scripts/import-reference and read by src/io/framework-folders.ts. Everything the code
 * needs to know about a framework is here as data, so adding one is adding a folder.
 */

/** Folder names and framework ids: lowercase, digits, dots and hyphens (`example-ops-1.0`). */
export const FrameworkIdSchema = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'expected a lowercase id such as example-ops-1.0');

/** A regular expression's source, checked to compile with the `u` flag. */
export const RegexSourceSchema = z.string().min(1).refine((source) => compiles(source), 'expected a regular expression that compiles with the u flag');

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

/** One way guides write the framework's label, matched against the normalized label (lowercase, no emphasis, single spaces). */
export const LabelPatternSchema = z.object({
  pattern: RegexSourceSchema,
  /** The label names one baseline or profile of the framework (`FedRAMP Moderate`). */
  baseline: z.string().min(1).optional(),
  /** The label carries an ID (`45 CFR 164.312(b)`): the ID grammar applies to the label itself. */
  idInLabel: z.literal(true).optional(),
});
export type LabelPattern = z.infer<typeof LabelPatternSchema>;

export const LabelsSchema = z.object({
  patterns: z.array(LabelPatternSchema).min(1),
  /** Spellings `hardmap fix` may write and "did you mean" offers; the first is canonical. */
  spellings: z.array(z.string().min(1)).min(1),
  /** Further spellings, only to measure how near an unknown label is. */
  nearSpellings: z.array(z.string().min(1)),
  /** The spelling `hardmap fix` writes for the label when `fix.spelling` is on; without it labels are left as written. */
  canonical: z.string().min(1).optional(),
  /**
   * How a quick-reference table heading that is not itself a label (`SOC 2 Trust Services Criteria
   * Mapping`) names the framework: regular expressions over the lowercase heading, tried by `order`
   * across the registry.
   */
  headings: z.object({ order: z.number().int().nonnegative(), patterns: z.array(RegexSourceSchema).min(1) }).optional(),
});

/**
 * How an ID is found in a table cell and normalized. `normalize` is a template over the pattern's
 * capture groups: `{2}` inserts group 2, `{3|4}` the first of groups 3 and 4 that matched, and a
 * transform may follow a colon: `upper`, `lower`, `int` (no leading zeros), `pad2` (two digits),
 * `compact` (no whitespace). `[...]` is kept only when every group inside it matched.
 */
export const PatternGrammarSchema = z.object({
  kind: z.literal('pattern'),
  /** Matched at a position in a cell (sticky); no `^` anchor. */
  pattern: RegexSourceSchema,
  flags: z.string().regex(/^[imsu]*$/, 'expected flags among i, m, s, u'),
  normalize: z.string().min(1),
  /** IDs of the expected form, for messages (`` `PR.AA-01` ``). */
  examples: z.array(z.string().min(1)).min(1),
  /** Other numbering schemes guides mix up with this one (800-171 r2 `3.1.1` under an r3 label). */
  otherEditions: z.array(z.object({ pattern: RegexSourceSchema, edition: z.string().min(1), note: z.string() })),
});

/** A profile framework (FedRAMP) selects IDs of another framework and parses them its way. */
export const InheritedGrammarSchema = z.object({ kind: z.literal('inherit'), from: FrameworkIdSchema });

export const IdGrammarSchema = z.discriminatedUnion('kind', [PatternGrammarSchema, InheritedGrammarSchema]);
export type IdGrammar = z.infer<typeof IdGrammarSchema>;
export type PatternGrammar = z.infer<typeof PatternGrammarSchema>;

/** One level of the ID hierarchy: which IDs are at it, and how their parent is spelled from them. */
export const HierarchyLevelSchema = z.object({
  name: z.string().min(1),
  /** A whole normalized ID (anchored when used). */
  pattern: RegexSourceSchema,
  /** Template over `pattern`'s groups giving the parent ID; absent at the top level. */
  parent: z.string().min(1).optional(),
  /**
   * An entry at this level adds to part of its parent's scope (an 800-53 enhancement and its base),
   * so meeting it contributes to the parent: derivation rolls it up (`subset-of`).
   */
  rollsUp: z.literal(true).optional(),
  /** Entries at this level are headings (SOC 2 series CC1, ISO clauses 4.1), not requirements a guide maps to: catalog.json keeps them, the catalog checks read leaves them out. */
  heading: z.literal(true).optional(),
});
export type HierarchyLevel = z.infer<typeof HierarchyLevelSchema>;

export const BaselineSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** Number of catalog entries tagged with this baseline's id. */
  count: z.number().int().nonnegative(),
  source: z.string().min(1),
  /** Listed on the coverage matrices and the baseline-gap page (default true); false where another page shows them (CIS implementation groups) or they are no security baseline (NIST PRIVACY). */
  coverage: z.boolean().optional(),
});

export const FrameworkFileSchema = z.object({
  id: FrameworkIdSchema,
  name: z.string().min(1),
  short: z.string().min(1),
  version: z.string().min(1),
  publisher: z.string().min(1),
  /** Where the framework sits in the registry (labels are tried, tables list frameworks in this order); folders without one follow, by id. */
  order: z.number().int().nonnegative().optional(),
  license: z.object({
    terms: z.string().min(1),
    /** What of the source may be in catalog.json: `titles` (public domain) or `short-labels` (copyrighted: IDs and short labels only). */
    content: z.enum(['titles', 'short-labels']),
    url: z.string().url().optional(),
  }),
  /** `catalog`: an ID space of its own. `profile`: a selection over `profileOf`'s IDs (FedRAMP over 800-53). */
  kind: z.enum(['catalog', 'profile']),
  profileOf: FrameworkIdSchema.optional(),
  labels: LabelsSchema,
  idGrammar: IdGrammarSchema,
  hierarchy: z.array(HierarchyLevelSchema).min(1),
  baselines: z.array(BaselineSchema),
  /** Other frameworks this one is read with, and how (`CMMC 2.0 Level 2 builds on 800-171 r2`). */
  related: z.array(z.object({ framework: z.string().min(1), relation: z.string().min(1), note: z.string() })),
  /** Facts a reader of the framework's page must know (derived citations, numbering caveats). */
  notes: z.array(z.string().min(1)),
  /**
   * Entry tags `<name>:<id>` that give another ID citing the same entry, accepted by the ID check:
   * `cfr` for the CFR paragraph of a HIPAA standard (`cfr:164.312(a)(1)` on 164.312(a)).
   */
  aliasTags: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
  /** Short names `hardmap export --framework` accepts (`nist`). */
  aliases: z.array(z.string().regex(/^[a-z0-9-]+$/, 'expected a lowercase alias such as nist')).optional(),
  /**
   * The frameworks whose asserted IDs derive this one's requirements through a crosswalk between
   * the two; `onward`: a requirement so derived derives once more (CIS -> 800-53 -> SOC 2).
   */
  deriveFrom: z.array(z.object({ framework: FrameworkIdSchema, onward: z.literal(true).optional() })).optional(),
  /** How OSCAL exports name the framework: the back-matter resource mappings target, and how its IDs become OSCAL tokens. */
  oscal: z.object({
    title: z.string().min(1),
    href: z.string().url().optional(),
    mediaType: z.string().min(1).optional(),
    remarks: z.string().min(1).optional(),
    /** `nist`: the NIST catalog's own ids (`ac-2.1`); `prefixed`: always `<prefix>-<id>`; `digits-prefixed` (default): `<prefix>-` only before an id starting with a digit. */
    idForm: z.enum(['nist', 'prefixed', 'digits-prefixed']),
    prefix: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lowercase token prefix such as pci'),
  }).optional(),
  /** The framework's rules: `prefix` names them (`nist` gives `nist-id-unknown`), `example` shows normalization in their docs. Without it the id is the prefix. */
  rules: z.object({
    prefix: FrameworkIdSchema,
    example: z.string().min(1),
    /**
     * The catalog withdraws entries, so a `<prefix>-id-withdrawn` rule reports them: `noun` names an
     * entry in messages (`control`), `groupNoun` a group a withdrawn entry went to (`family`),
     * `relations` says whether messages give the catalog's own relation for each target
     * (`moved to`, `addressed by`) or, as the 800-53 rule always has, "incorporated into".
     */
    withdrawn: z.object({ noun: z.string().min(1), groupNoun: z.string().min(1), relations: z.boolean() }).optional(),
  }).optional(),
}).superRefine((file, ctx) => {
  if (file.kind === 'profile' && !file.profileOf) ctx.addIssue({ code: 'custom', path: ['profileOf'], message: 'a profile framework names the framework it selects from' });
  if (file.kind === 'catalog' && file.profileOf) ctx.addIssue({ code: 'custom', path: ['profileOf'], message: 'only a profile framework has profileOf' });
});
export type FrameworkFile = z.infer<typeof FrameworkFileSchema>;

export const WithdrawalSchema = z.object({
  relation: z.enum(['incorporated-into', 'moved-to', 'addressed-by']),
  target: z.string().min(1),
});

/** One requirement, shaped like src/core/frameworks/catalog.ts `CatalogEntry` plus its level. */
export const CatalogFileEntrySchema = z.object({
  id: z.string().min(1),
  /** Empty where the license allows no title (SOC 2 criteria, PCI sub-requirements). */
  title: z.string(),
  /** NIST family, CIS control, CSF function, 800-171 family, HIPAA section ... */
  group: z.string().min(1),
  parent: z.string().min(1).nullable(),
  /** A level name of framework.json `hierarchy`. */
  level: z.string().min(1),
  withdrawn: z.boolean(),
  /** Every target a withdrawn entry went to, as today's catalogs hold it. */
  incorporatedInto: z.array(z.string().min(1)),
  /** The same targets with the source's relation, where the source types them. */
  withdrawnTo: z.array(WithdrawalSchema).optional(),
  /** Baselines (`low`), implementation groups (`ig1`), `required` / `addressable` ... */
  tags: z.array(z.string().min(1)),
});
export type CatalogFileEntry = z.infer<typeof CatalogFileEntrySchema>;

export const CatalogFileSchema = z.object({
  framework: FrameworkIdSchema,
  /** The catalog's own title where it differs from the framework's name (`CIS Critical Security Controls v8`), as messages cite it. */
  title: z.string().min(1).optional(),
  version: z.string().min(1),
  groups: z.array(z.object({ id: z.string().min(1), title: z.string() })).min(1),
  /** Empty for a profile framework: its entries are the other framework's, tagged in `selections`. */
  entries: z.array(CatalogFileEntrySchema),
  /** Profile frameworks: baseline id -> selected IDs of `profileOf`, in its catalog order. */
  selections: z.record(z.string(), z.array(z.string().min(1))).optional(),
}).superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.entries.forEach((entry, index) => {
    if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: ['entries', index, 'id'], message: `duplicate id ${entry.id}` });
    seen.add(entry.id);
  });
  file.entries.forEach((entry, index) => {
    if (entry.parent !== null && !seen.has(entry.parent)) ctx.addIssue({ code: 'custom', path: ['entries', index, 'parent'], message: `parent ${entry.parent} is not an entry` });
    if (!entry.withdrawn && entry.incorporatedInto.length > 0) ctx.addIssue({ code: 'custom', path: ['entries', index, 'incorporatedInto'], message: 'only a withdrawn entry has incorporatedInto' });
  });
});
export type CatalogFile = z.infer<typeof CatalogFileSchema>;

/** A Zod issue path as the loader prints it: `entries[3].parent`, or `(root)`. */
export function issuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
}
