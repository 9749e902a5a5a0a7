import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';

const MISNUMBERED = `The Security Council,

*Recalling* paragraph 2 of resolution 660 (1990),

1. *Decides* that all States shall prevent:

(a) The import of all commodities;

(c) The sale of arms;

3. *Requests* the Committee to monitor the measures in paragraph 1 (c) above;

4. *Calls upon* all States to apply paragraph 3 above;

6. *Decides* to remain seized of the matter.
`;

const RENUMBERED = MISNUMBERED.replace('(c) The sale', '(b) The sale')
  .replace('3. *Requests*', '2. *Requests*')
  .replace('paragraph 1 (c) above', 'paragraph 1 (b) above')
  .replace('4. *Calls upon*', '3. *Calls upon*')
  .replace('paragraph 3 above', 'paragraph 2 above')
  .replace('6. *Decides*', '4. *Decides*');

const FAULTY = 'The Security Council\n\nRecalling its resolution 2331 (2016).\n\n1. *Decides* to act,\n\n2. *Decides* to remain seized of the matter;\n';
const FIXED = 'The Security Council,\n\n*Recalling* its resolution 2331 (2016),\n\n1. *Decides* to act;\n\n2. *Decides* to remain seized of the matter.\n';

describe('editing over stdio', () => {
  let client: LspTestClient;
  beforeEach(async () => {
    client = new LspTestClient();
    await client.initialize();
  });
  afterEach(async () => {
    await client.shutdown();
  });

  it('unres.renumber sends one versioned workspace/applyEdit with minimal edits', async () => {
    const uri = 'file:///renumber.unres';
    await client.open(uri, MISNUMBERED);
    await client.diagnosticsFor(uri, 1);
    const result = await client.request<{ applied: boolean; edits: number; problems: unknown[] }>('workspace/executeCommand', {
      command: 'unres.renumber',
      arguments: [uri],
    });
    // No paired language version: nothing to offer.
    assert.deepEqual(result, { applied: true, edits: 6, problems: [], versions: [], notAligned: [] });
    assert.equal(client.appliedEdits.length, 1, 'one edit: one undo step');
    const change = client.appliedEdits[0]!.edit.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    const edits = change.edits as TextEdit[];
    assert.ok(edits.every((e) => e.range.start.line === e.range.end.line && e.range.end.character - e.range.start.character === 1), JSON.stringify(edits));
    const document = TextDocument.create(uri, 'unres', 1, MISNUMBERED);
    const renumbered = TextDocument.applyEdits(document, edits);
    assert.equal(renumbered, RENUMBERED);

    // The client applies it; the next diagnostics have no numbering or reference error, and a second run
    // finds nothing to change.
    const end = document.positionAt(MISNUMBERED.length);
    const version = await client.change(uri, { start: { line: 0, character: 0 }, end }, renumbered);
    const diagnostics = await client.diagnosticsFor(uri, version);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'operative-numbering' || d.code === 'cross-reference'), []);
    const again = await client.request<{ applied: boolean; edits: number }>('workspace/executeCommand', { command: 'unres.renumber', arguments: [uri] });
    assert.equal(again.edits, 0);
    assert.equal(client.appliedEdits.length, 1);
  });

  it('offers the renumber command as a quick fix on a numbering diagnostic', async () => {
    const uri = 'file:///quickfix.unres';
    await client.open(uri, MISNUMBERED);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const numbering = diagnostics.find((d) => d.code === 'operative-numbering');
    assert.ok(numbering, JSON.stringify(diagnostics));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: numbering.range,
      context: { diagnostics: [numbering], only: ['quickfix'] },
    });
    const renumber = actions.find((a) => a.command?.command === 'unres.renumber');
    assert.ok(renumber, JSON.stringify(actions));
    assert.deepEqual(renumber.command!.arguments, [uri]);
    // The diagnostic is attached exactly as published, so the editor links the fix to the problem.
    assert.deepEqual(renumber.diagnostics, [numbering]);
  });

  it('source.fixAll.unres returns one action whose edit applies every safe fix', async () => {
    const uri = 'file:///fixall.unres';
    await client.open(uri, FAULTY);
    assert.ok((await client.diagnosticsFor(uri, 1)).length >= 5);
    const document = TextDocument.create(uri, 'unres', 1, FAULTY);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: document.positionAt(FAULTY.length) },
      context: { diagnostics: [], only: ['source.fixAll.unres'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, 'source.fixAll.unres');
    const fixed = TextDocument.applyEdits(document, actions[0]!.edit!.changes![uri]!);
    assert.equal(fixed, FIXED);
    const version = await client.change(uri, { start: { line: 0, character: 0 }, end: document.positionAt(FAULTY.length) }, fixed);
    assert.deepEqual(await client.diagnosticsFor(uri, version), []);
  });
});
