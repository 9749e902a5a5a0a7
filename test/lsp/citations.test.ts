import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompletionList, DocumentLink, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';

const DRAFT = [
  'Conseil de sécurité',
  '',
  'Résolution 2388 (2017)',
  '',
  'Adoptée par le Conseil de sécurité à sa 8111^e séance, le 21 novembre 2017',
  '',
  'Le Conseil de sécurité,',
  '',
  '*Rappelant* la déclaration 2015/25 de son Président et sa résolution [2331 \\(2016\\)](#),',
  '',
  '*Prenant note* du rapport S/2017/939 et de la résolution 70/1 de l’Assemblée générale,',
  '',
  '1. *Décide* de rester saisi de la question, compte tenu de la résolution 2400 (2018).',
  '',
].join('\n');

const SUBJECT = 'on trafficking in persons in conflict situations';

/** Positions in DRAFT: the line of `needle` and a character inside it. */
function at(needle: string, delta = 1): { line: number; character: number } {
  const lines = DRAFT.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return { line, character: lines[line]!.indexOf(needle) + delta };
}

/** Citations over stdio, as an editor asks for them: hover, document links, completion, the catalogue. */
describe('citations over stdio', () => {
  let dir: string;
  let catalogue: string;
  let client: LspTestClient;
  const uri = 'file:///draft-2388.unres';

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'unres-lsp-catalogue-'));
    catalogue = join(dir, 'resolutions.tsv');
    writeFileSync(catalogue, `number\tdate\ttitle\n2331\t2016-12-20\t${SUBJECT}\n2332\t2016-12-21\ton Syria\n2388\t2017-11-21\ton trafficking in persons in armed conflict\n`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(async () => {
    await client.shutdown();
  });

  const start = async (initializationOptions: Record<string, unknown>, configuration: Record<string, unknown> = {}) => {
    client = new LspTestClient();
    client.configuration = configuration;
    await client.initialize({ initializationOptions, locale: 'fr' });
    await client.open(uri, DRAFT);
    return client.diagnosticsFor(uri, 1);
  };
  const hover = async (needle: string): Promise<string> => {
    const result = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at(needle) });
    return result ? (result.contents as MarkupContent).value : '';
  };
  /** The catalogue is read off the request path; hovers show it once the server has installed it. */
  const hoverOnceLoaded = async (needle: string): Promise<string> => {
    const deadline = Date.now() + 10000;
    let value = await hover(needle);
    while (!value.includes(SUBJECT) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      value = await hover(needle);
    }
    return value;
  };

  it('reports the citation errors, and hovers, links and completes citations with the built-in facts', async () => {
    const diagnostics = await start({ trusted: true });
    const citations = diagnostics.filter((d) => String(d.code).startsWith('citation'));
    assert.deepEqual(citations.map((d) => `${d.range.start.line}:${d.range.start.character}:${d.code}`), [`${at('2400').line}:${at('2400', 0).character}:citation-future`]);

    const value = await hover('2331');
    assert.match(value, /Résolution 2331 \(2016\) du Conseil de sécurité/);
    assert.match(value, /Adoptée en 2016/);
    assert.ok(value.includes('https://undocs.org/S/RES/2331(2016)'), value);
    assert.equal(await hover('2015/25'), '', 'la déclaration 2015/25 is not a citation');

    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.deepEqual(links.map((l) => l.target), [
      'https://undocs.org/S/RES/2388(2017)',
      'https://undocs.org/S/RES/2331(2016)',
      'https://undocs.org/S/2017/939',
      'https://undocs.org/A/RES/70/1',
      'https://undocs.org/S/RES/2400(2018)',
    ]);
    assert.deepEqual(links[1]!.range, { start: at('2331', 0), end: { line: at('2331').line, character: at('2331', 0).character + '2331 \\(2016\\)'.length } });

    const line = DRAFT.split('\n')[at('2400').line]!;
    const position = { line: at('2400').line, character: line.indexOf('2400') + 4 };
    const completion = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position });
    assert.deepEqual(completion.items.map((i) => i.label), ['2400 (2018)']);
  });

  it('uses the catalogue named in initializationOptions: date and subject in hovers, its resolutions in completion', async () => {
    await start({ trusted: true, catalogue });
    const value = await hoverOnceLoaded('2331');
    assert.match(value, /Adoptée le 20 décembre 2016 — on trafficking in persons in conflict situations/);
    const line = DRAFT.split('\n')[at('2400').line]!;
    const position = { line: at('2400').line, character: line.indexOf('2400') + 2 };
    const completion = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position });
    assert.equal(completion.isIncomplete, true);
    // Typed "24": the built-in facts give 24 (1947); the catalogue has no resolution starting with 24.
    assert.deepEqual(completion.items.map((i) => i.label), ['24 (1947)']);
    const afterKeyword = { line: at('2400').line, character: line.indexOf('2400') };
    const all = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: afterKeyword });
    assert.deepEqual(all.items.map((i) => i.label), ['2388 (2017)', '2332 (2016)', '2331 (2016)']);
    assert.equal(all.items[2]!.documentation, SUBJECT);
  });

  it('uses the catalogue named in the unres.catalogue setting (workspace/configuration)', async () => {
    await start({ trusted: true }, { catalogue });
    assert.match(await hoverOnceLoaded('2331'), new RegExp(SUBJECT));
  });

  it('ignores the catalogue setting in an untrusted workspace', async () => {
    await start({ trusted: false, catalogue }, { catalogue });
    // A settings change makes the server read its settings again; the refusal must hold then too.
    client.diagnostics.delete(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { unres: { catalogue } } });
    await client.diagnosticsFor(uri);
    const value = await hover('2331');
    assert.match(value, /Adoptée en 2016/);
    assert.ok(!value.includes(SUBJECT), value);
  });

  it('reports a missing catalogue once, as a warning, and keeps the built-in facts', async () => {
    const messages: { type: number; message: string }[] = [];
    client = new LspTestClient();
    client.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      messages.push(params);
    });
    const missing = join(dir, 'missing.tsv');
    client.configuration = { catalogue: missing };
    await client.initialize({ initializationOptions: { trusted: true }, locale: 'en' });
    await client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 1);
    await client.waitFor(() => messages.length > 0, 10000, 'the catalogue warning');
    for (let i = 0; i < 2; i++) {
      client.diagnostics.delete(uri);
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { unres: { catalogue: missing } } });
      await client.diagnosticsFor(uri);
    }
    assert.deepEqual(messages, [{ type: 2, message: 'The citation catalogue "missing.tsv" could not be read (no such file). Citations are still checked with the built-in facts.' }]);
    assert.match(await hover('2331'), /Adopted in 2016/);
  });
});
