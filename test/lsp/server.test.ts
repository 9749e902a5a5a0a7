import * as assert from 'node:assert/strict';
import { DRAFT_WITH_NUMBERING_GAP } from '../support/drafts';
import { LspTestClient } from '../support/lspClient';

const DRAFT = DRAFT_WITH_NUMBERING_GAP;

describe('language server over stdio', () => {
  let client: LspTestClient;
  beforeEach(async () => {
    client = new LspTestClient();
    await client.initialize();
  });
  afterEach(async () => {
    await client.shutdown();
  });

  it('publishes diagnostics on open and after an incremental change', async () => {
    const uri = 'file:///draft.unres';
    await client.open(uri, DRAFT);
    const first = await client.diagnosticsFor(uri, 1);
    const numbering = first.filter((d) => d.code === 'operative-numbering');
    assert.equal(numbering.length, 1, JSON.stringify(first));
    assert.deepEqual(numbering[0]!.range.start, { line: 6, character: 0 });
    const version = await client.change(uri, { start: { line: 6, character: 0 }, end: { line: 6, character: 1 } }, '2');
    const second = await client.diagnosticsFor(uri, version);
    assert.equal(second.filter((d) => d.code === 'operative-numbering').length, 0, JSON.stringify(second));
  });

  it('sends at most 1000 diagnostics for a pathological draft, then a note with the count of the rest', async () => {
    const uri = 'file:///many-faults.unres';
    const paragraphs = Array.from({ length: 1500 }, () => '*Decides* to act;');
    await client.open(uri, `The Security Council,\n\n1. *Decides* to act;\n\n${paragraphs.join('\n\n')}\n`);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    assert.equal(diagnostics.length, 1001);
    assert.match(String(diagnostics[1000]!.message), /more problems in this document are not shown/);
  });

  it('ignores a Markdown file that is not a resolution', async () => {
    const uri = 'file:///notes.md';
    await client.open(uri, '# Shopping list\n\n1. Eggs\n3. Milk\n', 'markdown');
    assert.deepEqual(await client.diagnosticsFor(uri, 1), []);
  });

  it('answers requests for unknown documents with empty results and keeps serving', async () => {
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere.unres' } });
    assert.deepEqual(symbols, []);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.unres' }, position: { line: 99, character: 99 } });
    assert.equal(hover, null);
    const uri = 'file:///still-alive.unres';
    await client.open(uri, DRAFT);
    assert.ok((await client.diagnosticsFor(uri, 1)).length > 0);
  });
});
