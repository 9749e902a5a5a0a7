import { CodeActionKind, type CodeAction, type CodeActionParams, type InitializeParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { silencings } from '../directives';
import { toTextEdits } from '../features/offsetEdits';
import type { ResolutionService } from '../service';

export interface SilencingWiring {
  /** Call from onInitialize: whether the client runs `unres.disableRule` on its settings. */
  initialize(params: InitializeParams): void;
  /** The quick fixes that silence the findings in the range, after the ones that correct them. */
  actions(document: TextDocument, params: CodeActionParams): CodeAction[];
}

/**
 * "Disable CODE for this line / this file / in the workspace settings / in the user settings", as the
 * markdownlint extension offers them. The last two are client commands (the VS Code client updates
 * `unres.rules`), offered only to a client that says it has them (initializationOptions.disableRuleCommand).
 */
export function createSilencing(service: ResolutionService): SilencingWiring {
  let settingsCommands = false;
  return {
    initialize(params) {
      settingsCommands = (params.initializationOptions as Record<string, unknown> | undefined)?.disableRuleCommand === true;
    },
    actions(document, params) {
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
    },
  };
}
