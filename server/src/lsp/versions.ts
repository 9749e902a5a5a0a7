import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { listVersionFiles } from '../versions/files';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Diagnostic, Hover, Position, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { versionsHover } from '../editing/lazy';
import type { Locale } from '../messages';
import { positionOf } from '../model/lines';
import type { ResolutionService, VersionCounterpart } from '../service';
import { counterpartParagraph, counterpartsFromFolder, counterpartsOf, NO_VERSIONS_SETTING, readVersionsSetting, type VersionsSetting } from '../versions/lazy';

/** The request the client sends for "Go to the same paragraph in the other version". */
export const COUNTERPART_REQUEST = 'unres/counterpart';

export interface VersionsOptions {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly service: ResolutionService;
  /** Whether a document is one the server analyses (a resolution). */
  readonly handles: (document: TextDocument) => boolean;
  readonly trusted: () => boolean;
  readonly root: () => string | undefined;
  readonly locale: () => Locale;
  /** Publishes a document's diagnostics again (debounced by the caller). */
  readonly republish: (document: TextDocument) => void;
}

export interface VersionsWiring {
  /** The version-alignment diagnostics of a document against its paired versions. */
  diagnostics(document: TextDocument): Diagnostic[];
  /** The hover, with the counterpart's first words when the position is on a paragraph number. */
  hover(document: TextDocument, position: Position, base: Hover | null): Hover | null;
  /** The `unres` settings changed (`versions` is read from them). */
  configure(settings: Record<string, unknown>): void;
  /** The other language versions of a document, open or read from the workspace folder. */
  counterparts(document: TextDocument): VersionCounterpart[];
  /** Whether a document is open in the editor (a version read from disk is not). */
  isOpen(uri: string): boolean;
}

/**
 * Language versions in the editor: each open version is compared with its paired versions, open or in the
 * workspace folder (read from disk there, never outside it); a change in one version publishes the others
 * again; the hover of a paragraph number shows the counterpart's first words; and the client can ask
 * where the same paragraph is in the other version.
 */
export function startVersions(options: VersionsOptions): VersionsWiring {
  const { connection, documents, service } = options;
  let setting: VersionsSetting = NO_VERSIONS_SETTING;
  let listing: { at: number; files: string[] } | undefined;
  const disk = new Map<string, { mtime: number; document: TextDocument }>();

  const pathOf = (uri: string): string | undefined => {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  };
  /** A path relative to the workspace folder, "/"-separated; undefined outside it. */
  const inRoot = (path: string): string | undefined => {
    const root = options.root();
    if (!root) return undefined;
    const rel = relative(root, path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : undefined;
  };

  const workspaceFiles = (): string[] => {
    const root = options.root();
    if (!root) return [];
    if (listing && Date.now() - listing.at < 5000) return listing.files;
    const files = listVersionFiles(root);
    listing = { at: Date.now(), files };
    return files;
  };

  /** The document for a workspace-relative path: the open one, else read from disk (inside the folder only). */
  const documentAt = (rel: string): TextDocument | undefined => {
    const root = options.root();
    if (!root) return undefined;
    const path = join(root, rel);
    if (inRoot(path) === undefined) return undefined;
    const uri = pathToFileURL(path).toString();
    const open = documents.get(uri);
    if (open) return open;
    try {
      const stat = statSync(path);
      if (!stat.isFile() || stat.size > 20_000_000) return undefined;
      const cached = disk.get(path);
      if (cached && cached.mtime === stat.mtimeMs) return cached.document;
      const document = TextDocument.create(uri, 'markdown', 0, readFileSync(path, 'utf8'));
      disk.set(path, { mtime: stat.mtimeMs, document });
      return document;
    } catch {
      return undefined;
    }
  };

  const counterparts = (document: TextDocument): VersionCounterpart[] => {
    const path = pathOf(document.uri);
    const rel = path ? inRoot(path) : undefined;
    if (rel !== undefined) {
      // The setting names files: an untrusted workspace does not get to choose what is read.
      const names = counterpartsOf(rel, document.getText(), workspaceFiles(), options.trusted() ? setting : NO_VERSIONS_SETTING);
      // Without the editor's setting, the configuration file's `versions` (relative to its own folder).
      if (options.trusted() && setting.globs.length === 0 && setting.map.size === 0) {
        const { versions, versionsDir } = service.analysis(document).settings;
        const dir = versionsDir !== undefined ? inRoot(versionsDir) ?? (relative(options.root()!, versionsDir) === '' ? '' : undefined) : undefined;
        if (versions !== undefined && dir !== undefined) {
          for (const name of counterpartsFromFolder(dir, rel, document.getText(), workspaceFiles(), readVersionsSetting(versions))) if (!names.includes(name)) names.push(name);
        }
      }
      return names.flatMap((name) => {
        const other = documentAt(name);
        return other ? [{ document: other, name: name.slice(name.lastIndexOf('/') + 1) }] : [];
      });
    }
    // Outside a workspace folder: the other open documents only, paired by name (and the first-line comment).
    const key = (uri: string): string => decodeURIComponent(uri);
    const open = documents.all().filter((d) => d.uri !== document.uri);
    const names = counterpartsOf(key(document.uri), document.getText(), open.map((d) => key(d.uri)));
    return open.filter((d) => names.includes(key(d.uri))).map((d) => ({ document: d, name: key(d.uri).slice(key(d.uri).lastIndexOf('/') + 1) }));
  };

  const guarded = <T>(fallback: T, fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      connection.console.error(`unres: versions failed: ${error instanceof Error ? error.stack : String(error)}`);
      return fallback;
    }
  };

  // A change in one version changes what its counterparts are told: publish those again.
  const touched = (document: TextDocument): void =>
    guarded(undefined, () => {
      for (const c of counterparts(document)) {
        const open = documents.get(c.document.uri);
        if (open && options.handles(open)) options.republish(open);
      }
    });
  documents.onDidChangeContent((e) => touched(e.document));
  documents.onDidClose((e) => touched(e.document));

  connection.onRequest(COUNTERPART_REQUEST, (params: { textDocument: { uri: string }; position: Position }) =>
    guarded(null, () => {
      const document = documents.get(params.textDocument.uri);
      if (!document || !options.handles(document)) return null;
      const offset = document.offsetAt(params.position);
      for (const c of counterparts(document)) {
        const comparison = service.compareVersions(document, c.document);
        const target = counterpartParagraph(comparison, offset);
        if (!target) continue;
        const model = comparison.b.model;
        const start = positionOf(model.lineStarts, target.start);
        return { uri: c.document.uri, range: { start, end: start }, name: c.name };
      }
      return null;
    }),
  );

  return {
    diagnostics: (document) => guarded([], () => {
      const list = counterparts(document);
      return list.length === 0 ? [] : service.computeVersionDiagnostics(document, list);
    }),
    hover: (document, position, base) => guarded(base, () => versionsHover(service, () => counterparts(document), options.locale(), document, position, base)),
    counterparts: (document) => guarded([], () => counterparts(document)),
    isOpen: (uri) => documents.get(uri) !== undefined,
    configure: (settings) => {
      setting = readVersionsSetting(settings.versions);
      listing = undefined;
    },
  };
}
