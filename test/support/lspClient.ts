import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import type {
  ApplyWorkspaceEditParams,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { ROOT } from './paths';
import { SERVER_EXEC_ARGV } from './serverArgs';

/**
 * A real LSP client over stdio for protocol tests: it spawns the bundled server (`dist/server.js --stdio`)
 * and speaks JSON-RPC to it as an editor does. Tests wait on notifications with a bound, never on sleeps.
 */
export class LspTestClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  /** Latest diagnostics per URI. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Edits the server asked the client to apply, in order. */
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  /** What the server registered dynamically (client/registerCapability). */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** Answer given to workspace/configuration requests for the `unres` section. */
  configuration: Record<string, unknown> = {};
  /** What the client answers to workspace/applyEdit. */
  applyEditHandler: (params: ApplyWorkspaceEditParams) => { applied: boolean } = () => ({ applied: true });
  stderr = '';
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();

  constructor(serverPath = join(ROOT, 'dist', 'server.js'), env: NodeJS.ProcessEnv = process.env) {
    // Started as VS Code starts it (the client's Node options).
    this.process = spawn(process.execPath, [...SERVER_EXEC_ARGV, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    this.process.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
      this.notify();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'unres' ? this.configuration : null)),
    );
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      this.notify();
      return null;
    });
    this.connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
      this.appliedEdits.push(params);
      this.notify();
      return this.applyEditHandler(params);
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves when `predicate` holds, re-checking on every message; rejects after `timeoutMs`. */
  waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 10000, what = 'condition'): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${this.stderr}`)), timeoutMs);
      const check = (): void => {
        const value = predicate();
        if (value) {
          clearTimeout(timer);
          resolve(value);
        } else {
          this.waiters.push(check);
        }
      };
      check();
    });
  }

  async initialize(options: { initializationOptions?: unknown; locale?: string; workspace?: Record<string, unknown>; rootUri?: string } = {}): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      locale: options.locale ?? 'en',
      capabilities: {
        workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true }, ...options.workspace },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
      initializationOptions: options.initializationOptions ?? {},
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  async open(uri: string, text: string, languageId = 'unres'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends an incremental change; returns the new version. */
  async change(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
    return version;
  }

  /** Waits for diagnostics of `uri` published for `version` (or any version when omitted). */
  diagnosticsFor(uri: string, version?: number, timeoutMs = 10000): Promise<Diagnostic[]> {
    return this.waitFor(
      () => {
        const d = this.diagnostics.get(uri);
        return d && (version === undefined || d.version === version) ? d.diagnostics : undefined;
      },
      timeoutMs,
      `diagnostics of ${uri}${version === undefined ? '' : ` version ${version}`}`,
    );
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // the server may already be gone; the exit code check below tells
    }
    await new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.process.kill();
        resolve();
      }, 3000);
      this.process.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }
}
