import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  type ShowMessageParams,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { pathToFileURL } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/hardmap.js', import.meta.url));

/** An LSP client speaking JSON-RPC to a real `hardmap lsp --stdio` child process, as an editor does. */
export interface LspClient {
  connection: ProtocolConnection;
  child: ChildProcess;
  /** Every publishDiagnostics notification received so far, in order. */
  published: PublishDiagnosticsParams[];
  /** Every window/showMessage notification received so far. */
  messages: ShowMessageParams[];
  /** The first notification at or after `from` (an index into `published`) that `matches`; waits for it, never sleeps. */
  diagnostics(matches: (params: PublishDiagnosticsParams) => boolean, from?: number): Promise<PublishDiagnosticsParams>;
  uri(path: string): string;
  /** shutdown, exit, and the child's exit code. */
  stop(): Promise<number | null>;
}

export async function startClient(root: string, env: Record<string, string> = {}): Promise<LspClient> {
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: root, env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  if (!child.stdout || !child.stdin) throw new Error('no pipes to the child');
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  const waiting: Array<{ matches: (params: PublishDiagnosticsParams) => boolean; from: number; resolve: (params: PublishDiagnosticsParams) => void }> = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
    for (const waiter of [...waiting]) {
      if (published.length - 1 >= waiter.from && waiter.matches(params)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  const messages: ShowMessageParams[] = [];
  connection.onNotification(ShowMessageNotification.type, (params) => void messages.push(params));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'fixture' }],
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    child,
    published,
    messages,
    uri: (path) => pathToFileURL(`${root}/${path}`).href,
    diagnostics(matches, from = 0) {
      const found = published.slice(from).find(matches);
      return found ? Promise.resolve(found) : new Promise((resolve) => waiting.push({ matches, from, resolve }));
    },
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
