import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';

/**
 * The thin client: starts the bundled server, forwards settings and commands. No analysis happens here.
 */
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'unres' },
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { language: 'plaintext', scheme: 'file' },
      { language: 'plaintext', scheme: 'untitled' },
    ],
    synchronize: { configurationSection: 'unres' },
    initializationOptions: { trusted: vscode.workspace.isTrusted },
  };
  client = new LanguageClient('unres', 'UN Resolutions', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('unres.renumber', async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target || !client) return;
      await client.sendRequest('workspace/executeCommand', { command: 'unres.renumber', arguments: [target.toString()] });
    }),
    // Settings that name files are ignored until the workspace is trusted; restart to pick them up.
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      if (!client) return;
      clientOptions.initializationOptions = { trusted: true };
      await client.restart();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
