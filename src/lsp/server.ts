import { fileURLToPath } from 'node:url';
import { CodeActionKind, DidChangeWatchedFilesNotification, MessageType, ShowMessageNotification, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toolInfo } from '../io/tool-info.ts';
import { CONFIG_FILES } from '../io/config.ts';
import { codeActions, FIX_ALL, REGENERATE_QUICK_REFERENCE } from './code-actions.ts';
import { appliesToCompletions, idCompletions } from './completion.ts';
import { hoverAt } from './hover.ts';
import { bomLength } from './positions.ts';
import { documentSymbols } from './symbols.ts';
import { createWorkspace, type Workspace } from './workspace.ts';

export interface ServerOptions {
  /** The folder used when the client names no workspace folder. */
  cwd: string;
  threads: number;
  budgetMs: number;
  debounceMs: number;
}

/** The workspace folder the client opened: its first folder, else its root URI, else the server's folder. */
function rootOf(params: InitializeParams, fallback: string): string {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  return uri?.startsWith('file:') ? fileURLToPath(uri) : fallback;
}

/**
 * `hardmap lsp`: the checks of `hardmap check`, the fixes of `hardmap fix` and the catalogs, for any
 * editor with an LSP client. Handlers only translate between LSP and the library; nothing here is
 * specific to one editor.
 */
export function startServer(connection: Connection, options: ServerOptions): { closed: Promise<void> } {
  const documents = new TextDocuments(TextDocument);
  let workspace: Workspace | null = null;
  let watchRegistration = false;

  connection.onInitialize((params): InitializeResult => {
    workspace = createWorkspace({
      root: rootOf(params, options.cwd),
      threads: options.threads,
      budgetMs: options.budgetMs,
      debounceMs: options.debounceMs,
      documents,
      publish: (uri, version, diagnostics) => void connection.sendDiagnostics({ uri, ...(version === undefined ? {} : { version }), diagnostics }),
      log: (message) => connection.console.error(message),
      // A notification, not a request: nothing waits for the user to dismiss it.
      warn: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message }),
    });
    watchRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      serverInfo: { name: 'hardmap', version: toolInfo().version },
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['|', ',', '/', '#', '"'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, REGENERATE_QUICK_REFERENCE, FIX_ALL] },
        documentSymbolProvider: true,
      },
    };
  });

  connection.onInitialized(() => {
    // Collection rules (cross-guide anchors, runbook targets) depend on files the editor may not have open.
    if (watchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{md,markdown}' }, ...CONFIG_FILES.map((name) => ({ globPattern: `**/${name}` }))] });
    }
  });

  const ready = (): Workspace | null => workspace;
  documents.onDidChangeContent(() => ready()?.schedule());
  documents.onDidClose(() => ready()?.schedule());
  connection.onDidChangeWatchedFiles((params) => {
    const current = ready();
    if (!current) return;
    if (params.changes.some((change) => CONFIG_FILES.some((name) => change.uri.endsWith(`/${name}`)))) current.reloadConfig();
    else current.schedule();
  });

  connection.onHover(({ textDocument, position }) => {
    const current = ready();
    const document = documents.get(textDocument.uri);
    const parsed = current && document ? current.model(document) : null;
    return current && document && parsed ? hoverAt(parsed.guide, document, position, current.reference) : null;
  });

  connection.onCompletion(({ textDocument, position }) => {
    const current = ready();
    const document = documents.get(textDocument.uri);
    const file = current && document ? current.fileOf(document.uri) : null;
    if (!current || !document || !file) return [];
    return file.kind === 'runbook' ? appliesToCompletions(document, position, current.summaries()) : idCompletions(document, position, current.reference);
  });

  connection.onCodeAction(({ textDocument, context }) => {
    const current = ready();
    const document = documents.get(textDocument.uri);
    const parsed = current && document ? current.model(document) : null;
    if (!current || !document || !parsed) return [];
    return codeActions({ document, parsed, reference: current.reference, options: current.fix(), diagnostics: context.diagnostics, ...(context.only ? { only: context.only } : {}) });
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const current = ready();
    const document = documents.get(textDocument.uri);
    const parsed = current && document ? current.model(document) : null;
    return parsed && document ? documentSymbols(parsed.guide, bomLength(document.getText())) : [];
  });

  let close: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (close = resolve));
  connection.onShutdown(async () => {
    await workspace?.close();
  });
  // Registered so the library does not end the process itself: the CLI shell decides how to exit.
  connection.onExit(() => close());
  documents.listen(connection);
  connection.listen();
  return { closed };
}
