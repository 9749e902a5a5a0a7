import * as assert from 'node:assert/strict';
import type { Hover, Location, MarkupContent, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient } from '../support/lspClient';

const DRAFT = [
  '*The General Assembly*,',
  '',
  '*Recalling* its resolution 70/1,',
  '',
  '1. *Decides* to act without delay;',
  '',
  '2. *Requests* the Secretary-General to report on the implementation of paragraph 3 below;',
  '',
  '3. *Decides* to remain seized of the matter.',
  '',
].join('\n');

const SHEET = ['Amendments to: draft.unres', '', '1. Delete operative paragraph 7.', '', '2. In operative paragraph 1, replace “without delay” with “promptly”.', ''].join('\n');

/** An amendment sheet open beside its draft, over stdio as an editor sees it. */
describe('amendment sheets over stdio', () => {
  let client: LspTestClient;
  const base = 'file:///drafts/ws/draft.unres';
  const sheet = 'file:///drafts/ws/changes.amend.unres';

  beforeEach(async () => {
    client = new LspTestClient();
    await client.initialize();
    await client.open(base, DRAFT);
    await client.open(sheet, SHEET);
  });
  afterEach(() => client.shutdown());

  it('reports a wrong target at the operation, hovers the target’s text and goes to it in the draft', async () => {
    const diagnostics = await client.diagnosticsFor(sheet, 1);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.character, d.message]),
      [['amendment-target', 1, 2, 10, 31, 'The draft has no operative paragraph 7: it has 3.']],
    );
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: sheet }, position: { line: 4, character: 12 } });
    assert.match((hover.contents as MarkupContent).value, /^\*\*operative paragraph 1\*\* \(draft\.unres:5\)\n\n> 1\. \\\*Decides\\\* to act without delay;$/);
    const definition = await client.request<Location>('textDocument/definition', { textDocument: { uri: sheet }, position: { line: 4, character: 40 } });
    assert.deepEqual(definition, { uri: base, range: { start: { line: 4, character: 20 }, end: { line: 4, character: 33 } } });
  });

  it('checks the sheet again when its draft changes', async () => {
    await client.diagnosticsFor(sheet, 1);
    // Four more operative paragraphs: paragraph 7 now exists.
    const more = '\n4. *Decides* a;\n\n5. *Decides* b;\n\n6. *Decides* c;\n\n7. *Decides* d.\n';
    await client.change(base, { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, more);
    await client.waitFor(() => client.diagnostics.get(sheet)?.diagnostics.length === 0, 10000, 'the sheet re-checked without findings');
  });

  it('applies the amendments to the draft as one edit; nothing when one is refused', async () => {
    await client.diagnosticsFor(sheet, 1);
    const refused = await client.request<{ applied: boolean; reports: { status: string; reason?: string }[] }>('unres/applyAmendments', { uri: sheet });
    assert.equal(refused.applied, false);
    assert.deepEqual(refused.reports.map((r) => r.status), ['refused', 'not-applied']);
    assert.equal(client.appliedEdits.length, 0);

    const applied = await client.request<{ applied: boolean; baseUri: string }>('unres/applyAmendments', { uri: sheet, partial: true });
    assert.equal(applied.applied, true);
    assert.equal(client.appliedEdits.length, 1);
    const change = client.appliedEdits[0]!.edit.documentChanges![0] as TextDocumentEdit;
    assert.equal(change.textDocument.uri, base);
    assert.equal(change.textDocument.version, 1);
    assert.equal(change.edits.length, 1);
    const after = TextDocument.applyEdits(TextDocument.create(base, 'unres', 1, DRAFT), change.edits as { range: (typeof change.edits)[0]['range']; newText: string }[]);
    assert.equal(after, DRAFT.replace('without delay', 'promptly'));
  });
});
