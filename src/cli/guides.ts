import type { Guide } from '../core/model/guide.ts';
import { loadReferenceData } from '../io/catalogs.ts';
import { findMarkdownFiles, isRunbookPath } from '../io/files.ts';
import { analyzeGuides, type AnalyzedGuides } from '../io/guides.ts';
import type { CheckOptions } from '../core/rules/run-rules.ts';
import { UsageError, type CliContext } from './context.ts';
import { budgetFromEnv, threadsFromEnv } from './env.ts';
import { reportDiscovery } from './skipped-links.ts';

/** The guides under `roots` through the analysis road, for `export`, `diff` and `new`; `refuse` names what is not done when a file cannot be read. */
export async function guidesUnder(roots: readonly string[], context: CliContext, check: CheckOptions, refuse?: string): Promise<AnalyzedGuides['guides']> {
  const found = await findMarkdownFiles(roots, context.cwd);
  if (found.missing.length > 0) throw new UsageError(`no such file or folder: ${found.missing.join(', ')}`);
  if (refuse !== undefined) {
    const unread = reportDiscovery(found, context);
    if (unread > 0) throw new UsageError(`${refuse}: ${unread} file${unread === 1 ? '' : 's'} could not be read (named above)`);
  }
  return analyzed(found.files.filter((file) => !isRunbookPath(file)), context, check);
}

/** One or more guide files, by path; a file that cannot be read is thrown as the reader threw it. */
export async function analyzed(files: readonly string[], context: CliContext, check: CheckOptions): Promise<AnalyzedGuides['guides']> {
  const { guides, failures } = await analyzeGuides(files, { cwd: context.cwd, reference: loadReferenceData(), check, threads: Math.min(threadsFromEnv(context.env), files.length), budgetMs: budgetFromEnv(context.env), cache: false });
  const [failure] = failures;
  if (failure) throw failure.cause ?? new Error(`${failure.path}: ${failure.error}`);
  return guides;
}

export const guidesOf = (entries: AnalyzedGuides['guides']): Guide[] => entries.map((entry) => entry.guide);
