import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  type Connection,
  type Diagnostic,
  type InitializeParams,
} from 'vscode-languageserver/node';
import {
  applyFileSettings,
  CONFIG_FILE,
  ConfigStore,
  settingsForFile,
  type LoadedConfig,
} from '../config';
import { format, type Locale } from '../messages';
import { diskReader } from '../config/diskReader';
import type { ResolutionService, SettingsResolver } from '../service';

export interface ConfigFileHost {
  trusted(): boolean;
  locale(): Locale;
  /** Re-checks the open documents (their settings may have changed). */
  recheck(): void;
}

export interface ConfigFileWiring {
  /** Call from onInitialize: reads the client's capabilities. */
  initialize(params: InitializeParams): void;
  /** Call from onInitialized: asks the client to watch the configuration files. */
  initialized(): void;
  /** The catalogue the configuration of the first workspace folder names (absolute), if any. */
  catalogue(root: string | undefined): string | undefined;
}

/**
 * The configuration file in the language server, for every editor: each document gets the settings of the
 * `.unres.json` (or package.json `unres`) found upward from it, under the editor's own settings; a problem
 * in a configuration file is published as diagnostics on that file; the files are watched
 * (workspace/didChangeWatchedFiles) and a change re-checks the open documents. In an untrusted workspace the
 * keys that name files to read (catalogue, extends) are ignored.
 */
export function wireConfigFile(connection: Connection, service: ResolutionService, host: ConfigFileHost): ConfigFileWiring {
  let store: ConfigStore | undefined;
  let canWatch = false;
  /** Configuration files with problems published, so that a corrected one is cleared. */
  let published = new Set<string>();
  let publishQueued = false;

  const storeOf = (): ConfigStore => (store ??= new ConfigStore(diskReader, { untrusted: !host.trusted() }));

  const publishProblems = (): void => {
    publishQueued = false;
    const byFile = new Map<string, Diagnostic[]>();
    for (const config of storeOf().loaded()) {
      for (const p of config.problems) {
        const uri = pathToFileURL(p.file).toString();
        const list = byFile.get(uri) ?? [];
        byFile.set(uri, list);
        if (list.some((d) => d.range.start.line === p.range.start.line && d.range.start.character === p.range.start.character)) continue;
        const severity = p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        list.push({ range: p.range, severity, source: 'unres', code: 'config', message: format(p.message, host.locale(), p.args) });
      }
    }
    for (const uri of published) if (!byFile.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byFile) void connection.sendDiagnostics({ uri, diagnostics });
    published = new Set(byFile.keys());
  };

  const seen = new Set<LoadedConfig>();
  const configFor = (path: string): LoadedConfig | undefined => {
    const config = storeOf().forFile(path);
    if (config && !seen.has(config)) {
      seen.add(config);
      // Published after the analysis that found it, once per configuration read.
      if (!publishQueued) queueMicrotask(publishProblems);
      publishQueued = true;
    }
    return config;
  };

  const resolve: SettingsResolver = (uri, configured) => {
    if (!uri.startsWith('file:')) return configured;
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      return configured;
    }
    return applyFileSettings(configured, settingsForFile(configFor(path), path));
  };
  service.setSettingsResolver(resolve);

  connection.onDidChangeWatchedFiles((params) => {
    const layers = new Set(storeOf().loaded().flatMap((c) => [c.path, ...c.layers.map((l) => l.path)]));
    const relevant = params.changes.some((change) => {
      if (!change.uri.startsWith('file:')) return false;
      const path = fileURLToPath(change.uri);
      return path.endsWith(CONFIG_FILE) || path.endsWith('package.json') || layers.has(path);
    });
    if (!relevant) return;
    storeOf().clear();
    seen.clear();
    // The cached analyses used the old settings: the resolver is installed again, which drops them.
    service.setSettingsResolver(resolve);
    publishProblems();
    host.recheck();
  });

  return {
    initialize(params) {
      canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    },
    initialized() {
      if (!canWatch) return;
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        // Any JSON file: an extended configuration may have any name (others are filtered out above).
        watchers: [{ globPattern: '**/*.json' }],
      });
    },
    catalogue(root) {
      return root ? settingsForFile(storeOf().forDir(root), join(root, CONFIG_FILE)).catalogue : undefined;
    },
  };
}
