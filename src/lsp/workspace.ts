import { resolve } from 'node:path';
import type { Diagnostic as LspDiagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseGuide, type ParsedGuide } from '../core/parse/parse-guide.ts';
import type { ReferenceData } from '../core/reference.ts';
import type { CheckOptions } from '../core/rules/run-rules.ts';
import type { FixOptions } from '../core/fix/options.ts';
import type { GuideSummary } from '../core/summary.ts';
import { loadReferenceData } from '../io/catalogs.ts';
import { ConfigSchema, loadConfig, type Config } from '../io/config.ts';
import { findMarkdownFiles, isRunbookPath } from '../io/files.ts';
import { createCheckSession, warmSession } from '../io/session.ts';
import { collectionFileOf, type CollectionFile } from './collection-file.ts';
import { checkFiles } from './collection.ts';
import { toLspDiagnostic } from './diagnostics.ts';
import { overlayReader } from './overlay-reader.ts';
import { bomLength } from './positions.ts';
import { serialRuns } from './serial-runs.ts';

export type { CollectionFile } from './collection-file.ts';

export interface WorkspaceSettings {
  /** The workspace folder: config, content roots and the paths in messages are relative to it, as for `hardmap check` run there. */
  root: string;
  threads: number;
  budgetMs: number;
  /** Quiet time after the last change before the collection is checked again. */
  debounceMs: number;
  documents: TextDocuments<TextDocument>;
  publish(uri: string, version: number | undefined, diagnostics: LspDiagnostic[]): void;
  log(message: string): void;
  /** A problem the user must see (a bad hardmap.config). */
  warn(message: string): void;
}

export interface Workspace {
  readonly reference: ReferenceData;
  check(): CheckOptions;
  fix(): FixOptions;
  /** Check the collection again after the debounce; runs never overlap, and changes during one start another. */
  schedule(): void;
  /** hardmap.config changed on disk: read it again (its content roots and options), then check. */
  reloadConfig(): void;
  fileOf(uri: string): CollectionFile | null;
  /** The guides of the last completed check, for `applies_to` completion. */
  summaries(): readonly GuideSummary[];
  /** The model of an open guide at its current text, or null when it is no guide or its last check was stopped by the budget. */
  model(document: TextDocument): ParsedGuide | null;
  close(): Promise<void>;
}

const encoder = new TextEncoder();

export function createWorkspace(settings: WorkspaceSettings): Workspace {
  const { root, documents } = settings;
  const reference = loadReferenceData();
  const session = createCheckSession();
  let config = readConfig();
  let summaries: readonly GuideSummary[] = [];
  /** Open documents whose last check ended in `input-limit`: the main thread does not parse them for hover or symbols. */
  const limited = new Set<string>();
  const published = new Set<string>();
  const models = new Map<string, { version: number; parsed: ParsedGuide }>();
  let firstRun = true;
  let warmed = false;

  function readConfig(): Config {
    try {
      return loadConfig(root).config;
    } catch (error) {
      settings.warn(`hardmap: ${(error as Error).message}; checking with the default configuration`);
      return ConfigSchema.parse({});
    }
  }

  const check = (): CheckOptions => ({ rules: config.rules, quickref: config.quickref.mode });

  const fileOf = (uri: string): CollectionFile | null => collectionFileOf(uri, root, config.content);

  async function run(): Promise<void> {
    const open = new Map<string, Uint8Array>();
    const snapshot: Array<{ uri: string; version: number; path: string; bom: number }> = [];
    for (const document of documents.all()) {
      const file = fileOf(document.uri);
      if (!file) continue;
      const text = document.getText();
      open.set(file.absolute, encoder.encode(text));
      snapshot.push({ uri: document.uri, version: document.version, path: file.path, bom: bomLength(text) });
    }
    const found = await findMarkdownFiles(config.content, root);
    const files = [...new Set([...found.files, ...snapshot.map((entry) => entry.path)])].sort();
    // The disk cache only for the first run, so opening a collection `hardmap check` has seen is
    // quick; after that the session holds every result, and the editor's unsaved versions are never
    // written to node_modules/.cache.
    const result = await checkFiles(files, { cwd: root, reference, check: check(), threads: settings.threads, budgetMs: settings.budgetMs, cache: firstRun, session, readFile: overlayReader(open) });
    firstRun = false;
    forgetOldVersions();
    summaries = result.summaries;
    for (const failure of result.failures) settings.log(`hardmap: cannot read ${failure.path}: ${failure.error}`);
    const current = new Set<string>();
    for (const entry of snapshot) {
      const diagnostics = result.byFile.get(entry.path) ?? [];
      if (diagnostics.some((diagnostic) => diagnostic.ruleId === 'input-limit')) limited.add(entry.uri);
      else limited.delete(entry.uri);
      settings.publish(entry.uri, entry.version, diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, entry.uri, entry.bom)));
      current.add(entry.uri);
      published.add(entry.uri);
    }
    // Every thread analyzes the first open guide once, as `check --watch` does: otherwise each
    // keystroke may meet a thread whose code is still cold (a 100 KB guide: 1.6 s cold, 0.5 s warm).
    const warm = snapshot.find((entry) => !isRunbookPath(entry.path));
    if (!warmed && warm) {
      warmed = true;
      const bytes = open.get(resolve(root, warm.path));
      // Not awaited: the diagnostics are out already, and the next run queues behind it on the threads anyway.
      if (bytes) warmSession(session, warm.path, bytes, check(), { threads: settings.threads, budgetMs: settings.budgetMs }).catch((error: unknown) => settings.log(`hardmap: warming the threads failed: ${String(error)}`));
    }
    // Closed documents lose their findings: the editor shows findings of what is open.
    for (const uri of published) {
      if (current.has(uri)) continue;
      settings.publish(uri, undefined, []);
      published.delete(uri);
      limited.delete(uri);
      models.delete(uri);
    }
  }

  /**
   * The session keeps each result with its bytes; in an editor every debounced version is a new
   * result, so only those of the files' current versions are kept (going back to an old text is
   * analyzed again).
   */
  function forgetOldVersions(): void {
    const current = new Set([...session.seen.values()].map((seen) => seen.key));
    for (const key of session.results.keys()) if (!current.has(key)) session.results.delete(key);
  }

  const runs = serialRuns(run, settings.debounceMs, (error) => settings.log(`hardmap: the check failed: ${(error as Error).stack ?? String(error)}`));

  return {
    reference,
    check,
    fix: () => ({ derived: config.quickref.derived, spelling: config.fix.spelling }),
    schedule: () => runs.schedule(),
    reloadConfig() {
      config = readConfig();
      runs.schedule();
    },
    fileOf,
    summaries: () => summaries,
    model(document) {
      const file = fileOf(document.uri);
      if (!file || file.kind !== 'guide' || limited.has(document.uri)) return null;
      const cached = models.get(document.uri);
      if (cached?.version === document.version) return cached.parsed;
      // In this thread, without the worker's budget: only for documents whose last check finished
      // within it (a keystroke does not turn a guide into a pathological one).
      const parsed = parseGuide(document.getText(), file.path);
      models.set(document.uri, { version: document.version, parsed });
      return parsed;
    },
    async close() {
      await runs.stop();
      await session.pool?.close();
    },
  };
}
