import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { looksLikeAmendmentSheet, SHEET_EXTENSION, type OperationReport, type WorkspaceTexts } from '../amendments/lazy';
import { applyAmendmentsRequest } from '../editing/lazy';
import { lazyBundle } from '../lazyBundle';
import { listDraftFiles } from '../versions/files';
import type { ResolutionService } from '../service';

/**
 * The LSP side of amendments: what a sheet may read of the workspace (open documents, and files inside the
 * workspace folders only), go to definition into the base draft, re-checking open sheets when a draft
 * changes, and the `unres/applyAmendments` request behind the editor's "Apply amendments" command.
 */
export interface AmendmentsWiring {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly service: ResolutionService;
  /** Workspace folder paths; files outside them are never read. */
  readonly roots: () => readonly string[];
  /** Whether the workspace is trusted: a setting that names a file is ignored when it is not. */
  readonly trusted: () => boolean;
  /** Publishes a document's diagnostics again (after its base changed). */
  readonly republish: (document: TextDocument) => void;
}

export const APPLY_AMENDMENTS_REQUEST = 'unres/applyAmendments';

export interface ApplyAmendmentsParams {
  readonly uri: string;
  /** Apply what can be applied even when some operations are refused. */
  readonly partial?: boolean;
}

export interface ApplyAmendmentsResult {
  readonly applied: boolean;
  readonly baseUri?: string;
  readonly reports: readonly OperationReport[];
  /** Why nothing was done, when the sheet or its base is missing. */
  readonly reason?: string;
}

/** Files larger than this are not drafts: they are not read to look for a symbol. */
const MAX_FILE = 5_000_000;
/** How many workspace files are looked at for a symbol, and how deep. */
const MAX_FILES = 400;
const MAX_DEPTH = 4;
/** The workspace listing is kept this long: symbol searches while typing do not walk the disk each time. */
const LISTING_TTL = 10_000;

export function registerAmendments(w: AmendmentsWiring): void {
  const { connection, documents, service } = w;
  let listing: { at: number; uris: string[] } | undefined;

  const inside = (path: string): boolean => {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return false;
    }
    return w.roots().some((root) => {
      let base: string;
      try {
        base = realpathSync(root);
      } catch {
        return false;
      }
      const rel = relative(base, real);
      return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
    });
  };

  const workspace: WorkspaceTexts = {
    read(uri) {
      const open = documents.get(uri);
      if (open) return open.getText();
      if (!uri.startsWith('file:')) return undefined;
      try {
        const path = fileURLToPath(uri);
        if (!inside(path)) return undefined;
        const stat = statSync(path);
        return stat.isFile() && stat.size <= MAX_FILE ? readFileSync(path, 'utf8') : undefined;
      } catch {
        return undefined;
      }
    },
    drafts() {
      const openUris = documents.all().map((d) => d.uri);
      if (!listing || Date.now() - listing.at > LISTING_TTL) listing = { at: Date.now(), uris: listFiles(w.roots()) };
      return [...new Set([...openUris, ...listing.uris])];
    },
    paired() {
      const name = service.settings.amendmentBase;
      const root = w.roots()[0];
      if (!name || !root || !w.trusted()) return undefined;
      return pathToFileURL(isAbsolute(name) ? name : join(root, name)).toString();
    },
  };
  service.setWorkspace(workspace);
  registerCompareRevisions(connection, workspace);

  const isSheet = (d: TextDocument): boolean => d.uri.toLowerCase().endsWith(SHEET_EXTENSION) || looksLikeAmendmentSheet(d.getText().slice(0, 4000));
  /** A draft changed, opened or closed: the open sheets that may amend it are checked again. */
  const recheckSheets = (changed: TextDocument): void => {
    if (isSheet(changed)) return;
    for (const d of documents.all()) {
      if (d.uri === changed.uri || !isSheet(d)) continue;
      service.forget(d.uri);
      w.republish(d);
    }
  };
  documents.onDidOpen((e) => recheckSheets(e.document));
  documents.onDidChangeContent((e) => recheckSheets(e.document));
  documents.onDidClose((e) => recheckSheets(e.document));

  connection.onDefinition((params) => {
    const document = documents.get(params.textDocument.uri);
    try {
      return document ? service.getDefinition(document, params.position) : null;
    } catch (error) {
      connection.console.error(`unres: definition failed: ${error instanceof Error ? error.stack : String(error)}`);
      return null;
    }
  });

  connection.onRequest(APPLY_AMENDMENTS_REQUEST, (params: ApplyAmendmentsParams) => applyAmendmentsRequest(connection, documents, service, params));
}

/** Drafts of the workspace folders, as URIs: the bounded walk the versions use too. */
function listFiles(roots: readonly string[]): string[] {
  return listDraftFiles(roots, MAX_FILES, MAX_DEPTH).map((path) => pathToFileURL(path).toString());
}

export const COMPARE_REVISIONS_REQUEST = 'unres/compareRevisions';

export interface CompareRevisionsParams {
  readonly oldUri: string;
  readonly newUri: string;
}

/** The comparison page for the editor's "Compare with revision…", or why there is none. */
export function registerCompareRevisions(connection: Connection, workspace: WorkspaceTexts): void {
  connection.onRequest(COMPARE_REVISIONS_REQUEST, (params: CompareRevisionsParams): { html?: string; changes?: number; reason?: string } => {
    const oldText = workspace.read(params.oldUri);
    const newText = workspace.read(params.newUri);
    if (oldText === undefined || newText === undefined) return { reason: 'unreadable' };
    const revisions = loadRevisions();
    const comparison = revisions.compareRevisions(oldText, newText);
    const name = (uri: string): string => decodeURIComponent(uri.replace(/^.*\//, ''));
    return { html: revisions.comparisonHtml(comparison, name(params.oldUri), name(params.newUri)), changes: comparison.changes.length };
  });
}

/** The comparison (and the diff library under it): dist/revisions.js, loaded the first time one is asked for. */
const loadRevisions = lazyBundle<typeof import('../revisions')>('revisions');
