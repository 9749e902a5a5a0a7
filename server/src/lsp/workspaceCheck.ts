import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { limitDiagnostics } from '../features/diagnostics';
import type { Locale } from '../messages';
import { looksLikeResolution, type ResolutionService } from '../service';

/** The request the client sends with a batch of files of the workspace ("Check all drafts"). */
export const CHECK_FILES_REQUEST = 'unres/checkFiles';

/** Files larger than this are left to `unres check`: reading them would hold the server for long. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface CheckFilesResult {
  /** Files that read as drafts and were checked. */
  readonly checked: number;
  /** Of those, the ones with at least one problem. */
  readonly withProblems: number;
}

/**
 * "Check all drafts in the workspace": the client lists the files and sends them in small batches (so that
 * it can show progress, be cancelled, and leave the server free between batches); the server reads each
 * file that is not open, checks it if it reads as a draft, and publishes its diagnostics, so that the
 * Problems panel lists unopened files too. An open document is left to the normal flow.
 */
export function wireWorkspaceCheck(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  service: ResolutionService,
  host: { locale(): Locale; maxDiagnostics: number },
): void {
  connection.onRequest(CHECK_FILES_REQUEST, (params: { uris?: unknown }): CheckFilesResult => {
    const uris = Array.isArray(params?.uris) ? params.uris.filter((u): u is string => typeof u === 'string') : [];
    let checked = 0;
    let withProblems = 0;
    for (const uri of uris) {
      if (documents.get(uri) || !uri.startsWith('file:')) continue;
      const document = readDraft(uri);
      if (!document) continue;
      try {
        const diagnostics = service.computeDiagnostics(document);
        checked++;
        if (diagnostics.length > 0) withProblems++;
        void connection.sendDiagnostics({ uri, diagnostics: limitDiagnostics(diagnostics, host.maxDiagnostics, host.locale()) });
      } catch (error) {
        connection.console.error(`unres: checking ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
      } finally {
        service.forget(uri);
      }
    }
    return { checked, withProblems };
  });
}

/** The file as a document when it is a draft: a `.unres` file, or Markdown or text that reads as one. */
function readDraft(uri: string): TextDocument | undefined {
  try {
    const path = fileURLToPath(uri);
    if (statSync(path).size > MAX_FILE_BYTES) return undefined;
    const text = readFileSync(path, 'utf8');
    const unres = /\.unres$/i.test(path);
    if (!unres && !(/\.(md|markdown|txt)$/i.test(path) && looksLikeResolution(text))) return undefined;
    return TextDocument.create(uri, unres ? 'unres' : 'markdown', 0, text);
  } catch {
    return undefined;
  }
}
