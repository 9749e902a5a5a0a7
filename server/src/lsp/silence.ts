import type { CodeAction, CodeActionParams, InitializeParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { silencingActions } from '../editing/lazy';
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
      return silencingActions(service, settingsCommands, document, params);
    },
  };
}
