import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { assertRange, codeOf, EXTENSION_ID, openFixture, rangeOf, summarize, waitFor, waitForDiagnostics } from './helpers';

/** Whether `inner` lies inside `outer` and is not empty: "the range covers the offending text only". */
function within(inner: vscode.Range, outer: vscode.Range): boolean {
  return !inner.isEmpty && outer.contains(inner);
}

describe('diagnostics in real VS Code', () => {
  it('runs the extension under test', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `extension ${EXTENSION_ID} is not loaded`);
  });

  it('reports the faults of a .unres draft, each on the offending text', async () => {
    const editor = await openFixture('draft.unres');
    const document = editor.document;
    assert.equal(document.languageId, 'unres');
    // Opening a .unres file is what activates the extension (activation event onLanguage:unres).
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await waitFor(() => extension.isActive, 'the extension to activate on a .unres file');
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (ds) => ds.some((d) => codeOf(d) === 'operative-numbering'),
      'the operative-numbering diagnostic of draft.unres',
    );
    const numbering = diagnostics.find((d) => codeOf(d) === 'operative-numbering')!;
    assert.equal(numbering.severity, vscode.DiagnosticSeverity.Error, summarize([numbering]));
    // "4." follows "2.": the number 4 is the offending text.
    const four = rangeOf(document, '4. *Requests*').start;
    assertRange(numbering.range, new vscode.Range(four, four.translate(0, 1)));
    const italic = diagnostics.find((d) => codeOf(d) === 'italic-lead');
    assert.ok(italic, `no italic-lead diagnostic on "2. Urges": ${summarize(diagnostics)}`);
    assert.equal(italic.severity, vscode.DiagnosticSeverity.Warning);
    assertRange(italic.range, rangeOf(document, 'Urges'));
    // The draft is well-formed apart from those two faults: nothing else may be reported.
    assert.deepEqual(diagnostics.map(codeOf).sort(), ['italic-lead', 'operative-numbering'], summarize(diagnostics));
  });

  it('recognises a Markdown draft as a resolution and reports its faults', async () => {
    const editor = await openFixture('projet.md');
    const document = editor.document;
    assert.equal(document.languageId, 'markdown');
    const expected = ['agreement', 'citation-year', 'operative-numbering'];
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (ds) => expected.every((code) => ds.some((d) => codeOf(d) === code)),
      `the ${expected.join(', ')} diagnostics of projet.md`,
    );
    const byCode = (code: string) => diagnostics.find((d) => codeOf(d) === code)!;

    const year = byCode('citation-year');
    assert.equal(year.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(within(year.range, rangeOf(document, '2331 (2017)')), summarize([year]));
    assert.match(year.message, /2016/, 'the message names the year resolution 2331 was adopted');

    const agreement = byCode('agreement');
    assert.equal(agreement.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(within(agreement.range, rangeOf(document, 'Consciente')), summarize([agreement]));

    const numbering = byCode('operative-numbering');
    assert.equal(numbering.severity, vscode.DiagnosticSeverity.Error);
    const duplicate = rangeOf(document, '2. *Décide*').start;
    assertRange(numbering.range, new vscode.Range(duplicate, duplicate.translate(0, 1)));

    assert.deepEqual(diagnostics.map(codeOf).sort(), expected, summarize(diagnostics));
  });
});
