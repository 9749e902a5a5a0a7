import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** The server's answer to `unres/counterpart`: where the same paragraph is in another language version. */
interface Counterpart {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  name: string;
}

const ask = async (client: LanguageClient | undefined, editor: vscode.TextEditor): Promise<Counterpart | null> => {
  if (!client) return null;
  return client.sendRequest<Counterpart | null>('unres/counterpart', {
    textDocument: { uri: editor.document.uri.toString() },
    position: editor.selection.active,
  });
};

/**
 * Language versions in VS Code: the command "Go to the same paragraph in the other version", and, behind
 * `unres.versions.followCursor`, the same paragraph highlighted in the other version's editor as the
 * cursor moves.
 */
export function registerVersions(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const highlight = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'),
  });
  let timer: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    highlight,
    vscode.commands.registerCommand('unres.goToCounterpart', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const target = await ask(client(), editor);
      if (!target) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This paragraph has no counterpart in another language version.'));
        return;
      }
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri));
      const position = new vscode.Position(target.range.start.line, target.range.start.character);
      const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.uri);
      await vscode.window.showTextDocument(document, {
        viewColumn: shown?.viewColumn ?? vscode.ViewColumn.Beside,
        selection: new vscode.Range(position, position),
      });
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (!vscode.workspace.getConfiguration('unres', e.textEditor.document.uri).get<boolean>('versions.followCursor', false)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void follow(e.textEditor), 150);
    }),
  );

  const follow = async (editor: vscode.TextEditor): Promise<void> => {
    const target = await ask(client(), editor).catch(() => null);
    if (!target) return;
    const other = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.uri);
    if (!other || other === editor) return;
    const line = new vscode.Range(target.range.start.line, 0, target.range.start.line, 0);
    other.setDecorations(highlight, [line]);
    other.revealRange(line, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
}
