import type { Diagnostic } from '../core/model/diagnostic.ts';
import { checkCollection } from '../core/rules/run-collection.ts';
import { checkRunbook } from '../core/rules/runbook/run.ts';
import { compareDiagnostics } from '../core/rules/run-rules.ts';
import type { GuideSummary } from '../core/summary.ts';
import { analyzeFiles, type AnalyzeOptions, type GuideFileResult, type RunbookFileResult } from '../io/analyze.ts';

/** One check of the whole collection: each file's findings (guide, collection and runbook rules) and the guides' summaries. */
export interface CollectionResult {
  byFile: Map<string, Diagnostic[]>;
  summaries: GuideSummary[];
  /** Files that could not be read, with the errno code: named to the user, never dropped silently. */
  failures: Array<{ path: string; error: string }>;
}

/**
 * What `hardmap check` reports, by file: every guide through the one analysis road, then the
 * collection rules over all guides and the runbook rules against them (runbooks need the guides).
 */
export async function checkFiles(files: readonly string[], options: AnalyzeOptions): Promise<CollectionResult> {
  const guides: GuideFileResult[] = [];
  const runbooks: RunbookFileResult[] = [];
  const failures: CollectionResult['failures'] = [];
  for await (const result of analyzeFiles(files, options)) {
    if (result.kind === 'guide') guides.push(result);
    else if (result.kind === 'runbook') runbooks.push(result);
    else failures.push({ path: result.path, error: result.error });
  }
  const summaries = guides.map((guide) => guide.summary);
  const found = [
    ...guides.flatMap((guide) => guide.diagnostics),
    ...checkCollection(summaries, options.reference, options.check),
    ...runbooks.flatMap((runbook) => checkRunbook(runbook.parsed, summaries, options.check)),
  ].sort(compareDiagnostics);
  const byFile = new Map<string, Diagnostic[]>([...guides, ...runbooks].map((result) => [result.path, []]));
  for (const diagnostic of found) byFile.get(diagnostic.file)?.push(diagnostic);
  return { byFile, summaries, failures };
}
