import type { CodeActionParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type CodeAction, CodeActionKind } from 'vscode-languageserver-types';
import { silencings } from '../directives/quickFixes';
import { toTextEdits } from '../features/offsetEdits';
import type { ResolutionService } from '../service';

/**
 * The quick fixes that silence the findings in the range (see lsp/silence.ts), after the ones that correct
 * them: part of the editing room, loaded on the first code action request (editing/lazy.ts).
 * `settingsCommands`: whether the client runs `unres.disableRule` on its settings.
 */
export function silencingActions(service: ResolutionService, settingsCommands: boolean, document: TextDocument, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  if (only && only.length > 0 && !only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
  const analysis = service.analysis(document);
  const from = document.offsetAt(params.range.start);
  const to = document.offsetAt(params.range.end);
  const diagnostics = service.computeDiagnostics(document);
  const actions: CodeAction[] = [];
  const done = new Set<string>();
  analysis.findings.forEach((finding, i) => {
    if (finding.start > to || finding.end < from) return;
    const line = diagnostics[i]!.range.start.line;
    // One set per rule and line: three findings of a rule on one line need one directive.
    if (done.has(`${finding.code}@${line}`)) return;
    done.add(`${finding.code}@${line}`);
    const { model, settings } = analysis;
    for (const s of silencings(model.text, model.lineStarts, line, finding.code, settings.locale, settingsCommands)) {
      const action: CodeAction = { title: s.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostics[i]!] };
      if ('edits' in s) action.edit = { changes: { [document.uri]: toTextEdits(document, s.edits) } };
      else action.command = { title: s.title, command: s.command.command, arguments: [...s.command.arguments] };
      actions.push(action);
    }
  });
  return actions;
}
