import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { loadInterchange } from '../interchange/load';
import type { ResolutionService } from '../service';

/** Requests of the VS Code client's Word, Akoma Ntoso and preview commands (the client does the file I/O). */
export const PREVIEW_REQUEST = 'unres/preview';
export const EXPORT_REQUEST = 'unres/export';
export const IMPORT_WORD_REQUEST = 'unres/importWord';

export interface PreviewParams {
  readonly uri: string;
  /** With a nonce, the whole page; without, the body alone (for an update of an open preview). */
  readonly nonce?: string;
}
export interface ExportParams {
  readonly uri: string;
  readonly format: 'docx' | 'akn';
}
/** A Word file's bytes travel as base64, as JSON carries no bytes. */
export interface ExportResult {
  readonly base64?: string;
  readonly error?: string;
}
export interface ImportWordResult {
  readonly markdown?: string;
  readonly error?: string;
}

/**
 * Wires the interchange capability into the server: the work is the CLI's code path (server/src/interchange),
 * loaded from its own bundle on the first such request, so that the server stays small until then.
 */
export function registerInterchange(connection: Connection, documents: TextDocuments<TextDocument>, service: ResolutionService): void {
  const language = (document: TextDocument) => ({ language: service.getModel(document).language });
  const failure = (error: unknown): { error: string } => ({ error: error instanceof Error ? error.message : String(error) });

  connection.onRequest(PREVIEW_REQUEST, (params: PreviewParams): { html: string } | null => {
    const document = documents.get(params.uri);
    if (!document) return null;
    const errorLines = service
      .computeDiagnostics(document)
      .filter((d) => d.severity === DiagnosticSeverity.Error)
      .map((d) => d.range.start.line);
    const options = { ...language(document), errorLines };
    const ix = loadInterchange();
    return { html: params.nonce ? ix.previewHtml(document.getText(), params.nonce, options) : ix.previewUpdate(document.getText(), options) };
  });

  connection.onRequest(EXPORT_REQUEST, async (params: ExportParams): Promise<ExportResult | null> => {
    const document = documents.get(params.uri);
    if (!document) return null;
    try {
      const ix = loadInterchange();
      const data = params.format === 'akn' ? new TextEncoder().encode(ix.exportAkn(document.getText(), language(document))) : await ix.exportDocx(document.getText(), language(document));
      return { base64: Buffer.from(data).toString('base64') };
    } catch (error) {
      return failure(error);
    }
  });

  connection.onRequest(IMPORT_WORD_REQUEST, async (params: { base64: string }): Promise<ImportWordResult> => {
    try {
      return { markdown: (await loadInterchange().importDocx(Buffer.from(params.base64, 'base64'))).markdown };
    } catch (error) {
      return failure(error);
    }
  });
}
