import type { PackRule } from './types.ts';
import { rule as packCodeUnincluded } from './pack-code-unincluded.ts';
import { rule as packCodeUnshown } from './pack-code-unshown.ts';
import { rule as packControlLevel } from './pack-control-level.ts';
import { rule as packControlMappings } from './pack-control-mappings.ts';
import { rule as packControlUrl } from './pack-control-url.ts';
import { rule as packControlYaml } from './pack-control-yaml.ts';
import { rule as packExcerptMarkers } from './pack-excerpt-markers.ts';
import { rule as packIncludeDrift } from './pack-include-drift.ts';
import { rule as packIncludeUnresolved } from './pack-include-unresolved.ts';
import { rule as packShellSyntax } from './pack-shell-syntax.ts';
import { rule as packSigmaIdDuplicate } from './pack-sigma-id-duplicate.ts';
import { rule as packValidatedTypes } from './pack-validated-types.ts';

/** Rules over the packs folder and the guides that include it; they run once per check, after the guides. */
export const PACK_RULES: readonly PackRule[] = [
  packCodeUnincluded,
  packCodeUnshown,
  packControlLevel,
  packControlMappings,
  packControlUrl,
  packControlYaml,
  packExcerptMarkers,
  packIncludeDrift,
  packIncludeUnresolved,
  packShellSyntax,
  packSigmaIdDuplicate,
  packValidatedTypes,
];
