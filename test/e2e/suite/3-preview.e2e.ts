import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openFixture, rangeOf, waitFor, waitForDiagnostics } from './helpers';

interface PreviewState {
  readonly uri: string;
  readonly updates: number;
  readonly body: string;
}

const previewOf = async (uri: vscode.Uri): Promise<PreviewState | undefined> =>
  (await vscode.commands.executeCommand<PreviewState[]>('unres.previewState')).find((p) => p.uri === uri.toString());

describe('the preview beside the draft', () => {
  let document: vscode.TextDocument;
  before(async () => {
    ({ document } = await openFixture('draft.unres'));
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'operative-numbering'), 'the server to analyse draft.unres');
  });
  after(async () => {
    const previews = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.label.startsWith('Preview '));
    await vscode.window.tabGroups.close(previews);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('opens to the side, in the UN layout, with the paragraph in error marked', async () => {
    await vscode.commands.executeCommand('unres.openPreview');
    const state = await waitFor(() => previewOf(document.uri), 'the preview to open');
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    const isPreview = (t: vscode.Tab): boolean => t.input instanceof vscode.TabInputWebview && (t.input.viewType.includes('unres.preview') || t.label === 'Preview draft.unres');
    // The tab model is updated a moment after the panel is created.
    const tab = await waitFor(() => tabs().find(isPreview), `a webview tab of the preview (tabs: ${tabs().map((t) => `${t.label} [${t.input instanceof vscode.TabInputWebview ? t.input.viewType : typeof t.input}]`).join(', ')})`, [vscode.window.tabGroups.onDidChangeTabs as vscode.Event<unknown>]);
    assert.notEqual(tab.group.viewColumn, vscode.window.activeTextEditor?.viewColumn, 'the preview is beside the editor');
    assert.match(state.body, /<p class="organ" data-line="0"><em>The Security Council<\/em>,<\/p>/);
    assert.match(state.body, /<span class="num">1\.<\/span><em>Condemns<\/em>/);
    // "4." after "2." is the numbering error: its paragraph is marked.
    const four = rangeOf(document, '4. *Requests*').start.line;
    assert.match(state.body, new RegExp(`class="operative has-error" data-line="${four}"><span class="num">4\\.</span>`));
  });

  it('follows an edit of the draft', async () => {
    const before = (await previewOf(document.uri))!;
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await editor.edit((e) => e.replace(rangeOf(document, '4. *Requests*').with({ end: rangeOf(document, '4. *Requests*').start.translate(0, 1) }), '3'));
    const after = await waitFor(async () => {
      const s = await previewOf(document.uri);
      return s && s.updates > before.updates && /<span class="num">3\.<\/span><em>Requests<\/em>/.test(s.body) ? s : undefined;
    }, 'the preview to show paragraph 3 after the edit');
    assert.doesNotMatch(after.body, /<span class="num">4\.<\/span><em>Requests<\/em>/);
  });
});
