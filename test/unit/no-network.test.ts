import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { parseFixture } from '../support/fixtures';
import { LspTestClient } from '../support/lspClient';
import { FIXTURES, ROOT } from '../support/paths';

/**
 * No network, no execution: the bundled server and CLI run with a preload module that makes every socket,
 * name lookup, child process and worker thread (but one of the CLI's own bundle) fail and records the attempt. They must analyse drafts,
 * answer every request and run every command without one record. And a setting that names a file (the
 * citation catalogue) is never read in an untrusted workspace, while it is read in a trusted one.
 */

const PRELOAD = join(ROOT, 'out', 'test', 'support', 'denyNetwork.js');
const SERVER = join(ROOT, 'dist', 'server.js');
const CLI = join(ROOT, 'dist', 'cli.js');

const DRAFT = [
  'Security Council',
  '',
  'Resolution 2388 (2017)',
  '',
  'The Security Council,',
  '',
  '*Recalling* its resolution 2331 (2016) and S/PRST/2015/25, and General Assembly resolution 70/1,',
  '',
  '1. *Condemns* all acts of trafficking, as in paragraph 3 below;',
  '',
  '3. *Decides* to remain seized of the matter.',
  '',
].join('\n');

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (/\.(md|unres)$/.test(name)) yield path;
  }
}

describe('no network, no execution', function () {
  this.timeout(30000);
  let dir: string;
  let log: string;
  const records = (): string[] => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter((l) => l.length > 0) : []);
  const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    ...process.env,
    NODE_OPTIONS: `--require "${PRELOAD}"`,
    UNRES_DENY_LOG: log,
    ...extra,
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'unres-no-network-'));
    log = join(dir, 'attempts.log');
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('the preload module does catch sockets, lookups and processes (so the tests below can fail)', () => {
    const script = [
      "for (const f of [() => require('net').connect(9, '127.0.0.1'), () => require('dgram').createSocket('udp4'),",
      "  () => require('dns').lookup('example.org', () => {}), () => require('child_process').spawn('true'),",
      "  () => require('child_process').execFileSync('true'), () => require('https').get('https://example.org')]) {",
      '  try { f(); } catch {}',
      '}',
    ].join('\n');
    const r = spawnSync(process.execPath, ['-e', script], { env: env(), encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      records().map((l) => l.split(' ')[1]),
      ['net.connect', 'dgram.createSocket', 'dns.lookup', 'child_process.spawn', 'child_process.execFileSync', 'https.get'],
    );
  });

  it('the language server opens no socket and starts no process while it works', async () => {
    const client = new LspTestClient(SERVER, env());
    try {
      await client.initialize({ initializationOptions: { trusted: true } });
      const uris: string[] = [];
      for (const file of [...walk(join(FIXTURES, 'rules'))].slice(0, 40)) {
        const uri = pathToFileURL(file).toString();
        uris.push(uri);
        await client.open(uri, parseFixture(readFileSync(file, 'utf8')).text);
      }
      const uri = 'file:///draft.unres';
      uris.push(uri);
      await client.open(uri, DRAFT);
      for (const u of uris) await client.diagnosticsFor(u, 1);
      const everywhere = [0, 4, 6, 8, 10].map((line) => ({ line, character: 14 }));
      for (const position of everywhere) {
        await client.request('textDocument/hover', { textDocument: { uri }, position });
        await client.request('textDocument/completion', { textDocument: { uri }, position });
      }
      for (const method of ['textDocument/semanticTokens/full', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/documentLink']) {
        await client.request(method, { textDocument: { uri } });
      }
      const range = { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } };
      await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
      await client.request('workspace/executeCommand', { command: 'unres.renumber', arguments: [uri] });
      const version = await client.change(uri, { start: { line: 10, character: 0 }, end: { line: 10, character: 1 } }, '2');
      await client.diagnosticsFor(uri, version);
    } finally {
      await client.shutdown();
    }
    assert.deepEqual(records(), []);
  });

  it('the CLI opens no socket and starts no process', () => {
    const files = [...walk(join(FIXTURES, 'rules'))].map((file, i) => {
      const copy = join(dir, `${i}.md`);
      writeFileSync(copy, parseFixture(readFileSync(file, 'utf8')).text);
      return copy;
    });
    const draft = join(dir, 'draft.md');
    writeFileSync(draft, DRAFT);
    for (const args of [['check', ...files], ['check', '--format', 'json', draft], ['outline', draft], ['rules'], ['--help']]) {
      const r = spawnSync(process.execPath, [CLI, ...args], { env: env(), encoding: 'utf8' });
      assert.ok(r.status === 0 || r.status === 1, `unres ${args[0]}: exit ${r.status} ${r.stderr}`);
    }
    assert.deepEqual(records(), []);
  });

  describe('a file-naming setting in an untrusted workspace', () => {
    const TITLE = 'Catalogue title used by the no-network test';

    /** Opens a draft in a workspace whose settings name a catalogue; returns the hover on "2331 (2016)". */
    async function hoverWithCatalogue(trusted: boolean): Promise<{ hover: string; reads: string[] }> {
      const workspace = join(dir, 'workspace');
      mkdirSync(workspace);
      writeFileSync(join(workspace, 'catalogue.tsv'), `number\tdate\ttitle\n2331\t2016-12-20\t${TITLE}\n`);
      const client = new LspTestClient(SERVER, env({ UNRES_WATCH_FILE: 'catalogue.tsv' }));
      client.configuration = { catalogue: 'catalogue.tsv', debounce: 0 };
      let refused = false;
      client.connection.onNotification('window/logMessage', (params: { message: string }) => {
        if (/catalogue.*not trusted/.test(params.message)) refused = true;
      });
      try {
        await client.connection.sendRequest('initialize', {
          processId: process.pid,
          rootUri: pathToFileURL(workspace).toString(),
          workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'workspace' }],
          capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } },
          initializationOptions: { trusted, catalogue: 'catalogue.tsv' },
        });
        await client.connection.sendNotification('initialized', {});
        const uri = pathToFileURL(join(workspace, 'draft.unres')).toString();
        await client.open(uri, DRAFT);
        await client.diagnosticsFor(uri, 1);
        const position = { line: 6, character: DRAFT.split('\n')[6]!.indexOf('2331') + 1 };
        const hoverText = async (): Promise<string> => {
          const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
          return hover ? ((hover.contents as MarkupContent).value ?? JSON.stringify(hover.contents)) : '';
        };
        let text = '';
        if (trusted) {
          // The catalogue is read once, after the settings arrive: ask again until its title shows (bounded).
          for (let waited = 0; waited < 5000 && !text.includes(TITLE); waited += 50) {
            text = await hoverText();
            if (!text.includes(TITLE)) await new Promise((resolve) => setTimeout(resolve, 50));
          }
        } else {
          // The server says in its log that it ignores the setting: after that, it has made its decision.
          // (Polled: the client's waitFor wakes on diagnostics and edits, not on log messages.)
          for (let waited = 0; !refused; waited += 20) {
            assert.ok(waited < 5000, 'the server never logged that it ignores the catalogue setting');
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          text = await hoverText();
        }
        return { hover: text, reads: records().filter((l) => l.startsWith('read ')) };
      } finally {
        await client.shutdown();
      }
    }

    it('is read in a trusted workspace (the control)', async () => {
      const { hover, reads } = await hoverWithCatalogue(true);
      assert.ok(hover.includes(TITLE), hover);
      assert.ok(reads.length > 0);
      assert.deepEqual(records().filter((l) => l.startsWith('denied ')), []);
    });

    it('is never read in an untrusted workspace', async () => {
      const { hover, reads } = await hoverWithCatalogue(false);
      assert.ok(hover.includes('2331'), `no hover on the citation: ${hover}`);
      assert.ok(!hover.includes(TITLE), hover);
      assert.deepEqual(reads, []);
      assert.deepEqual(records(), []);
    });
  });
});
