import { FIXERS } from '../fix/registry.ts';
import { INTERNAL_ERROR_META } from './engine.ts';
import { rule as siteSlug } from './site-slug.ts';
import { isFixable, type CollectionRule, type RegisteredMeta, type Rule, type RuleMeta } from './types.ts';
import { rule as crossGuideAnchor } from './cross-guide-anchor.ts';
import { rule as slugDuplicate } from './slug-duplicate.ts';
import { RUNBOOK_RULES } from './runbook/registry.ts';
import { PACK_RULES } from './packs/registry.ts';
import { rule as anchorBroken } from './anchor-broken.ts';
import { rule as changelogConsistency } from './changelog-consistency.ts';
import { catalogIdRulesOfRegistry } from './catalog-id-rules.ts';
import { fromRegistry } from '../frameworks/installed.ts';
import { rule as cisNistUnlinked } from './cis-nist-unlinked.ts';
import { rule as controlImplementationMissing } from './control-implementation-missing.ts';
import { rule as controlNumberDuplicate } from './control-number-duplicate.ts';
import { rule as controlNumberGap } from './control-number-gap.ts';
import { rule as controlNumberInvalid } from './control-number-invalid.ts';
import { rule as controlNumberSection } from './control-number-section.ts';
import { rule as frameworkLabelUncatalogued } from './framework-label-uncatalogued.ts';
import { rule as frameworkLabelUnknown } from './framework-label-unknown.ts';
import { rule as frontmatterSchema } from './frontmatter-schema.ts';
import { rule as frontmatterYaml } from './frontmatter-yaml.ts';
import { rule as inputBinary } from './input-binary.ts';
import { rule as inputEmpty } from './input-empty.ts';
import { rule as inputEncoding } from './input-encoding.ts';
import { rule as inputLimit } from './input-limit.ts';
import { rule as iso2013Notation } from './iso-2013-notation.ts';
import { rule as mappingSourcesDisagree } from './mapping-sources-disagree.ts';
import { rule as mappingSpelling } from './mapping-spelling.ts';
import { rule as mappingTextUnparsed } from './mapping-text-unparsed.ts';
import { rule as profileLevel } from './profile-level.ts';
import { rule as quickrefNistMissing } from './quickref-nist-missing.ts';
import { rule as quickrefNistUnbacked } from './quickref-nist-unbacked.ts';
import { rule as quickrefSectionUnrelated } from './quickref-section-unrelated.ts';
import { rule as quickrefSectionUnresolved } from './quickref-section-unresolved.ts';
import { rule as rawHtml } from './raw-html.ts';
import { rule as requiredSections } from './required-sections.ts';
import { rule as soc2Unsupported } from './soc2-unsupported.ts';

/** The rules that do not depend on the registry. */
const FIXED_RULES: readonly Rule[] = [
  anchorBroken,
  changelogConsistency,
  cisNistUnlinked,
  controlImplementationMissing,
  controlNumberDuplicate,
  controlNumberGap,
  controlNumberInvalid,
  controlNumberSection,
  frameworkLabelUncatalogued,
  frameworkLabelUnknown,
  frontmatterSchema,
  frontmatterYaml,
  inputBinary,
  inputEmpty,
  inputEncoding,
  inputLimit,
  iso2013Notation,
  mappingSourcesDisagree,
  mappingSpelling,
  mappingTextUnparsed,
  profileLevel,
  quickrefNistMissing,
  quickrefNistUnbacked,
  quickrefSectionUnrelated,
  quickrefSectionUnresolved,
  rawHtml,
  requiredSections,
  soc2Unsupported,
];

/** Every rule, in the order reports list them (by id): the fixed ones and a family per framework of the registry. The docs page and config schema are generated from this list. */
export const rules: () => readonly Rule[] = fromRegistry(() => [...catalogIdRulesOfRegistry(), ...FIXED_RULES].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0)));

/** Rules that look across guides; they run once per check, after every file was analyzed. */
export const COLLECTION_RULES: readonly CollectionRule[] = [crossGuideAnchor, slugDuplicate];

/**
 * Metadata of every rule of every kind (per guide, collection, runbook, published page) and of the
 * engine's own `internal-error`, for docs, config validation, SARIF and `hardmap rules`. Every
 * diagnostic hardmap emits has its id here. `fixable` is derived from the rule's `fix`.
 */
export const allRuleMetas: () => readonly RegisteredMeta[] = fromRegistry(() => [...rules(), ...COLLECTION_RULES, ...PACK_RULES, ...RUNBOOK_RULES, siteSlug, { meta: INTERNAL_ERROR_META }].map(({ meta }) => registered(meta)));

function registered(meta: RuleMeta): RegisteredMeta {
  const fixer = FIXERS.find((candidate) => candidate.id === meta.fix);
  if (meta.fix !== undefined && !fixer) throw new Error(`rule ${meta.id} names fixer ${meta.fix}, which is not in src/core/fix/registry.ts`);
  return { ...meta, fixable: isFixable(meta), ...(fixer ? { fixer: { id: fixer.id, description: fixer.description } } : {}) };
}

export const rulesById: () => ReadonlyMap<string, { meta: RegisteredMeta }> = fromRegistry(() => new Map(allRuleMetas().map((meta) => [meta.id, { meta }])));
