import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFixture } from '../support/fixtures';
import { FIXTURES, ROOT } from '../support/paths';
import { LspTestClient } from '../support/lspClient';

/** Three italic-lead warnings and nothing else (the rule's own fixture). */
const DRAFT = parseFixture(readFileSync(join(FIXTURES, 'rules', 'italic-lead', 'en-not-italic.md'), 'utf8')).text;

/** The configuration file as every editor meets it through the server: read, applied, watched, reported. */
describe('configuration file over stdio', () => {
  let dir: string;
  let client: LspTestClient;
  const configPath = (): string => join(dir, '.unres.json');
  const draftUri = (): string => pathToFileURL(join(dir, 'drafts', 'ga', 'a.md')).toString();
  const codes = (list: { code?: unknown; severity?: number }[]): string[] => list.map((d) => `${String(d.code)}:${d.severity}`);

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'unres-lsp-config-'));
    mkdirSync(join(dir, 'drafts', 'ga'), { recursive: true });
    client = new LspTestClient();
  });
  afterEach(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Waits until the document's published diagnostics read as `expected` (publications before the settings arrived are skipped). */
  const until = (uri: string, expected: string[]): Promise<unknown> =>
    client.waitFor(() => {
      const d = client.diagnostics.get(uri);
      return d && JSON.stringify(codes(d.diagnostics)) === JSON.stringify(expected);
    }, 10000, `${uri}: ${expected.join(' ')}\n${JSON.stringify(client.diagnostics.get(uri)?.diagnostics.map((d) => [d.code, d.severity]))}`);

  const start = async (configuration: Record<string, unknown> = {}, trusted = true): Promise<void> => {
    client.configuration = configuration;
    await client.initialize({
      rootUri: pathToFileURL(dir).toString(),
      initializationOptions: { trusted },
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
    });
  };

  it('applies the file found upward from the draft, with its overrides', async () => {
    writeFileSync(configPath(), '// team\n{ "rules": { "italic-lead": "error" }, "overrides": [{ "files": "drafts/sc/**", "rules": { "italic-lead": "off" } }] }');
    await start();
    await client.open(draftUri(), DRAFT, 'markdown');
    await until(draftUri(), ['italic-lead:1', 'italic-lead:1', 'italic-lead:1']);
    const sc = pathToFileURL(join(dir, 'drafts', 'sc', 'b.md')).toString();
    await client.open(sc, DRAFT, 'markdown');
    await until(sc, []);
  });

  it('is under the editor settings', async () => {
    writeFileSync(configPath(), '{ "rules": { "italic-lead": "error", "preamble-punctuation": "off" } }');
    await start({ rules: { 'italic-lead': 'hint' } });
    await client.open(draftUri(), DRAFT, 'markdown');
    await until(draftUri(), ['italic-lead:4', 'italic-lead:4', 'italic-lead:4']);
  });

  it('shows a malformed file as one diagnostic on the file, keeps the defaults, and clears it once corrected', async () => {
    writeFileSync(configPath(), '{ "rules": { "italic-lead": "off" ');
    await start();
    await client.open(draftUri(), DRAFT, 'markdown');
    await until(draftUri(), ['italic-lead:2', 'italic-lead:2', 'italic-lead:2']);
    const configUri = pathToFileURL(configPath()).toString();
    const problems = await client.diagnosticsFor(configUri);
    assert.equal(problems.length, 1);
    assert.match(String(problems[0]!.message), /cannot be read/);
    // The watcher was registered; the file is corrected and the client says so.
    assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));
    writeFileSync(configPath(), '{ "rules": { "italic-lead": "off" } }');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await until(draftUri(), []);
    await client.waitFor(() => client.diagnostics.get(configUri)?.diagnostics.length === 0, 5000, 'the problem cleared');
  });

  it('changing the file updates the open documents', async () => {
    await start();
    await client.open(draftUri(), DRAFT, 'markdown');
    await until(draftUri(), ['italic-lead:2', 'italic-lead:2', 'italic-lead:2']);
    writeFileSync(configPath(), '{ "rules": { "italic-lead": "off" } }');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configPath()).toString(), type: 1 }] });
    await until(draftUri(), []);
  });

  it('ignores "extends" in an untrusted workspace, and says so on the file', async () => {
    writeFileSync(join(dir, 'base.json'), '{ "rules": { "italic-lead": "off" } }');
    writeFileSync(configPath(), '{ "extends": "base.json" }');
    await start({}, false);
    await client.open(draftUri(), DRAFT, 'markdown');
    await until(draftUri(), ['italic-lead:2', 'italic-lead:2', 'italic-lead:2']);
    const problems = await client.diagnosticsFor(pathToFileURL(configPath()).toString());
    assert.match(String(problems[0]!.message), /not trusted/);
  });
});

/** The debounce adapts to the document: a draft analysed in a millisecond is not made to wait. */
describe('adaptive debounce over stdio', () => {
  it('publishes at once for a small draft, even with a long unres.debounce', async () => {
    const client = new LspTestClient();
    try {
      client.configuration = { debounce: 4000 };
      await client.initialize();
      const uri = 'file:///adaptive.unres';
      await client.open(uri, DRAFT);
      await client.diagnosticsFor(uri, 1);
      // Let the configuration arrive and the document be analysed with it (its time is then known).
      await new Promise((resolve) => setTimeout(resolve, 300));
      const start = Date.now();
      const version = await client.change(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ' ');
      await client.diagnosticsFor(uri, version, 3500);
      assert.ok(Date.now() - start < 2000, `published after ${Date.now() - start} ms, not after the 4000 ms debounce`);
    } finally {
      await client.shutdown();
    }
  });
});

/** One configuration file, three readers: the command line and the server over stdio report the same. */
describe('the CLI and the server agree on one configuration file', () => {
  it('gives the same diagnostics for a draft under .unres.json with overrides and a directive', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unres-agree-'));
    const client = new LspTestClient();
    try {
      mkdirSync(join(dir, 'ga'));
      const file = join(dir, 'ga', 'draft.md');
      writeFileSync(file, DRAFT.replace('1. Decides', '<!-- unres-disable-next-line italic-lead -->\n1. Decides'));
      writeFileSync(join(dir, '.unres.json'), '{ "rules": { "italic-lead": "error" }, "overrides": [{ "files": "ga/**", "rules": { "preamble-punctuation": "hint" } }] }');
      const cli = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
      const fromCli = (JSON.parse(cli.stdout) as { line: number; column: number; severity: string; code: string }[]).map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
      await client.initialize();
      const uri = pathToFileURL(file).toString();
      await client.open(uri, readFileSync(file, 'utf8'), 'markdown');
      const names = ['', 'error', 'warning', 'information', 'hint'];
      const fromServer = (): string[] => (client.diagnostics.get(uri)?.diagnostics ?? []).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${names[d.severity ?? 1]} ${String(d.code)}`);
      await client.waitFor(() => JSON.stringify(fromServer()) === JSON.stringify(fromCli), 10000, `the server to report ${fromCli.join(', ')} (has ${fromServer().join(', ')})`);
      assert.ok(fromCli.some((d) => d.endsWith('error italic-lead')), fromCli.join(', '));
      assert.equal(fromCli.filter((d) => d.endsWith('italic-lead')).length, 2, 'one of the three is silenced by the directive');
    } finally {
      await client.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
