/**
 * The precision review of hardmap's findings on a real corpus: every error and warning joined
 * with a verdict a person wrote after reading the guide at that place. Pure: findings and
 * verdicts in, the review (and what still needs a verdict) out.
 */
export interface Finding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  /** File name within the corpus folder. */
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface Verdict {
  rule: string;
  file: string;
  /** Where the finding was when it was reviewed; shown, not matched (a guide edit moves lines). */
  line: number;
  /** The exact message reviewed: a rule that changes what it says must be reviewed again. */
  message: string;
  verdict: 'true' | 'false';
  why: string;
}

export interface ReviewedFinding extends Finding {
  verdict: Verdict | null;
}

export interface Review {
  findings: ReviewedFinding[];
  /** Verdicts for findings hardmap no longer reports (kept until pruned, so a lost true finding is visible). */
  stale: Verdict[];
}

export function verdictKey(item: { rule: string; file: string; message: string }): string {
  return `${item.rule}\u0000${item.file}\u0000${item.message}`;
}

export function review(findings: readonly Finding[], verdicts: readonly Verdict[]): Review {
  const byKey = new Map(verdicts.map((verdict) => [verdictKey(verdict), verdict]));
  const used = new Set<string>();
  const reviewed = findings
    .filter((finding) => finding.severity !== 'info')
    .map((finding) => {
      const key = verdictKey({ rule: finding.ruleId, file: finding.file, message: finding.message });
      const verdict = byKey.get(key) ?? null;
      if (verdict) used.add(key);
      return { ...finding, verdict };
    });
  return { findings: reviewed, stale: verdicts.filter((verdict) => !used.has(verdictKey(verdict))) };
}
