import * as assert from 'node:assert/strict';
import { LspTestClient } from '../support/lspClient';

const DRAFT = ['The Security Council,', '', '*Recalling* its resolution 2331 (2016),', '', '1. *Condemns* all acts of trafficking;', '', '3. *Decides* to remain seized of the matter.', ''].join('\n');

/**
 * The requests behind the VS Code commands, against the bundled server over stdio: the server loads the
 * interchange bundle (dist/interchange.js) on the first of them and answers with the CLI's conversions.
 */
describe('Word, Akoma Ntoso and preview requests over stdio', () => {
  let client: LspTestClient;
  const uri = 'file:///interchange.unres';

  beforeEach(async () => {
    client = new LspTestClient();
    await client.initialize();
    await client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 1);
  });
  afterEach(async () => {
    await client.shutdown();
  });

  it('builds the preview page, marks the paragraph with an error, and follows an edit', async () => {
    const page = await client.request<{ html: string }>('unres/preview', { uri, nonce: 'n0nce' });
    assert.match(page.html, /script-src 'nonce-n0nce'/);
    assert.match(page.html, /<p class="operative has-error" data-line="6"><span class="num">3\.<\/span>/, 'paragraph 3 after paragraph 1 is a numbering error');
    const version = await client.change(uri, { start: { line: 6, character: 0 }, end: { line: 6, character: 1 } }, '2');
    await client.diagnosticsFor(uri, version);
    const update = await client.request<{ html: string }>('unres/preview', { uri });
    assert.match(update.html, /<p class="operative" data-line="6"><span class="num">2\.<\/span>/);
    assert.doesNotMatch(update.html, /has-error|<script/);
  });

  it('exports the open draft as Akoma Ntoso and as a Word document', async () => {
    const akn = await client.request<{ base64: string }>('unres/export', { uri, format: 'akn' });
    const xml = Buffer.from(akn.base64, 'base64').toString('utf8');
    assert.match(xml, /<container name="Recalling" eId="container_2">/);
    assert.match(xml, /<a href="https:\/\/undocs\.org\/en\/S\/RES\/2331\(2016\)">2331 \(2016\)<\/a>/);
    const docx = await client.request<{ base64: string }>('unres/export', { uri, format: 'docx' });
    assert.equal(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString(), 'PK');
  });

  it('imports a Word document, and says in one line why a file is not one', async () => {
    const docx = await client.request<{ base64: string }>('unres/export', { uri, format: 'docx' });
    const back = await client.request<{ markdown: string }>('unres/importWord', { base64: docx.base64 });
    assert.match(back.markdown, /^1\. \*Condemns\* all acts of trafficking;$/m);
    const bad = await client.request<{ error: string; markdown?: string }>('unres/importWord', { base64: Buffer.from('not a document').toString('base64') });
    assert.equal(bad.markdown, undefined);
    assert.match(bad.error, /not a Word document/);
  });
});
