import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openFixture, summarize, waitForDiagnostics } from './helpers';

describe('settings in real VS Code', () => {
  let document: vscode.TextDocument;
  const numbering = (ds: readonly vscode.Diagnostic[]) => ds.find((d) => codeOf(d) === 'operative-numbering');

  before(async () => {
    ({ document } = await openFixture('draft.unres'));
  });
  after(async () => {
    await vscode.workspace.getConfiguration('unres').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('follows a rule severity changed in the workspace settings', async () => {
    const before = await waitForDiagnostics(document.uri, (ds) => !!numbering(ds), 'the operative-numbering diagnostic');
    assert.equal(numbering(before)!.severity, vscode.DiagnosticSeverity.Error, 'operative-numbering is an error by default');

    const config = () => vscode.workspace.getConfiguration('unres');
    await config().update('rules', { 'operative-numbering': 'warning' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, (ds) => numbering(ds)?.severity === vscode.DiagnosticSeverity.Warning, 'operative-numbering to become a warning');

    await config().update('rules', { 'operative-numbering': 'off' }, vscode.ConfigurationTarget.Workspace);
    const off = await waitForDiagnostics(document.uri, (ds) => !numbering(ds), 'operative-numbering to be turned off');
    assert.ok(off.some((d) => codeOf(d) === 'italic-lead'), `turning one rule off keeps the others: ${summarize(off)}`);

    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, (ds) => numbering(ds)?.severity === vscode.DiagnosticSeverity.Error, 'the default severity to return');
  });
});
