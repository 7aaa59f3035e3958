import type { Position } from '../../model/position.ts';
import type { Catalogs } from '../../frameworks/catalog.ts';
import type { Pack, PackFile, PackTree } from '../../packs/model.ts';
import type { GuideSummary } from '../../summary.ts';
import type { Target } from '../engine.ts';
import type { Report, RuleOf } from '../types.ts';

/** `bash -n` findings of `--packs-deep`, computed by the io layer (a process), per pack file path. */
export interface ShellSyntaxResult {
  path: string;
  /** The line bash names, as a span of the file. */
  place: Position;
  message: string;
}

export interface PackContext {
  guides: readonly GuideSummary[];
  tree: PackTree;
  catalogs: Catalogs;
  /** Null unless `--packs-deep` ran the shell syntax check. */
  shell: readonly ShellSyntaxResult[] | null;
  /** Where a pack file's findings go (its path under the packs root, as messages show it). */
  fileTarget(file: Pick<PackFile, 'path'>): Target;
  guideTarget(guide: GuideSummary): Target;
  report(target: Target, report: Report): void;
}

/** A rule over the packs and the guides that include them. */
export type PackRule = RuleOf<PackContext>;

/** The guides that include a vendor's pack (by the includes' `vendor`). */
export function guidesOf(context: PackContext, pack: Pick<Pack, 'vendor'>): GuideSummary[] {
  return context.guides.filter((guide) => (guide.includes ?? []).some((include) => include.pack?.vendor === pack.vendor));
}
