import type { Crosswalks } from '../crosswalk/crosswalks.ts';
import type { Catalogs } from '../frameworks/catalog.ts';
import type { Diagnostic, Severity } from '../model/diagnostic.ts';
import type { Guide } from '../model/guide.ts';
import type { GuideSummary } from '../summary.ts';
import type { Position } from '../model/position.ts';
import type { ParseProblem } from '../parse/problems.ts';

export interface RuleMeta {
  id: string;
  description: string;
  severity: Severity;
  fixable: boolean;
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
}

/** Options that change what rules expect, from hardmap.config. */
export interface RuleOptions {
  /**
   * `complete`: every quick reference must list every control mapping; `curated`: only wrong rows
   * are reported; `auto` (default): complete when `hardmap fix` generated it (marker comment), else curated.
   */
  quickref: 'auto' | 'complete' | 'curated';
}

export interface RuleContext {
  guide: Guide;
  catalogs: Catalogs;
  crosswalks: Crosswalks;
  options: RuleOptions;
  /** Problems the parser found, each already naming the rule that reports it. */
  problems: readonly ParseProblem[];
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** A rule that needs every guide of the run at once (links between guides). */
export interface CollectionRule {
  meta: RuleMeta;
  checkCollection(context: { guides: readonly GuideSummary[]; catalogs: Catalogs; report(guide: GuideSummary, report: Report): void }): void;
}

export const RULE_DOCS = 'docs/rules.md';

export function ruleUrl(id: string): string {
  return `${RULE_DOCS}#${id}`;
}

export type { Diagnostic };
