import type { Crosswalks } from '../crosswalk/crosswalks.ts';
import type { Catalogs } from '../frameworks/catalog.ts';
import type { Diagnostic, Severity } from '../model/diagnostic.ts';
import type { FixerId } from '../fix/fixer-ids.ts';
import type { Guide } from '../model/guide.ts';
import type { GuideSummary } from '../summary.ts';
import type { Position } from '../model/position.ts';
import type { ParseProblem } from '../parse/problems.ts';

export interface RuleMeta {
  id: string;
  description: string;
  /** `off`: the rule runs only when hardmap.config turns it on. */
  severity: RuleSetting;
  /**
   * The fixer (src/core/fix/registry.ts) that repairs this rule's findings. A rule is fixable
   * exactly when it names one: `fixable` in diagnostics, docs and `hardmap rules` is derived from this.
   */
  fix?: FixerId;
  /** Longer explanation for the generated rules reference. */
  docs: string;
  /** The shapes of guide content the rule reads (`| Framework | Control |` tables, ...), for the docs. */
  reads: string[];
  /** Shapes it deliberately leaves alone, and why, for the docs. */
  ignores: string[];
}

export interface Report {
  message: string;
  place: Position;
  actual?: string;
  expected?: string[];
  cause?: { message: string; place: Position };
  /** False when the rule's fixer leaves this finding alone (default: a fixable rule's fixer repairs it). */
  fixable?: boolean;
}

/** Options that change what rules expect, from hardmap.config. */
export interface RuleOptions {
  /**
   * `complete`: every quick reference must list every control mapping; `curated`: only wrong rows
   * are reported; `auto` (default): complete when `hardmap fix` generated it (marker comment), else curated.
   */
  quickref: 'auto' | 'complete' | 'curated';
}

/** A rule's setting in hardmap.config: a severity, or `off`. */
export type RuleSetting = Severity | 'off';

export interface RuleContext {
  guide: Guide;
  /** The decoded text of the guide (offsets in the model point into it). */
  text: string;
  catalogs: Catalogs;
  crosswalks: Crosswalks;
  options: RuleOptions;
  /** Problems the parser found, each already naming the rule that reports it. */
  problems: readonly ParseProblem[];
  report(report: Report): void;
}

/**
 * The one rule contract: metadata and a check over some context. The kinds of rule differ only in
 * what their context holds; the engine (engine.ts) runs all of them the same way.
 */
export interface RuleOf<Context> {
  meta: RuleMeta;
  check(context: Context): void;
}

/** A rule over one guide. */
export type Rule = RuleOf<RuleContext>;

export interface CollectionContext {
  guides: readonly GuideSummary[];
  catalogs: Catalogs;
  /** A collection rule names the guide each finding is in. */
  report(guide: GuideSummary, report: Report): void;
}

/** A rule that needs every guide of the run at once (links between guides). */
export type CollectionRule = RuleOf<CollectionContext>;

/** What is derived from a rule's metadata for docs, SARIF and `hardmap rules`. */
export interface RegisteredMeta extends RuleMeta {
  fixable: boolean;
  /** The fixer named by `fix`, for docs and `hardmap rules`. */
  fixer?: { id: FixerId; description: string };
}

export function isFixable(meta: RuleMeta): boolean {
  return meta.fix !== undefined;
}

export const RULE_DOCS = 'docs/rules.md';

export function ruleUrl(id: string): string {
  return `${RULE_DOCS}#${id}`;
}

export type { Diagnostic };
