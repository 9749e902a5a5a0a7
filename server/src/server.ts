import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createCatalogueSetting } from './citations/catalogueSetting';
import { registerAmendments } from './lsp/amendments';
import { FIX_ALL_KIND, RENUMBER_COMMAND, RENUMBER_VERSIONS_COMMAND } from './features/commands';
import { limitDiagnostics } from './features/diagnostics';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from './features/semanticTokens';
import { wireConfigFile } from './lsp/config';
import { createAdaptiveDebounce } from './lsp/debounce';
import { createSilencing } from './lsp/silence';
import { registerInterchange } from './lsp/interchange';
import { registerRenumber } from './editing/lazy';
import { wireWorkspaceCheck } from './lsp/workspaceCheck';
import { toLocale, type Locale } from './messages';
import { createResolutionService, looksLikeResolution } from './service';
import { normalizeSettings } from './settings';
import { startVersions } from './lsp/versions';

/**
 * The LSP glue: each request becomes one call into the transport-free service. Nothing here analyses text.
 * Handlers never throw to the client: a failure is logged and answered with an empty result, so one bad
 * request cannot take the server down.
 */

export { RENUMBER_COMMAND, RENUMBER_VERSIONS_COMMAND };

/**
 * Documents from this size (UTF-16 code units) on have their rules run one at a time, yielding to pending
 * requests in between. Below it the whole analysis takes a few milliseconds and runs in one go (measured
 * with npm run bench: ~1 ms for 30 KB, ~25 ms for 1 MB).
 */
const STEPPED_ANALYSIS_SIZE = 200_000;

/** Diagnostics sent for one document at most (see limitDiagnostics); `unres check` lists them all. */
const MAX_PUBLISHED_DIAGNOSTICS = 1000;

/** Resolves after the event loop has read and dispatched the messages that arrived meanwhile. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Settings of the `unres` section that only the server reads (the service reads the rest). */
interface ServerSettings {
  /** Whether Markdown and plain-text documents that look like resolutions are checked. */
  markdownDetection: boolean;
  /** Milliseconds to wait after a change before publishing diagnostics. */
  debounce: number;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  // The rule pages ship inside the extension next to dist/; link them from each diagnostic.
  const service = createResolutionService({ ruleDocsBase: pathToFileURL(join(__dirname, '..', 'docs', 'rules')).toString() });
  let locale: Locale = 'en';
  let hasConfiguration = false;
  let canRefreshTokens = false;
  /** Settings given in initializationOptions, for clients without workspace/configuration. */
  let initialSettings: unknown;
  let trusted = true;
  /** Whether the client tells the user what a command did itself (the VS Code client does). */
  let clientReportsCommands = false;
  /** Whether the client can show a message with buttons (window/showMessageRequest with actions). */
  let canAsk = false;
  /** First workspace folder (a relative catalogue path is read from there) and the catalogue given at start. */
  let workspaceRoot: string | undefined;
  let initialCatalogue: unknown;
  let serverSettings: ServerSettings = { markdownDetection: true, debounce: 50 };
  const timers = new Map<string, NodeJS.Timeout>();
  // A notification (window/showMessage), not showWarningMessage: that one is a request, and a client that
  // does not answer it would leave a rejected promise behind.
  const warn = (message: string): void =>
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  const catalogue = createCatalogueSetting({
    trusted: () => trusted,
    root: () => workspaceRoot,
    locale: () => locale,
    warn,
    log: (message) => connection.console.warn(message),
    apply: (loaded) => {
      service.setCatalogue(loaded);
      for (const document of documents.all()) schedule(document, 0);
    },
  });

  const configFile = wireConfigFile(connection, service, {
    trusted: () => trusted,
    locale: () => locale,
    recheck: () => {
      void updateCatalogue();
      for (const document of documents.all()) schedule(document, 0);
    },
  });
  const silencing = createSilencing(service);
  const debounce = createAdaptiveDebounce();
  wireWorkspaceCheck(connection, documents, service, { locale: () => locale, maxDiagnostics: MAX_PUBLISHED_DIAGNOSTICS });
  /** The editor's catalogue setting; when it is empty, the one the configuration file names. */
  let catalogueSetting: unknown;
  const updateCatalogue = (): Promise<void> => {
    const given = typeof catalogueSetting === 'string' && catalogueSetting.trim() !== '' ? catalogueSetting : undefined;
    return catalogue.update(given ?? configFile.catalogue(workspaceRoot));
  };

  const guard = <A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return fn(...args);
      } catch (error) {
        connection.console.error(`unres: ${name} failed: ${error instanceof Error ? error.stack : String(error)}`);
        return fallback;
      }
    };

  /** Whether a Markdown or plain-text document reads as a resolution, decided once per version. */
  const detected = new Map<string, { version: number; resolution: boolean }>();

  /** Documents the server analyses: its own language, or Markdown/plain text that reads as a resolution. */
  const handles = (document: TextDocument | undefined): document is TextDocument => {
    if (!document) return false;
    if (document.languageId === 'unres') return true;
    if (!serverSettings.markdownDetection) return false;
    if (document.languageId !== 'markdown' && document.languageId !== 'plaintext') return false;
    const known = detected.get(document.uri);
    if (known?.version === document.version) return known.resolution;
    const resolution = looksLikeResolution(document.getText());
    detected.set(document.uri, { version: document.version, resolution });
    return resolution;
  };

  const docFor = (uri: string): TextDocument | undefined => {
    const document = documents.get(uri);
    return handles(document) ? document : undefined;
  };

  /** Publications started per document: a later one makes the earlier ones stale. */
  const generations = new Map<string, number>();

  const publish = (document: TextDocument): void => {
    const { uri, version } = document;
    const generation = (generations.get(uri) ?? 0) + 1;
    generations.set(uri, generation);
    // Stale once a newer version, new settings or a close arrived: whoever caused it publishes in turn.
    const stale = (): boolean => generations.get(uri) !== generation || documents.get(uri) !== document || document.version !== version;
    const send = (diagnostics: Diagnostic[]): void => {
      if (stale()) return;
      const all = diagnostics.length === 0 && !handles(document) ? diagnostics : [...diagnostics, ...versions.diagnostics(document)];
      void connection.sendDiagnostics({ uri, version, diagnostics: limitDiagnostics(all, MAX_PUBLISHED_DIAGNOSTICS, locale) });
    };
    if (!guard('diagnostics', false, () => handles(document))()) return send([]);
    // (Inside the guard too: a malformed didOpen leaves a document without text, and publish must not throw.)
    if (!guard('diagnostics', false, () => document.getText().length >= STEPPED_ANALYSIS_SIZE)()) {
      return send(guard('diagnostics', [], () => debounce.timed(uri, () => service.computeDiagnostics(document)))());
    }
    // A large document: the rules run one at a time with a turn of the event loop in between, so hover,
    // completion and semantic tokens are answered meanwhile, and work for a version already replaced stops.
    // Timed from start to end, the turns given to other requests included: the time the user waits.
    const started = performance.now();
    service.computeDiagnosticsInSteps(document, nextTurn, stale).then(
      (diagnostics) => {
        if (!diagnostics) return;
        debounce.record(uri, performance.now() - started);
        send(diagnostics);
      },
      (error: unknown) => {
        connection.console.error(`unres: diagnostics failed: ${error instanceof Error ? error.stack : String(error)}`);
        send([]);
      },
    );
  };

  const versions = startVersions({
    connection,
    documents,
    service,
    handles,
    trusted: () => trusted,
    root: () => workspaceRoot,
    locale: () => locale,
    republish: (document) => schedule(document, serverSettings.debounce),
  });

  const schedule = (document: TextDocument, delay: number): void => {
    clearTimeout(timers.get(document.uri));
    if (delay <= 0) {
      timers.delete(document.uri);
      publish(document);
      return;
    }
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) publish(current); // analyse only the latest version: stale work is dropped
      }, delay),
    );
  };

  /**
   * Reads the `unres` settings: pulled through workspace/configuration when the client supports it, else
   * the ones the client pushed (didChangeConfiguration or initializationOptions, as Neovim or Helix do).
   */
  const refreshSettings = async (pushed?: unknown): Promise<void> => {
    let raw: unknown = pushed ?? {};
    if (hasConfiguration) {
      try {
        raw = (await connection.workspace.getConfiguration('unres')) ?? {};
      } catch {
        raw = {};
      }
    }
    const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    serverSettings = {
      markdownDetection: r.markdownDetection !== false,
      debounce: typeof r.debounce === 'number' && r.debounce >= 0 && r.debounce <= 5000 ? r.debounce : 50,
    };
    service.configure(normalizeSettings(raw, locale));
    versions.configure(r);
    for (const document of documents.all()) schedule(document, 0);
    catalogueSetting = r.catalogue ?? initialCatalogue;
    void updateCatalogue();
    // The language, rules and Markdown detection change which phrases are coloured: ask for new tokens.
    if (canRefreshTokens) void connection.languages.semanticTokens.refresh();
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = toLocale(params.locale);
    configFile.initialize(params);
    silencing.initialize(params);
    hasConfiguration = params.capabilities.workspace?.configuration === true;
    canRefreshTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
    const init = (params.initializationOptions ?? {}) as Record<string, unknown>;
    trusted = init.trusted !== false;
    clientReportsCommands = init.reportsCommandResults === true;
    canAsk = params.capabilities.window?.showMessage?.messageActionItem !== undefined;
    initialSettings = init.settings;
    initialCatalogue = init.catalogue ?? (init.settings as Record<string, unknown> | undefined)?.catalogue;
    const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    try {
      workspaceRoot = rootUri?.startsWith('file:') ? fileURLToPath(rootUri) : undefined;
    } catch {
      workspaceRoot = undefined; // a file URI this platform cannot map: relative catalogue paths use the cwd
    }
    service.configure(normalizeSettings(init.settings, locale));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        semanticTokensProvider: {
          legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] },
          full: true,
        },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' '] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentLinkProvider: { resolveProvider: false },
        definitionProvider: true,
        executeCommandProvider: { commands: [RENUMBER_COMMAND, RENUMBER_VERSIONS_COMMAND] },
      },
      serverInfo: { name: 'unres', version: typeof UNRES_VERSION === 'string' ? UNRES_VERSION : 'dev' },
    };
  });

  connection.onInitialized(() => {
    configFile.initialized();
    catalogueSetting = initialCatalogue;
    if (!hasConfiguration && initialSettings === undefined) void updateCatalogue();
    if (hasConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'unres' });
      void refreshSettings();
    } else if (initialSettings !== undefined) {
      void refreshSettings(initialSettings);
    }
  });

  connection.onDidChangeConfiguration((params) => {
    const pushed = (params.settings as Record<string, unknown> | null | undefined)?.unres;
    void refreshSettings(pushed ?? initialSettings);
  });

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => {
    // The previous version's analysis is never used again: dropped now, not when the next one is made.
    // (This event also follows didOpen, whose analysis is kept.)
    service.forgetStale(e.document);
    schedule(e.document, debounce.delayFor(e.document.uri, e.document.getText().length, serverSettings.debounce));
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    generations.delete(e.document.uri);
    detected.delete(e.document.uri);
    debounce.forget(e.document.uri);
    service.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.semanticTokens.on(
    guard('semanticTokens', { data: [] }, (params) => {
      const document = docFor(params.textDocument.uri);
      return { data: document ? service.getSemanticTokens(document) : [] };
    }),
  );
  connection.onDocumentSymbol(guard('documentSymbol', [], (params) => {
    const document = docFor(params.textDocument.uri);
    return document ? service.getDocumentSymbols(document) : [];
  }));
  connection.onFoldingRanges(guard('foldingRanges', [], (params) => {
    const document = docFor(params.textDocument.uri);
    return document ? service.getFoldingRanges(document) : [];
  }));
  connection.onHover(guard('hover', null, (params) => {
    const document = docFor(params.textDocument.uri);
    return document ? versions.hover(document, params.position, service.getHover(document, params.position)) : null;
  }));
  connection.onCompletion(guard('completion', null, (params) => {
    const document = docFor(params.textDocument.uri);
    return document ? service.getCompletions(document, params.position) : null;
  }));
  connection.onCodeAction(guard('codeAction', [], (params) => {
    const document = docFor(params.textDocument.uri);
    return document ? [...service.getCodeActions(document, params.range, params.context.only), ...silencing.actions(document, params)] : [];
  }));
  connection.onDocumentLinks(guard('documentLinks', [], (params) => {
    const document = docFor(params.textDocument.uri);
    return document ? service.getDocumentLinks(document) : [];
  }));
  registerRenumber({
    connection,
    service,
    versions,
    docFor,
    guard,
    warn,
    locale: () => locale,
    reportsCommands: () => clientReportsCommands,
    canAsk: () => canAsk,
  });

  registerInterchange(connection, documents, service);
  registerAmendments({ connection, documents, service, roots: () => (workspaceRoot ? [workspaceRoot] : []), trusted: () => trusted, republish: (d) => schedule(d, serverSettings.debounce) });

  documents.listen(connection);
  connection.listen();
}

declare const UNRES_VERSION: string | undefined;

if (require.main === module) {
  startServer(createConnection(ProposedFeatures.all));
}
