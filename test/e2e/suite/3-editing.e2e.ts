import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openFixture, rangeOf, summarize, waitForDiagnostics, waitForText } from './helpers';

/** Undoes once in the active editor and waits for the text to be `expected` again. */
async function undoOnce(document: vscode.TextDocument, expected: string): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('undo');
  await waitForText(document, (text) => text === expected, 'one undo to restore the draft');
}

describe('edits through the VS Code API, each undone in one step', () => {
  let document: vscode.TextDocument;
  let original: string;
  before(async () => {
    ({ document } = await openFixture('draft.unres'));
    original = document.getText();
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'operative-numbering'), 'the server to analyse draft.unres');
  });
  afterEach(async () => {
    // Leave the fixture as found for the next test even when an assertion failed half-way.
    if (document.getText() !== original) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('applies the quick fix of italic-lead, and undo restores the draft', async () => {
    const diagnostics = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'italic-lead'), 'the italic-lead diagnostic on "Urges"');
    const diagnostic = diagnostics.find((d) => codeOf(d) === 'italic-lead')!;
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fixes = (actions ?? []).filter((a): a is vscode.CodeAction => 'kind' in a && !!a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind));
    // The requested range is exactly the italic-lead diagnostic's, so a quick fix there is for it; one that
    // names its diagnostics must name that one.
    const fix = fixes.find((a) => a.diagnostics?.some((d) => codeOf(d) === 'italic-lead')) ?? fixes.find((a) => !a.diagnostics?.length);
    const listing = (actions ?? []).map((a) => `${a.title} [${'kind' in a ? a.kind?.value : 'command'}; ${'diagnostics' in a ? (a.diagnostics ?? []).map(codeOf).join(',') : ''}]`);
    assert.ok(fix, `no quick fix for italic-lead; actions: ${listing.join(' | ') || '(none)'}`);
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix edit was refused');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    // Either italic marker is correct Markdown; nothing else on the line or in the draft may change.
    const fixed = await waitForText(document, (text) => text !== original, 'the quick fix to change the draft');
    assert.ok(
      fixed === original.replace('2. Urges', '2. *Urges*') || fixed === original.replace('2. Urges', '2. _Urges_'),
      `unexpected text after the quick fix, line 9: ${JSON.stringify(fixed.split('\n')[8])}`,
    );
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => codeOf(d) === 'italic-lead'), 'the italic-lead diagnostic to go away after the fix');
    await undoOnce(document, original);
  });

  it('runs unres.renumber: numbers and references change, and undo restores the draft', async () => {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('unres.renumber', document.uri);
    const expected = original
      .replace('\n4. *Requests*', '\n3. *Requests*')
      .replace('\n5. *Calls upon*', '\n4. *Calls upon*')
      .replace('paragraph 4 above', 'paragraph 3 above')
      .replace('\n6. *Decides*', '\n5. *Decides*');
    const renumbered = await waitForText(document, (text) => text !== original, 'unres.renumber to edit the draft');
    assert.equal(renumbered, expected);
    const after = await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => codeOf(d) === 'operative-numbering'), 'the numbering error to go away after renumbering');
    assert.ok(after.some((d) => codeOf(d) === 'italic-lead'), `renumbering must not touch the other faults: ${summarize(after)}`);
    assert.ok(rangeOf(document, '3. *Requests*'));
    await undoOnce(document, original);
  });
});
