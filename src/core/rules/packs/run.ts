import type { Diagnostic } from '../../model/diagnostic.ts';
import type { PackTree } from '../../packs/model.ts';
import type { ReferenceData } from '../../reference.ts';
import type { GuideSummary } from '../../summary.ts';
import { runRules, type Target } from '../engine.ts';
import type { CheckOptions } from '../run-rules.ts';
import { PACK_RULES } from './registry.ts';
import type { PackRule, ShellSyntaxResult } from './types.ts';

/**
 * Pure: the pack rules over a packs tree and the guides of the run. Findings in pack files name
 * the file under the packs root (`packs/okta/api/x.sh`); those in guides honour their directives.
 * A rule that crashes is reported at the start of the first guide.
 */
export function checkPacks(guides: readonly GuideSummary[], tree: PackTree, reference: ReferenceData, options: CheckOptions, shell: readonly ShellSyntaxResult[] | null = null, rules: readonly PackRule[] = PACK_RULES): Diagnostic[] {
  const home: Target = guides[0] ?? { path: tree.root, directives: [] };
  const root = tree.root.replace(/\/+$/, '');
  const files = new Map<string, Target>();
  const guideTargets = new Map<GuideSummary, Target>();
  return runRules(rules, options.rules, home, (report) => ({
    guides,
    tree,
    catalogs: reference.catalogs,
    shell,
    fileTarget: (file) => {
      let target = files.get(file.path);
      if (!target) files.set(file.path, (target = { path: `${root}/${file.path}`, directives: [] }));
      return target;
    },
    guideTarget: (guide) => {
      let target = guideTargets.get(guide);
      if (!target) guideTargets.set(guide, (target = { path: guide.path, directives: guide.directives }));
      return target;
    },
    report: (target, found) => report(found, target),
  }));
}
