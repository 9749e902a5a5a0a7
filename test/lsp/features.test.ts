import * as assert from 'node:assert/strict';
import type {
  DocumentSymbol,
  FoldingRange,
  Hover,
  InitializeResult,
  MarkupContent,
  SemanticTokens,
} from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';

const DRAFT = [
  'The Security Council,',
  '',
  '*Recalling* its resolution 2331 (2016), and *stressing* the need',
  'to act without delay,',
  '',
  '1. *Condemns* all acts of trafficking;',
  '',
  '2. *Requests* the Secretary-General:',
  '',
  '(a) To report every month;',
  '',
  '(b) To consult the States;',
  '',
  '4. *Decides* to remain seized of the matter.',
  '',
].join('\n');

/** Protocol tests of the editor-facing features, against the bundled server over stdio. */
describe('language features over stdio', () => {
  let client: LspTestClient;
  let init: InitializeResult;
  const uri = 'file:///features.unres';

  beforeEach(async () => {
    client = new LspTestClient();
    init = await client.initialize();
    await client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 1);
  });
  afterEach(async () => {
    await client.shutdown();
  });

  it('returns semantic tokens whose types, read through the legend, mark the verbs and labels', async () => {
    const legend = init.capabilities.semanticTokensProvider?.legend;
    assert.ok(legend, 'the server declares a token legend');
    const result = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const lines = DRAFT.split('\n');
    const found: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < result.data.length; i += 5) {
      const [dl, dc, length, type] = result.data.slice(i, i + 4) as [number, number, number, number];
      line += dl;
      character = dl === 0 ? character + dc : dc;
      found.push(`${lines[line]!.slice(character, character + length)}=${legend.tokenTypes[type]}`);
    }
    assert.deepEqual(found, [
      'Recalling=preambularPhrase',
      'stressing=secondaryVerb',
      '1.=paragraphNumber',
      'Condemns=operativeVerb',
      '2.=paragraphNumber',
      'Requests=operativeVerb',
      '(a)=subparagraphLabel',
      '(b)=subparagraphLabel',
      '4.=paragraphNumber',
      'Decides=operativeVerb',
    ]);
  });

  it('returns the outline with nested subparagraphs', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['Preamble', 'Operative part']);
    const operative = symbols[1]!.children ?? [];
    assert.deepEqual(operative.map((s) => s.name), ['1. Condemns', '2. Requests', '4. Decides']);
    assert.deepEqual((operative[1]!.children ?? []).map((s) => s.name), ['(a) To report every month;', '(b) To consult the States;']);
  });

  it('returns folding ranges for the sections and the multi-line paragraphs', async () => {
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const pairs = ranges.map((r) => `${r.startLine}-${r.endLine}`);
    assert.deepEqual(pairs, ['0-3', '2-3', '5-13', '7-11']);
  });

  it('answers a hover on a leading verb with its kind and equivalents', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 6 } });
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /operative verb/);
    assert.match(value, /French: \*Condamne\*/);
    assert.deepEqual(hover.range, { start: { line: 5, character: 4 }, end: { line: 5, character: 12 } });
  });

  /** Changes the settings the client answers with, notifies the server, and waits for `accept` to hold. */
  const reconfigure = async <T>(configuration: Record<string, unknown>, accept: () => T | undefined | false, what: string): Promise<T> => {
    client.configuration = configuration;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    // Diagnostics published before the change may still be in flight: wait for the ones that reflect it.
    return client.waitFor(accept, 10000, what);
  };
  const codesOf = (target: string, code: string) => (client.diagnostics.get(target)?.diagnostics ?? []).filter((d) => d.code === code);

  it('reads rule severities through workspace/configuration and republishes when they change', async () => {
    const before = await client.diagnosticsFor(uri, 1);
    const numbering = before.filter((d) => d.code === 'operative-numbering');
    assert.ok(numbering.length > 0, `the gap 2 → 4 is reported: ${JSON.stringify(before)}`);
    assert.equal(numbering[0]!.severity, 1, 'numbering faults are errors by default');

    const hinted = await reconfigure(
      { rules: { 'operative-numbering': 'hint' } },
      () => {
        const found = codesOf(uri, 'operative-numbering');
        return found.length > 0 && found.every((d) => d.severity === 4) && found;
      },
      'operative-numbering diagnostics as hints',
    );
    assert.equal(hinted.length, numbering.length);

    await reconfigure({ rules: { 'operative-numbering': 'off' } }, () => codesOf(uri, 'operative-numbering').length === 0, 'operative-numbering gone');
    const off = client.diagnostics.get(uri)!.diagnostics;
    assert.ok(off.length > 0 || before.length === numbering.length, 'other rules still report');
    assert.equal(off.filter((d) => d.code === 'operative-numbering').length, 0);

    await reconfigure({}, () => codesOf(uri, 'operative-numbering').some((d) => d.severity === 1), 'operative-numbering back as an error');
  });

  it('stops checking Markdown drafts when unres.markdownDetection is off', async () => {
    const md = 'file:///draft.md';
    await client.open(md, DRAFT, 'markdown');
    assert.ok((await client.diagnosticsFor(md, 1)).length > 0, 'a Markdown resolution is checked');
    await reconfigure({ markdownDetection: false }, () => client.diagnostics.get(md)?.diagnostics.length === 0, 'Markdown diagnostics cleared');
    assert.ok((client.diagnostics.get(uri)?.diagnostics.length ?? 0) > 0, 'the .unres document is still checked');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: md } });
    assert.deepEqual(symbols, []);
  });

  it('shuts down cleanly on shutdown and exit', async () => {
    const exited = new Promise<number | null>((resolve) => client.process.once('exit', (code) => resolve(code)));
    await client.connection.sendRequest('shutdown');
    await client.connection.sendNotification('exit');
    assert.equal(await exited, 0);
  });
});

describe('language features in French over stdio', () => {
  it('localises the outline and the hover by the client locale', async () => {
    const client = new LspTestClient();
    try {
      await client.initialize({ locale: 'fr-CA' });
      const uri = 'file:///fr.unres';
      await client.open(uri, DRAFT);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(symbols.map((s) => s.name), ['Préambule', 'Dispositif']);
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } });
      assert.ok(hover);
      assert.match((hover.contents as MarkupContent).value, /formule du préambule/);
    } finally {
      await client.shutdown();
    }
  });
});
