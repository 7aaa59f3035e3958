import type { Guide } from '../core/model/guide.ts';
import type { StoredGuide } from '../core/stored.ts';
import { analyzeFiles, type AnalyzeOptions, type FailedFile, type GuideFileResult, type RunbookFileResult } from './analyze.ts';
import type { ModelStore } from './model-store.ts';

export interface AnalyzedGuides {
  /** In the order of the files given. */
  guides: Array<{ result: GuideFileResult; guide: Guide }>;
  runbooks: RunbookFileResult[];
  failures: FailedFile[];
}

/**
 * The guides' models through the one road (`export`, `diff`, `new`, `show`): analyzed within the
 * budget, like `check`. Only the guide model is kept of each, not its HTML or source text, so a
 * large collection costs no more memory than its models.
 */
export async function analyzeGuides(files: readonly string[], options: Omit<AnalyzeOptions, 'store' | 'session'>): Promise<AnalyzedGuides> {
  const models = new Map<string, Guide>();
  const store: ModelStore = {
    has: async (key) => models.has(key),
    set: async (key, model) => void models.set(key, (JSON.parse(model.json) as StoredGuide).guide),
    get: async () => undefined,
    slugOf: async (key) => models.get(key)?.slug,
    folderOf: async () => undefined,
    dispose: () => models.clear(),
  };
  const found: AnalyzedGuides = { guides: [], runbooks: [], failures: [] };
  // The model only: rendering HTML nobody reads doubled the time of `export`.
  for await (const result of analyzeFiles(files, { ...options, store, html: false })) {
    if (result.kind === 'failure') found.failures.push(result);
    else if (result.kind === 'runbook') found.runbooks.push(result);
    else {
      const guide = models.get(result.key);
      if (!guide) throw new Error(`hardmap: no model for ${result.path}`);
      found.guides.push({ result, guide });
    }
  }
  const order = new Map(files.map((path, index) => [path, index]));
  found.guides.sort((a, b) => (order.get(a.result.path) ?? 0) - (order.get(b.result.path) ?? 0));
  return found;
}
