import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyAmendments } from '../amendments/lazy';
import type { ResolutionService } from '../service';
import type { ApplyAmendmentsParams, ApplyAmendmentsResult } from './amendments';

/**
 * The `unres/applyAmendments` request behind the editor's "Apply amendments" command (see lsp/amendments.ts):
 * part of the editing room, loaded on the first request (editing/lazy.ts).
 */
export async function applyAmendmentsRequest(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  service: ResolutionService,
  params: ApplyAmendmentsParams,
): Promise<ApplyAmendmentsResult> {
  const sheetDocument = documents.get(params.uri);
  const context = sheetDocument ? service.analysis(sheetDocument).amendment : undefined;
  if (!context) return { applied: false, reports: [], reason: 'not-a-sheet' };
  if (!context.base) return { applied: false, reports: [], reason: 'no-base' };
  const locale = service.settings.locale;
  const result = applyAmendments(context.sheet, context.base.text, { locale, partial: params.partial === true });
  const refused = result.reports.some((r) => r.status === 'refused');
  if ((refused && !params.partial) || !result.changed) return { applied: false, baseUri: context.base.uri, reports: result.reports };
  const edit = singleEdit(context.base.text, result.text);
  const open = documents.get(context.base.uri);
  // One edit on one document: the editor applies it as one step, undone by one undo.
  const response = await connection.workspace.applyEdit({
    label: 'Apply amendments',
    edit: open
      ? { documentChanges: [{ textDocument: { uri: open.uri, version: open.version }, edits: [edit] }] }
      : { changes: { [context.base.uri]: [edit] } },
  });
  return { applied: response.applied, baseUri: context.base.uri, reports: result.reports };
}

/** The changed stretch between two texts as one edit: the common beginning and end are left alone. */
function singleEdit(before: string, after: string): { range: { start: Position; end: Position }; newText: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return { range: { start: positionIn(before, start), end: positionIn(before, endBefore) }, newText: after.slice(start, endAfter) };
}

interface Position {
  line: number;
  character: number;
}

function positionIn(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

