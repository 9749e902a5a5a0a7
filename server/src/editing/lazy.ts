import * as amendments from '../amendments/lazy';
import * as analysis from '../analysis';
import * as citationsDescribe from '../citations/describe';
import * as citationsHeading from '../citations/heading';
import * as citations from '../citations/index';
import * as citationsScYears from '../citations/scYears';
import * as directivesFindings from '../directives/findings';
import * as directivesParse from '../directives/parse';
import * as commands from '../features/commands';
import * as diagnostics from '../features/diagnostics';
import * as offsetEdits from '../features/offsetEdits';
import * as paragraphs from '../features/paragraphs';
import { lazyBundle } from '../lazyBundle';
import * as lexicon from '../lexicon/index';
import * as messages from '../messages';
import * as modelLabels from '../model/labels';
import * as modelLines from '../model/lines';
import * as references from '../references/index';
import * as leadReading from '../rules/lead-reading';
import * as versions from '../versions/lazy';
import * as textDocument from 'vscode-languageserver-textdocument';
import * as types from 'vscode-languageserver-types';
import type { RenumberOptions } from '../lsp/renumber';
import type * as Editing from './index';

/**
 * The editing room as the server and the CLI reach it: hover, completion, code actions, "fix all",
 * renumbering, definitions and the silencing quick fixes, loaded from dist/editing.js on the first request
 * for one of them, since a draft's first analysis (diagnostics, semantic tokens, outline, folding) needs
 * none. Import them from this file, not from the features, anywhere the server bundle reaches.
 */

type EditingModule = typeof Editing;

/**
 * The modules the room takes from the bundle that loads it (by their path under server/src; see
 * editingApart in scripts/bundles.mjs): a test checks that every one dist/editing.js asks for is here.
 */
export const HOST_MODULES: Readonly<Record<string, unknown>> = {
  'amendments/lazy': amendments,
  analysis,
  'citations/describe': citationsDescribe,
  'citations/heading': citationsHeading,
  'citations/index': citations,
  'citations/scYears': citationsScYears,
  'directives/findings': directivesFindings,
  'directives/parse': directivesParse,
  'features/commands': commands,
  'features/diagnostics': diagnostics,
  'features/offsetEdits': offsetEdits,
  'features/paragraphs': paragraphs,
  'lexicon/index': lexicon,
  messages,
  'model/labels': modelLabels,
  'model/lines': modelLines,
  'references/index': references,
  'rules/lead-reading': leadReading,
  'versions/lazy': versions,
  'vscode-languageserver-textdocument': textDocument,
  'vscode-languageserver-types': types,
};

const load = lazyBundle<EditingModule>('editing', HOST_MODULES);

export const amendmentDefinition: EditingModule['amendmentDefinition'] = (...args) => load().amendmentDefinition(...args);
export const computeCodeActions: EditingModule['computeCodeActions'] = (...args) => load().computeCodeActions(...args);
export const fixAll: EditingModule['fixAll'] = (...args) => load().fixAll(...args);
export const computeCompletions: EditingModule['computeCompletions'] = (...args) => load().computeCompletions(...args);
export const computeHover: EditingModule['computeHover'] = (...args) => load().computeHover(...args);
export const renumber: EditingModule['renumber'] = (...args) => load().renumber(...args);
export const renumberFollowing: EditingModule['renumberFollowing'] = (...args) => load().renumberFollowing(...args);
export const applyAmendmentsRequest: EditingModule['applyAmendmentsRequest'] = (...args) => load().applyAmendmentsRequest(...args);
export const versionsHover: EditingModule['versionsHover'] = (...args) => load().versionsHover(...args);
export const silencingActions: EditingModule['silencingActions'] = (...args) => load().silencingActions(...args);

/** The renumbering commands (lsp/renumber.ts): the handler is registered at start, its code loaded on the first command. */
export function registerRenumber(options: RenumberOptions): void {
  let run: ReturnType<EditingModule['renumberCommands']> | undefined;
  options.connection.onExecuteCommand((params) => (run ??= load().renumberCommands(options))(params));
}
