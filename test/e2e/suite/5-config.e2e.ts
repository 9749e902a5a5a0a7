import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, fixtureUri, openFixture, summarize, waitFor, waitForDiagnostics } from './helpers';

/**
 * The configuration file in real VS Code: written into the workspace, it changes the open draft's
 * diagnostics (the server watches it); removed, the defaults return. And "Check all drafts in the
 * workspace" fills the Problems panel for a draft that is not open.
 */
describe('configuration file and workspace check in real VS Code', () => {
  const config = fixtureUri('.unres.json');
  const unopened = fixtureUri('unopened-draft.unres');
  const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const italic = (ds: readonly vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === 'italic-lead');

  after(async () => {
    for (const uri of [config, unopened]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('one .unres.json changes the diagnostics of the open draft, and removing it restores the defaults', async () => {
    const { document } = await openFixture('draft.unres');
    const before = await waitForDiagnostics(document.uri, (ds) => italic(ds).length > 0, 'the italic-lead diagnostics');
    assert.ok(italic(before).every((d) => d.severity === vscode.DiagnosticSeverity.Warning), summarize(before));

    await write(config, '// team settings\n{ "rules": { "italic-lead": "error", "operative-numbering": "off" } }\n');
    const raised = await waitForDiagnostics(
      document.uri,
      (ds) => italic(ds).length > 0 && italic(ds).every((d) => d.severity === vscode.DiagnosticSeverity.Error) && !ds.some((d) => codeOf(d) === 'operative-numbering'),
      'italic-lead raised to an error and operative-numbering off by the configuration file',
    );
    assert.equal(italic(raised).length, italic(before).length);

    await vscode.workspace.fs.delete(config);
    await waitForDiagnostics(document.uri, (ds) => italic(ds).length > 0 && italic(ds).every((d) => d.severity === vscode.DiagnosticSeverity.Warning), 'the defaults to return');
  });

  it('"Check all drafts in the workspace" lists the problems of a draft that is not open', async () => {
    await write(unopened, 'The Security Council,\n\nRecalling its resolution 2331 (2016),\n\n2. *Decides* to remain seized of the matter.\n');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'the draft is not open');
    const result = (await vscode.commands.executeCommand('unres.checkWorkspace')) as { checked: number; withProblems: number } | undefined;
    assert.ok(result && result.checked >= 1, JSON.stringify(result));
    const found = await waitFor(() => {
      const ds = vscode.languages.getDiagnostics(unopened);
      return ds.some((d) => codeOf(d) === 'operative-numbering') && ds;
    }, 'the unopened draft in the Problems panel', [vscode.languages.onDidChangeDiagnostics]);
    assert.ok(found.some((d) => codeOf(d) === 'italic-lead'), summarize(found));
  });
});
