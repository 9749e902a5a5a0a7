import * as vscode from 'vscode';

/** The command the server's "disable in the workspace / user settings" quick fixes name. */
export const DISABLE_RULE = 'unres.disableRule';

/**
 * Switches a rule off in the workspace or the user settings (`unres.rules`), keeping the other rules set
 * there, as the markdownlint extension does. The server re-checks the drafts when the setting changes.
 */
export function registerDisableRule(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(DISABLE_RULE, async (code: unknown, target: unknown) => {
      if (typeof code !== 'string' || code === '') return;
      const user = target === 'user' || !vscode.workspace.workspaceFolders?.length;
      const config = vscode.workspace.getConfiguration('unres');
      const inspected = config.inspect<Record<string, string>>('rules');
      const current = (user ? inspected?.globalValue : inspected?.workspaceValue) ?? {};
      await config.update('rules', { ...current, [code]: 'off' }, user ? vscode.ConfigurationTarget.Global : vscode.ConfigurationTarget.Workspace);
      void vscode.window.setStatusBarMessage(
        user ? vscode.l10n.t('{0} is off in your user settings.', code) : vscode.l10n.t('{0} is off in the workspace settings.', code),
        6000,
      );
    }),
  );
}
