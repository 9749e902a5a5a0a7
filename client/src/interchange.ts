import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/**
 * Word, Akoma Ntoso and the preview in VS Code. Thin: the server converts and builds the preview (the same
 * code as the CLI); the client only reads and writes files through VS Code and shows the result.
 */
const PREVIEW_REQUEST = 'unres/preview';
const EXPORT_REQUEST = 'unres/export';
const IMPORT_WORD_REQUEST = 'unres/importWord';

interface Converted {
  readonly base64?: string;
  readonly markdown?: string;
  readonly error?: string;
}

/** What the end-to-end suite reads of an open preview (a hidden command): how often it was redrawn, and what. */
interface PreviewState {
  readonly uri: string;
  readonly updates: number;
  readonly body: string;
}

export function registerInterchange(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const previews = new Map<string, Preview>();
  context.subscriptions.push(
    vscode.commands.registerCommand('unres.importWord', (uri?: vscode.Uri) => importWord(client(), uri)),
    vscode.commands.registerCommand('unres.exportWord', () => exportDocument(client(), 'docx')),
    vscode.commands.registerCommand('unres.exportAkn', () => exportDocument(client(), 'akn')),
    vscode.commands.registerCommand('unres.openPreview', async () => {
      const editor = vscode.window.activeTextEditor;
      const c = client();
      if (!editor || !c) return void vscode.window.showInformationMessage(vscode.l10n.t('Open a resolution draft to preview it.'));
      const key = editor.document.uri.toString();
      const open = previews.get(key);
      if (open) return open.panel.reveal(vscode.ViewColumn.Beside, true);
      const preview = await Preview.open(c, editor.document, () => previews.delete(key));
      if (preview) previews.set(key, preview);
    }),
    vscode.commands.registerCommand('unres.previewState', (): PreviewState[] => [...previews.values()].map((p) => p.state())),
  );
}

async function importWord(client: LanguageClient | undefined, given?: vscode.Uri): Promise<void> {
  const uri = given ?? (await vscode.window.showOpenDialog({ filters: { [vscode.l10n.t('Word documents')]: ['docx'] }, canSelectMany: false }))?.[0];
  if (!uri || !client) return;
  const bytes = await vscode.workspace.fs.readFile(uri);
  const result = await client.sendRequest<Converted>(IMPORT_WORD_REQUEST, { base64: Buffer.from(bytes).toString('base64') });
  if (result.markdown === undefined) return void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}', basename(uri), result.error ?? ''));
  // An unsaved draft beside the editor: nothing is written until the drafter saves it where they choose.
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
  await vscode.window.showTextDocument(document, vscode.ViewColumn.Beside);
}

async function exportDocument(client: LanguageClient | undefined, format: 'docx' | 'akn'): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !client) return void vscode.window.showInformationMessage(vscode.l10n.t('Open a resolution draft to export it.'));
  const extension = format === 'docx' ? 'docx' : 'xml';
  const suggested = document.uri.scheme === 'untitled' ? undefined : document.uri.with({ path: document.uri.path.replace(/(\.[^./]*)?$/, `.${extension}`) });
  const target = await vscode.window.showSaveDialog({
    ...(suggested ? { defaultUri: suggested } : {}),
    filters: format === 'docx' ? { [vscode.l10n.t('Word documents')]: ['docx'] } : { [vscode.l10n.t('Akoma Ntoso XML')]: ['xml'] },
  });
  if (!target) return;
  const result = await client.sendRequest<Converted>(EXPORT_REQUEST, { uri: document.uri.toString(), format });
  if (result.base64 === undefined) return void vscode.window.showErrorMessage(vscode.l10n.t('Cannot export the draft: {0}', result.error ?? ''));
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.base64, 'base64'));
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}.', basename(target)));
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** A preview beside its draft: redrawn after edits (briefly debounced) and scrolled with the editor. */
class Preview {
  private updates = 0;
  private body = '';
  private timer: NodeJS.Timeout | undefined;

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
    private readonly document: vscode.TextDocument,
  ) {}

  static async open(client: LanguageClient, document: vscode.TextDocument, onClose: () => void): Promise<Preview | undefined> {
    const nonce = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
    const page = await client.sendRequest<{ html: string } | null>(PREVIEW_REQUEST, { uri: document.uri.toString(), nonce });
    if (!page) return void vscode.window.showInformationMessage(vscode.l10n.t('This file does not read as a resolution, so there is nothing to preview.'));
    const title = vscode.l10n.t('Preview {0}', basename(document.uri));
    const panel = vscode.window.createWebviewPanel('unres.preview', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
    panel.webview.html = page.html;
    const preview = new Preview(panel, client, document);
    preview.body = page.html;
    const subscriptions = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === document) preview.scheduleUpdate();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document === document && e.visibleRanges[0]) void panel.webview.postMessage({ type: 'scroll', line: e.visibleRanges[0].start.line });
      }),
    ];
    panel.onDidDispose(() => {
      clearTimeout(preview.timer);
      for (const s of subscriptions) s.dispose();
      onClose();
    });
    return preview;
  }

  state(): PreviewState {
    return { uri: this.document.uri.toString(), updates: this.updates, body: this.body };
  }

  private scheduleUpdate(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), 150);
  }

  private async update(): Promise<void> {
    // The server's copy of the document follows the same edits; asking after them reads the new text.
    const answer = await this.client.sendRequest<{ html: string } | null>(PREVIEW_REQUEST, { uri: this.document.uri.toString() });
    if (!answer) return;
    this.body = answer.html;
    this.updates++;
    await this.panel.webview.postMessage({ type: 'update', body: answer.html });
  }
}
