import * as path from 'node:path';
import * as vscode from 'vscode';
import { registerAmendmentCommands } from './amendments';
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { registerCheckWorkspace } from './checkWorkspace';
import { registerDisableRule } from './silence';
import { registerInterchange } from './interchange';
import { SERVER_EXEC_ARGV } from './serverProcess';
import { registerVersions } from './versions';

/**
 * The thin client: starts the bundled server, forwards settings and commands, and says what a command did.
 * No analysis happens here. Strings the user reads go through `vscode.l10n.t` (bundles in `l10n/`).
 */
let client: LanguageClient | undefined;

const RENUMBER = 'unres.renumber';
const RENUMBER_VERSIONS = 'unres.renumberVersions';

/** What the server's `unres.renumber` command answers. */
interface RenumberResponse {
  readonly applied: boolean;
  readonly edits?: number;
  readonly problems?: readonly { readonly message: string }[];
  /** Paired language versions that can take the same numbering, and those that cannot (with why). */
  readonly versions?: readonly { readonly uri: string; readonly name: string; readonly edits: number }[];
  readonly notAligned?: readonly { readonly uri: string; readonly name: string; readonly reason: string }[];
}

/** What the server's `unres.renumberVersions` command answers. */
interface RenumberVersionsResponse {
  readonly versions?: readonly { readonly name: string; readonly applied: boolean; readonly edits: number }[];
  readonly notAligned?: readonly { readonly name: string; readonly reason: string }[];
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // The server decides whether a Markdown or plain-text file reads as a resolution (unres.markdownDetection).
    documentSelector: [
      { language: 'unres' },
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { language: 'plaintext', scheme: 'file' },
      { language: 'plaintext', scheme: 'untitled' },
    ],
    synchronize: { configurationSection: 'unres' },
    // A function, so that a restart after the workspace is trusted sends the new state.
    // reportsCommandResults: this client tells the user what renumbering did, so the server stays quiet.
    // disableRuleCommand: this client runs unres.disableRule (the "disable in settings" quick fixes).
    initializationOptions: () => ({ trusted: vscode.workspace.isTrusted, reportsCommandResults: true, disableRuleCommand: true }),
    middleware: {
      // The language client registers the server's commands itself; this adds the document the command is
      // about (the editor's, when run from the palette) and reports the outcome in words.
      executeCommand: async (command, args, next) => {
        if (command !== RENUMBER) return next(command, args);
        const target = args[0] instanceof vscode.Uri ? args[0] : typeof args[0] === 'string' ? vscode.Uri.parse(args[0]) : vscode.window.activeTextEditor?.document.uri;
        if (!target) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Open a resolution draft to renumber its operative paragraphs.'));
          return undefined;
        }
        const response = (await next(command, [target.toString()])) as RenumberResponse | null | undefined;
        reportRenumber(response);
        // Not awaited: the command answers at once, the offer stays until the person answers it.
        if (response?.applied) void offerVersions(target, response, (c, a) => next(c, a));
        return response;
      },
    },
  };
  client = new LanguageClient('unres', 'UN Resolutions', serverOptions, clientOptions);
  registerDisableRule(context);
  registerAmendmentCommands(context, () => client);
  registerCheckWorkspace(context, () => client);

  context.subscriptions.push(
    // Settings that name files (unres.catalogue) are ignored until the workspace is trusted; restart the
    // server so that it reads them once the user trusts the folder.
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      await client?.restart();
    }),
  );
  registerInterchange(context, () => client);
  registerVersions(context, () => client);
  await client.start();
}

function reportRenumber(response: RenumberResponse | null | undefined): void {
  // The server answers without an edit count when the file is not one it analyses.
  if (!response || (!response.applied && response.edits === undefined)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This file does not read as a resolution, so there is nothing to renumber.'));
    return;
  }
  const problems = response.problems ?? [];
  if (!response.applied) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The draft changed while it was being renumbered. Nothing was changed: run the command again.'));
  } else if ((response.edits ?? 0) === 0 && problems.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The operative paragraphs are already numbered in order.'));
  } else if ((response.edits ?? 0) > 0) {
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Renumbered: {0} numbers or references changed. Undo restores the previous numbering.', response.edits ?? 0), 8000);
  }
  if (problems.length > 0) {
    const first = problems[0]!.message;
    const message = problems.length === 1
      ? vscode.l10n.t('One reference needs your attention: {0}', first)
      : vscode.l10n.t('{0} references need your attention. The first: {1}', problems.length, first);
    void vscode.window.showWarningMessage(message);
  }
}

/**
 * Renumbering together: the paired versions that align with the renumbered one are offered the same
 * numbering (one more undoable edit each, applied by the server, closed versions included); the ones that
 * do not align are named with the reason and left alone.
 */
async function offerVersions(target: vscode.Uri, response: RenumberResponse, run: (command: string, args: unknown[]) => Promise<unknown>): Promise<void> {
  for (const n of response.notAligned ?? []) void vscode.window.showWarningMessage(n.reason);
  const versions = response.versions ?? [];
  if (versions.length === 0) return;
  const yes = vscode.l10n.t('Renumber the other versions too');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('The other language versions ({0}) can be renumbered the same way.', versions.map((v) => v.name).join(', ')),
    yes,
    vscode.l10n.t('Only this one'),
  );
  if (choice !== yes) return;
  const done = (await run(RENUMBER_VERSIONS, [target.toString()])) as RenumberVersionsResponse | null | undefined;
  for (const n of done?.notAligned ?? []) void vscode.window.showWarningMessage(n.reason);
  const applied = (done?.versions ?? []).filter((v) => v.applied);
  if (applied.length > 0) {
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Renumbered the same way: {0}. Undo in each restores its previous numbering.', applied.map((v) => v.name).join(', ')), 8000);
  }
  if ((done?.versions ?? []).some((v) => !v.applied)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('A version changed while it was being renumbered. It was left as it was: run the command again.'));
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
