import * as assert from 'node:assert/strict';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createResolutionService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { generateResolution } from '../bench/generate';
import { LspTestClient } from '../support/lspClient';
import { DRAFT_WITH_NUMBERING_GAP } from '../support/drafts';

/**
 * Requests no editor should send, sent on purpose to the bundled server over stdio: unknown documents,
 * positions past the end, malformed and missing parameters, changes out of order. Each gets an LSP error or
 * an empty answer, and the server keeps serving. A crash of the server process fails the test.
 */

const DRAFT = DRAFT_WITH_NUMBERING_GAP;

const UNKNOWN = 'file:///nowhere/unknown.unres';
const FAR = { line: 1_000_000, character: 1_000_000 };

/** Every request the server answers, with parameters that name `uri` and the position `at`. */
function requests(uri: string, at: { line: number; character: number }): [string, unknown][] {
  const textDocument = { uri };
  return [
    ['textDocument/semanticTokens/full', { textDocument }],
    ['textDocument/documentSymbol', { textDocument }],
    ['textDocument/foldingRange', { textDocument }],
    ['textDocument/hover', { textDocument, position: at }],
    ['textDocument/completion', { textDocument, position: at }],
    ['textDocument/codeAction', { textDocument, range: { start: at, end: at }, context: { diagnostics: [] } }],
    ['textDocument/codeAction', { textDocument, range: { start: { line: 0, character: 0 }, end: at }, context: { diagnostics: [], only: ['source.fixAll.unres'] } }],
    ['textDocument/documentLink', { textDocument }],
    ['workspace/executeCommand', { command: 'unres.renumber', arguments: [uri] }],
  ];
}

/** An empty answer of any of the shapes above. */
function isEmpty(result: unknown): boolean {
  if (result === null || result === undefined) return true;
  if (Array.isArray(result)) return result.length === 0;
  if (typeof result === 'object') {
    const r = result as Record<string, unknown>;
    if (Array.isArray(r.data)) return r.data.length === 0;
    if (Array.isArray(r.items)) return r.items.length === 0;
    if (r.applied === false) return true;
  }
  return false;
}

describe('language server robustness over stdio', () => {
  let client: LspTestClient;
  beforeEach(async () => {
    client = new LspTestClient();
    await client.initialize();
  });
  afterEach(async () => {
    const alive = client.process.exitCode === null && client.process.signalCode === null;
    await client.shutdown();
    assert.ok(alive, `the server died: ${client.stderr}`);
    assert.doesNotMatch(client.stderr, /Uncaught|Unhandled|FATAL|RangeError|TypeError/);
  });

  /** The server still opens, analyses and answers after whatever the test sent. */
  async function assertStillServing(): Promise<void> {
    const uri = `file:///alive-${Date.now()}-${Math.random()}.unres`;
    await client.open(uri, DRAFT);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    assert.ok(diagnostics.some((d) => d.code === 'operative-numbering'), JSON.stringify(diagnostics));
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0);
  }

  it('answers every request about an unknown document with an empty result', async () => {
    for (const [method, params] of requests(UNKNOWN, { line: 3, character: 2 })) {
      const result = await client.request(method, params);
      assert.ok(isEmpty(result), `${method}: ${JSON.stringify(result)}`);
    }
    await assertStillServing();
  });

  it('answers positions and ranges past the end, and negative ones, without failing', async () => {
    const uri = 'file:///past-the-end.unres';
    await client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 1);
    for (const at of [FAR, { line: 0, character: 1_000_000 }, { line: 7, character: 0 }, { line: -1, character: -5 }]) {
      for (const [method, params] of requests(uri, at)) {
        await client.request(method, params);
      }
    }
    // A range that ends before it starts.
    await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: FAR, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    await assertStillServing();
  });

  it('survives malformed and missing parameters', async () => {
    const uri = 'file:///malformed.unres';
    await client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 1);
    const malformed: [string, unknown][] = [];
    for (const [method] of requests(uri, FAR)) {
      malformed.push([method, {}], [method, null], [method, { textDocument: null }], [method, { textDocument: { uri: 42 } }]);
    }
    malformed.push(
      ['textDocument/hover', { textDocument: { uri }, position: 'here' }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: 'one', character: null } }],
      ['textDocument/completion', { textDocument: { uri }, position: { line: 1.5, character: Number.MAX_SAFE_INTEGER } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: null, context: null }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: {}, end: {} }, context: { only: 'quickfix' } }],
      ['workspace/executeCommand', { command: 'unres.renumber', arguments: [{ uri }] }],
      ['workspace/executeCommand', { command: 'unres.renumber' }],
      ['workspace/executeCommand', { command: 'rm -rf /', arguments: [uri] }],
    );
    for (const [method, params] of malformed) {
      try {
        await client.request(method, params);
      } catch (error) {
        // An LSP error response is a correct answer to a malformed request; a crash is not.
        assert.ok(error instanceof Error && typeof (error as { code?: unknown }).code === 'number', `${method}: ${String(error)}`);
      }
    }
    // Unknown methods get MethodNotFound; unknown notifications are ignored.
    await assert.rejects(client.request('unres/doesNotExist', {}), (error: { code?: number }) => error.code === -32601);
    await client.connection.sendNotification('unres/doesNotExist', { whatever: true });
    // Malformed notifications: an open without text, changes to unknown and closed documents, a change
    // with a range past the end, a close of a document never opened.
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///no-text.unres', languageId: 'unres', version: 1 } });
    await client.connection.sendNotification('textDocument/didOpen', null);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: UNKNOWN, version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: FAR, end: FAR }, text: '\n4. *Decides* also;' }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: null });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: UNKNOWN } });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await assertStillServing();
  });

  it('publishes only the latest version after a burst of changes, even out of order', async () => {
    const uri = 'file:///burst.unres';
    const published: PublishDiagnosticsParams[] = [];
    // Records every publication on its way into the client's map (replacing the client's notification
    // handler would stop its waiters from waking).
    const record = client.diagnostics.set.bind(client.diagnostics);
    client.diagnostics.set = (key: string, params: PublishDiagnosticsParams) => {
      published.push(params);
      return record(key, params);
    };
    await client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 1);
    // Type "2" over the "3" and more text, one character at a time, as fast as the pipe allows.
    let version = await client.change(uri, { start: { line: 6, character: 0 }, end: { line: 6, character: 1 } }, '2');
    for (const ch of ' and again') {
      version = await client.change(uri, { start: { line: 6, character: 44 }, end: { line: 6, character: 44 } }, ch);
    }
    const last = await client.diagnosticsFor(uri, version);
    assert.deepEqual(last.filter((d) => d.code === 'operative-numbering'), [], JSON.stringify(last));
    const versions = published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    // The same version may be published twice (settings arriving after the open republish it); an older
    // version after a newer one would be stale work reaching the editor.
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i]! >= versions[i - 1]!, `an older version published after a newer one: ${versions.join(', ')}`);
    assert.equal(versions[versions.length - 1], version);
    // A change with an older version number than the current one: the server must not crash, and what it
    // publishes describes the text it holds.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 1 },
      contentChanges: [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 1 } }, text: '5' }],
    });
    await assertStillServing();
  });

  it('on a large document, answers hover while analysing and never publishes a replaced version', async () => {
    client.configuration = { debounce: 0 };
    const uri = 'file:///large.unres';
    // Large enough for the rules to run one at a time with requests answered in between (server.ts).
    const text = generateResolution(600 * 1024, 'en', 11);
    const published: PublishDiagnosticsParams[] = [];
    const record = client.diagnostics.set.bind(client.diagnostics);
    client.diagnostics.set = (key: string, params: PublishDiagnosticsParams) => {
      published.push(params);
      return record(key, params);
    };
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1, 20000);
    let shadow = TextDocument.create(uri, 'unres', 1, text);
    const line = Math.floor(shadow.lineCount / 2);
    let version = 1;
    const hovers: Promise<unknown>[] = [];
    let removed = '';
    for (let i = 0; i < 12; i++) {
      // Removes the first character of the middle line (a paragraph number's digit) and puts it back, in
      // turn: consecutive versions have different diagnostics.
      const deleting = i % 2 === 0;
      const range = { start: { line, character: 0 }, end: { line, character: deleting ? 1 : 0 } };
      if (deleting) removed = shadow.getText(range);
      const newText = deleting ? '' : removed;
      shadow = TextDocument.update(shadow, [{ range, text: newText }], shadow.version + 1);
      version = await client.change(uri, range, newText);
      hovers.push(client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 3 } }));
    }
    // An odd number of changes leaves a paragraph number cut: the final diagnostics differ from the start.
    const range = { start: { line, character: 0 }, end: { line, character: 1 } };
    shadow = TextDocument.update(shadow, [{ range, text: '' }], shadow.version + 1);
    version = await client.change(uri, range, '');
    await Promise.all(hovers);
    const last = await client.diagnosticsFor(uri, version, 20000);
    const versions = published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i]! >= versions[i - 1]!, `an older version published after a newer one: ${versions.join(', ')}`);
    const expected = createResolutionService({ settings: DEFAULT_SETTINGS }).computeDiagnostics(TextDocument.create(uri, 'unres', version, shadow.getText()));
    assert.deepEqual(last.map((d) => [d.code, d.range]), expected.map((d) => [d.code, d.range]));
  });
});
