import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/**
 * "Apply amendments" and "Compare with revision…": the server does the work (unres/applyAmendments applies
 * the sheet to its draft as one edit, so one undo takes it back; unres/compareRevisions returns a page);
 * this only picks the files and says what happened.
 */
interface OperationReport {
  readonly index?: number;
  readonly instruction: string;
  readonly status: 'applied' | 'refused' | 'not-applied' | 'checked';
  readonly reason?: string;
}

interface ApplyResult {
  readonly applied: boolean;
  readonly baseUri?: string;
  readonly reports: readonly OperationReport[];
  readonly reason?: string;
}

export function registerAmendmentCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('unres.applyAmendments', (uri?: vscode.Uri | string, partial?: boolean) => applyAmendments(client(), uri, partial === true)),
    vscode.commands.registerCommand('unres.compareRevision', (oldUri?: vscode.Uri, newUri?: vscode.Uri) => compareRevision(client(), oldUri, newUri)),
  );
}

async function applyAmendments(client: LanguageClient | undefined, uri: vscode.Uri | string | undefined, partial: boolean): Promise<ApplyResult | undefined> {
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : (uri ?? vscode.window.activeTextEditor?.document.uri);
  if (!client || !target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an amendment sheet to apply it to its draft.'));
    return undefined;
  }
  const result = await client.sendRequest<ApplyResult>('unres/applyAmendments', { uri: target.toString(), partial });
  if (result.reason === 'not-a-sheet') void vscode.window.showInformationMessage(vscode.l10n.t('This file is not an amendment sheet: its first line should name the draft, as in "Amendments to: draft.md".'));
  else if (result.reason === 'no-base') void vscode.window.showWarningMessage(vscode.l10n.t('The draft these amendments apply to was not found in the workspace.'));
  else if (result.applied) {
    const count = result.reports.filter((r) => r.status === 'applied').length;
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} amendments applied to the draft. Undo takes them all back.', count));
  } else {
    const refused = result.reports.filter((r) => r.status === 'refused');
    if (refused.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('These amendments change nothing in the draft.'));
      return result;
    }
    const first = refused[0]!;
    const others = vscode.l10n.t('Apply the others');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('Nothing was applied: {0} operation(s) refused. The first: {1}', refused.length, `${first.instruction} — ${first.reason ?? ''}`),
      others,
    );
    if (choice === others) return applyAmendments(client, target, true);
  }
  return result;
}

async function compareRevision(client: LanguageClient | undefined, oldUri: vscode.Uri | undefined, newUri: vscode.Uri | undefined): Promise<void> {
  const current = newUri ?? vscode.window.activeTextEditor?.document.uri;
  if (!client || !current) return;
  const picked = oldUri ?? (await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: vscode.l10n.t('Compare with this revision'), filters: { Drafts: ['md', 'unres', 'txt'] } }))?.[0];
  if (!picked) return;
  const result = await client.sendRequest<{ html?: string; reason?: string }>('unres/compareRevisions', { oldUri: picked.toString(), newUri: current.toString() });
  if (!result.html) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The revision could not be read: only files in the workspace, or open in the editor, are compared.'));
    return;
  }
  // The page has no script: the webview shows it with scripts off.
  const panel = vscode.window.createWebviewPanel('unres.comparison', vscode.l10n.t('Changes from {0}', picked.path.replace(/^.*\//, '')), vscode.ViewColumn.Beside, { enableScripts: false });
  panel.webview.html = result.html;
}
