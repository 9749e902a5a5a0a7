import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, fixtureUri, openFixture, summarize, waitFor, waitForDiagnostics, waitForText } from './helpers';

/**
 * Language versions in real VS Code: two versions paired by their file names (versions.en.unres and
 * versions.fr.unres) that cite different resolutions in their first preambular paragraph. The divergence is
 * in the Problems panel of both, and "Go to the Same Paragraph in the Other Version" lands on the same
 * operative paragraph of the other version.
 */
describe('language versions in real VS Code', () => {
  const alignment = (ds: readonly vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === 'version-alignment');

  it('shows a citation that differs between the versions in the Problems panel of both, at the paragraph concerned', async () => {
    const english = (await openFixture('versions.en.unres')).document;
    const french = (await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri('versions.fr.unres')), { viewColumn: vscode.ViewColumn.Beside, preview: false })).document;
    for (const [document, cited] of [[english, '2331 (2016)'], [french, '2388 (2017)']] as const) {
      const found = alignment(await waitForDiagnostics(document.uri, (ds) => alignment(ds).length > 0, `the version-alignment diagnostic of ${document.fileName}`));
      assert.equal(found.length, 1, summarize(found));
      const d = found[0]!;
      assert.equal(d.range.start.line, 2, `on the first preambular paragraph: ${summarize(found)}`);
      assert.equal(document.getText(d.range), cited);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(d.message, document === english ? /French version/ : /version anglaise|English version/);
    }
  });

  it('"Go to the Same Paragraph in the Other Version" opens the counterpart at the same operative paragraph', async () => {
    const editor = await openFixture('versions.en.unres');
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('2. '));
    editor.selection = new vscode.Selection(line, 10, line, 10);
    await vscode.commands.executeCommand('unres.goToCounterpart');
    const landed = await waitFor(
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.uri.toString() === fixtureUri('versions.fr.unres').toString() && active;
      },
      'the French version to become the active editor',
      [vscode.window.onDidChangeActiveTextEditor],
    );
    const text = landed.document.lineAt(landed.selection.active.line).text;
    assert.match(text, /^2\. \*Prie\*/, `landed on: ${text}`);
  });

  it('renumbers the closed French version the same way as the English one, as one more undoable edit', async () => {
    const editor = await openFixture('versions-gap.en.unres');
    const english = editor.document;
    const frenchUri = fixtureUri('versions-gap.fr.unres');
    assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === frenchUri.toString()), 'the French version is not open in an editor');
    const original = english.getText();
    await vscode.commands.executeCommand('unres.renumber', english.uri);
    await waitForText(english, (text) => text !== original, 'unres.renumber to edit the English version');
    assert.match(english.getText(), /^2\. \*Requests\*.*paragraph 1 above;$/m);
    assert.match(english.getText(), /^3\. \*Decides\*.*paragraph 2 above\.$/m);
    // What the "Renumber the other versions too" button runs.
    const done = (await vscode.commands.executeCommand('unres.renumberVersions', english.uri.toString())) as { versions: { name: string; applied: boolean }[] };
    assert.deepEqual(done.versions.map((v) => [v.name, v.applied]), [['versions-gap.fr.unres', true]]);
    const french = await vscode.workspace.openTextDocument(frenchUri);
    const renumbered = await waitForText(french, (text) => /^2\. \*Prie\*/m.test(text), 'the French version renumbered');
    assert.match(renumbered, /^3\. \*Décide\*.*au paragraphe 2 ci-dessus\.$/m);
    assert.match(renumbered, /du paragraphe 1 ci-dessus ;$/m);
    // One undo in the French version restores its numbering; the English one keeps its own.
    await vscode.window.showTextDocument(french);
    await vscode.commands.executeCommand('undo');
    await waitForText(french, (text) => /^3\. \*Prie\*/m.test(text), 'undo to restore the French numbering');
    assert.match(english.getText(), /^2\. \*Requests\*/m);
    for (const d of [french, english]) {
      await vscode.window.showTextDocument(d);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
