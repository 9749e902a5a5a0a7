import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openFixture, rangeOf, summarize, waitForDiagnostics, waitForText } from './helpers';

/** An amendment sheet beside its draft in the workspace, in real VS Code. */
describe('amendment sheets in real VS Code', () => {
  it('shows a wrong target in the Problems panel; "Apply amendments" changes the draft and one undo takes it back', async () => {
    const { document: draft } = await openFixture('amend-draft.unres');
    const original = draft.getText();
    const editor = await openFixture('changes.amend.unres');
    const sheet = editor.document;
    // The Problems panel lists what vscode.languages.getDiagnostics holds; it is opened as a user would.
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const diagnostics = await waitForDiagnostics(sheet.uri, (ds) => ds.some((d) => codeOf(d) === 'amendment-target'), 'the amendment-target diagnostic of the sheet');
    assert.deepEqual(diagnostics.map(codeOf), ['amendment-target'], summarize(diagnostics));
    assert.equal(diagnostics[0]!.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostics[0]!.message, 'The draft has no operative paragraph 7: it has 3.');
    assert.ok(diagnostics[0]!.range.isEqual(rangeOf(sheet, 'operative paragraph 7')), summarize(diagnostics));

    // The delegate corrects the target: the error goes.
    await editor.edit((b) => b.replace(rangeOf(sheet, 'operative paragraph 7'), 'operative paragraph 2'));
    await waitForDiagnostics(sheet.uri, (ds) => ds.length === 0, 'no diagnostic once the target exists');

    const result = await vscode.commands.executeCommand<{ applied: boolean }>('unres.applyAmendments', sheet.uri);
    assert.equal(result?.applied, true);
    const expected = original.replace('without delay', 'promptly').replace(/2\. \*Requests\*[^\n]*\n\n/, '').replace('3. *Decides* to remain', '2. *Decides* to remain');
    await waitForText(draft, (text) => text === expected, 'the amended draft');
    await vscode.window.showTextDocument(draft);
    await vscode.commands.executeCommand('undo');
    await waitForText(draft, (text) => text === original, 'one undo to restore the draft');
    // Leave the sheet as found.
    await vscode.window.showTextDocument(sheet);
    await vscode.commands.executeCommand('undo');
    await waitForText(sheet, (text) => text.includes('operative paragraph 7'), 'the sheet restored');
  });
});
