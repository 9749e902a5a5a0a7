import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const CHECK_WORKSPACE = 'unres.checkWorkspace';
const CHECK_FILES_REQUEST = 'unres/checkFiles';
/** Files per request: small enough that the server answers other requests between batches. */
const BATCH = 20;
/** A pause between batches, so that typing in an open draft stays responsive during a long check. */
const PAUSE_MS = 15;

interface CheckFilesResult {
  readonly checked: number;
  readonly withProblems: number;
}

/**
 * "Check all drafts in the workspace": lists the `.unres`, Markdown and text files (not what files.exclude,
 * search.exclude or node_modules hide), sends them to the server in batches with a progress notification
 * that can be cancelled, and says what it found. The server publishes the problems of each file, so the
 * Problems panel lists drafts that are not open.
 */
export function registerCheckWorkspace(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CHECK_WORKSPACE, async () => {
      const language = client();
      if (!language || !vscode.workspace.workspaceFolders?.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder to check the drafts in it.'));
        return undefined;
      }
      const files = await vscode.workspace.findFiles('**/*.{unres,md,markdown,txt}', '**/node_modules/**');
      const total = { checked: 0, withProblems: 0 };
      const cancelled = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the drafts of the workspace'), cancellable: true },
        async (progress, token) => {
          for (let i = 0; i < files.length; i += BATCH) {
            if (token.isCancellationRequested) return true;
            const uris = files.slice(i, i + BATCH).map((u) => u.toString());
            const result = await language.sendRequest<CheckFilesResult>(CHECK_FILES_REQUEST, { uris }, token);
            total.checked += result?.checked ?? 0;
            total.withProblems += result?.withProblems ?? 0;
            progress.report({ increment: (100 * uris.length) / Math.max(1, files.length), message: vscode.l10n.t('{0} of {1} files', Math.min(files.length, i + BATCH), files.length) });
            await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
          }
          return false;
        },
      );
      const summary = vscode.l10n.t('{0} drafts checked, {1} with problems (see the Problems panel).', total.checked, total.withProblems);
      void vscode.window.setStatusBarMessage(cancelled ? vscode.l10n.t('Check stopped: {0}', summary) : summary, 10000);
      return total;
    }),
  );
}
