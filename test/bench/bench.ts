/**
 * `npm run bench`: how fast the language service is, measured against markdownlint on the same documents
 * in the same run (a benchmark that prints figures, not a timed test that passes or fails).
 *
 *   node out/test/bench/bench.js [--quick] [--json] [--markdown] [--out FILE]
 *
 * --quick skips the 10 MB documents for the slow markdownlint figures and takes fewer samples; --json prints
 * only the JSON object; --markdown prints the table as Markdown (for docs/performance.md); --out writes the
 * JSON object to FILE too. Run it after a production build (`npm run bench` builds first).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { createResolutionService, type ResolutionService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { LspTestClient } from '../support/lspClient';
import { ROOT } from '../support/paths';
import { type BenchLanguage, generateResolution, generateVersions, plantDivergences } from './generate';

// ---------------------------------------------------------------------------------------------- statistics

interface Figure {
  /** Milliseconds (or MB / KB where the row says so). */
  readonly median: number;
  readonly p95: number;
  readonly samples: number;
}

function figure(values: readonly number[]): Figure {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  return { median: round(rank(0.5)), p95: round(rank(0.95)), samples: sorted.length };
}

function round(x: number): number {
  return x >= 100 ? Math.round(x) : x >= 10 ? Math.round(x * 10) / 10 : Math.round(x * 1000) / 1000;
}

function timeIt(iterations: number, warmup: number, run: (i: number) => void): Figure {
  for (let i = 0; i < warmup; i++) run(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    run(i);
    times.push(performance.now() - start);
  }
  return figure(times);
}

async function timeAsync(iterations: number, warmup: number, run: (i: number) => Promise<void>): Promise<Figure> {
  for (let i = 0; i < warmup; i++) await run(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  return figure(times);
}

// ---------------------------------------------------------------------------------------------- documents

interface BenchDocument {
  readonly name: string;
  readonly size: string;
  readonly language: BenchLanguage;
  readonly text: string;
  readonly bytes: number;
  /** The file written for the process measurements. */
  readonly file: string;
}

const SIZES: readonly { label: string; bytes: number; heavy: boolean }[] = [
  { label: '30 KB', bytes: 30 * 1024, heavy: false },
  { label: '1 MB', bytes: 1024 * 1024, heavy: false },
  { label: '10 MB', bytes: 10 * 1024 * 1024, heavy: true },
];
const LANGUAGES: readonly BenchLanguage[] = ['en', 'fr'];

/** Samples per measurement, by document size: enough for a stable median in a run of a few minutes. */
function samples(bytes: number, quick: boolean): { analysis: number; warmup: number; markdownlint: number; lsp: number; process: number } {
  const q = quick ? 0.4 : 1;
  if (bytes <= 64 * 1024) return { analysis: Math.ceil(300 * q), warmup: 50, markdownlint: Math.ceil(30 * q), lsp: Math.ceil(60 * q), process: Math.ceil(15 * q) };
  if (bytes <= 2 * 1024 * 1024) return { analysis: Math.ceil(40 * q), warmup: 5, markdownlint: Math.ceil(5 * q), lsp: Math.ceil(25 * q), process: Math.ceil(5 * q) };
  return { analysis: Math.ceil(10 * q), warmup: 2, markdownlint: 1, lsp: Math.ceil(8 * q), process: 1 };
}

// ---------------------------------------------------------------------------------------------- in process

/** What an editor asks for a new version: every rule (diagnostics), semantic tokens, outline, folding. */
function fullAnalysis(service: ResolutionService, document: TextDocument): void {
  service.computeDiagnostics(document);
  service.getSemanticTokens(document);
  service.getDocumentSymbols(document);
  service.getFoldingRanges(document);
}

function measureAnalysis(doc: BenchDocument, quick: boolean): { full: Figure; parse: Figure } {
  const n = samples(doc.bytes, quick);
  const service = createResolutionService({ settings: DEFAULT_SETTINGS });
  const uri = `file:///bench/${doc.name}.unres`;
  let version = 1;
  // A fresh document version each time, so nothing is served from the per-version cache.
  const full = timeIt(n.analysis, n.warmup, () => fullAnalysis(service, TextDocument.create(uri, 'unres', version++, doc.text)));
  const parse = timeIt(n.analysis, n.warmup, () => service.getModel(TextDocument.create(uri, 'unres', version++, doc.text)));
  return { full, parse };
}

/**
 * A one-character edit in the middle of the document (typed, then deleted on the next round, so the text
 * does not grow), applied incrementally as the LSP document manager does, then the full analysis again.
 * `hover` is the same edit followed by a hover only: what a user waits for while the rules have not run.
 */
function measureEdit(doc: BenchDocument, quick: boolean): { edit: Figure; hover: Figure } {
  const n = samples(doc.bytes, quick);
  const service = createResolutionService({ settings: DEFAULT_SETTINGS });
  let document = TextDocument.create(`file:///bench/${doc.name}-edit.unres`, 'unres', 1, doc.text);
  fullAnalysis(service, document);
  const middle = document.positionAt(Math.floor(doc.text.length / 2));
  const at: Position = { line: middle.line, character: 0 };
  let typed = false;
  const edit = (): void => {
    const range = typed ? { start: at, end: { line: at.line, character: 1 } } : { start: at, end: at };
    document = TextDocument.update(document, [{ range, text: typed ? '' : 'x' }], document.version + 1);
    typed = !typed;
  };
  const full = timeIt(n.analysis, n.warmup, () => {
    edit();
    fullAnalysis(service, document);
  });
  const hover = timeIt(n.analysis, n.warmup, () => {
    edit();
    service.getHover(document, { line: at.line, character: 4 });
  });
  return { edit: full, hover };
}

type Lint = (options: { strings: Record<string, string>; config: Record<string, unknown> }) => Record<string, unknown[]>;

/** markdownlint with every default rule and MD029 (ordered-list numbering) set to "ordered". */
const MARKDOWNLINT_CONFIG = { default: true, MD029: { style: 'ordered' } };

async function loadMarkdownlint(): Promise<Lint> {
  // markdownlint is an ES module; the dynamic import is kept as is in this CommonJS output.
  const module = (await import('markdownlint/sync')) as unknown as { lint: Lint };
  return module.lint;
}

function measureMarkdownlint(lint: Lint, doc: BenchDocument, quick: boolean): Figure {
  const n = samples(doc.bytes, quick);
  return timeIt(n.markdownlint, doc.bytes > 2 * 1024 * 1024 ? 0 : 2, () => {
    lint({ strings: { [doc.name]: doc.text }, config: MARKDOWNLINT_CONFIG });
  });
}

// ---------------------------------------------------------------------------------------------- processes

const NODE = process.execPath;
const SERVER = join(ROOT, 'dist', 'server.js');
const CLI = join(ROOT, 'dist', 'cli.js');
const MARKDOWNLINT_CLI2 = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

function timeProcess(iterations: number, args: readonly string[], cwd: string, okCodes: readonly number[]): Figure {
  return timeIt(iterations, 1, () => {
    // markdownlint-cli2 writes every finding to stderr (hundreds of MB on 10 MB): keep it all, or the
    // default 1 MB buffer would kill the process mid-run.
    const r = spawnSync(NODE, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 2 ** 31 - 1 });
    if (r.status === null || !okCodes.includes(r.status)) {
      throw new Error(`${args.join(' ')} exited with ${r.status ?? r.signal}: ${r.stderr?.toString().slice(0, 2000)}`);
    }
  });
}

/** Resident set of a process in MB, from /proc (Linux) or undefined elsewhere. */
function residentMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Edit → publishDiagnostics over stdio against the bundled server, with `unres.debounce` set to 0 through
 * workspace/configuration: the time from sending didChange to receiving the diagnostics of that version,
 * so it includes JSON-RPC framing both ways, the incremental text update, the analysis and the
 * serialisation of every diagnostic.
 */
async function measureLsp(docs: readonly BenchDocument[], quick: boolean, settings: Record<string, unknown> = { debounce: 0 }): Promise<{ publish: Record<string, Figure>; hover: Record<string, Figure> }> {
  const client = new LspTestClient(SERVER);
  let configured = false;
  Object.defineProperty(client, 'configuration', {
    get: () => {
      configured = true;
      return settings;
    },
  });
  const result: Record<string, Figure> = {};
  const hoverResult: Record<string, Figure> = {};
  try {
    await client.initialize();
    // The configuration request is not a notification the client's waitFor wakes on: poll it, bounded.
    for (let waited = 0; !configured; waited += 10) {
      if (waited > 10000) throw new Error('the server never read its configuration');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    for (const doc of docs) {
      const n = samples(doc.bytes, quick);
      const uri = `file:///bench/${doc.name}.unres`;
      await client.open(uri, doc.text);
      await client.diagnosticsFor(uri, 1, 120000);
      const middle = TextDocument.create(uri, 'unres', 1, doc.text).positionAt(Math.floor(doc.text.length / 2));
      const at = { line: middle.line, character: 0 };
      let typed = false;
      result[doc.name] = await timeAsync(n.lsp, 3, async () => {
        const range = typed ? { start: at, end: { line: at.line, character: 1 } } : { start: at, end: at };
        const version = await client.change(uri, range, typed ? '' : 'x');
        typed = !typed;
        await client.diagnosticsFor(uri, version, 120000);
      });
      // A hover sent right behind an edit: how long the user waits for it while the server analyses.
      // Timed from sending the change to the hover's answer; the diagnostics are awaited untimed after.
      const hoverTimes: number[] = [];
      for (let i = 0; i < n.lsp + 3; i++) {
        const range = typed ? { start: at, end: { line: at.line, character: 1 } } : { start: at, end: at };
        const start = performance.now();
        const version = await client.change(uri, range, typed ? '' : 'x');
        typed = !typed;
        await client.request('textDocument/hover', { textDocument: { uri }, position: { line: at.line, character: 4 } });
        if (i >= 3) hoverTimes.push(performance.now() - start);
        await client.diagnosticsFor(uri, version, 120000);
      }
      hoverResult[doc.name] = figure(hoverTimes);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  } finally {
    await client.shutdown();
  }
  return { publish: result, hover: hoverResult };
}

/** Resident memory of a fresh server with one document open and every editor request answered once. */
async function measureServerMemory(doc: BenchDocument): Promise<{ idle: number | undefined; open: number | undefined }> {
  const client = new LspTestClient(SERVER);
  try {
    await client.initialize();
    const idle = residentMb(client.process.pid!);
    const uri = `file:///bench/${doc.name}.unres`;
    await client.open(uri, doc.text);
    await client.diagnosticsFor(uri, 1, 120000);
    await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    await client.request('textDocument/foldingRange', { textDocument: { uri } });
    return { idle, open: residentMb(client.process.pid!) };
  } finally {
    await client.shutdown();
  }
}

/** Resident memory of a node process that has linted `file` with markdownlint (this script, as a child). */
function markdownlintMemory(file: string): number | undefined {
  const r = spawnSync(NODE, [__filename, '--markdownlint-rss', file], { encoding: 'utf8' });
  const mb = Number(r.stdout.trim());
  return Number.isFinite(mb) && mb > 0 ? mb : undefined;
}

/** The size of markdownlint's own code and its runtime dependencies, for the bundle-size ratio. */
function markdownlintCodeKb(): number {
  const seen = new Set<string>();
  let bytes = 0;
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const dir = join(ROOT, 'node_modules', name);
    let manifest: { dependencies?: Record<string, string> };
    try {
      manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as typeof manifest;
    } catch {
      return;
    }
    const walk = (d: string): void => {
      for (const entry of readdirSync(d, { withFileTypes: true })) {
        if (entry.name === 'node_modules') continue;
        const p = join(d, entry.name);
        if (entry.isDirectory()) walk(p);
        else if (/\.(c|m)?js$/.test(entry.name)) bytes += statSync(p).size;
      }
    };
    walk(dir);
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep);
  };
  visit('markdownlint');
  return Math.round(bytes / 1024);
}

/**
 * The minified bundles as `node build.mjs --production` makes them, built here in memory with the same
 * esbuild options, so that the figure does not depend on whether dist/ holds a development build.
 */
async function productionBundleKb(): Promise<Record<string, number>> {
  const esbuild = await import('esbuild');
  // The server's and the CLI's options are the build's own (scripts/bundles.mjs), texts kept apart included.
  const bundles = await import(pathToFileURL(join(ROOT, 'scripts', 'bundles.mjs')).href);
  const common = { ...bundles.commonOptions({ production: true, version: 'bench' }), absWorkingDir: ROOT, write: false, logLevel: 'silent' };
  const entries: [string, object][] = [
    ['extension.js', { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }],
    ['server.js', { ...bundles.serverOptions(common, {}), outfile: undefined }],
    ['cli.js', { ...bundles.cliOptions(common, {}), outfile: undefined }],
  ];
  const sizes: Record<string, number> = {};
  for (const [name, options] of entries) {
    const result = await esbuild.build({ ...options, write: false });
    sizes[name] = Math.round(result.outputFiles.reduce((n, f) => n + f.contents.length, 0) / 1024);
  }
  return sizes;
}

/**
 * Throughput on an archive: every Markdown file of the shared AKN corpus checked in one `unres check` run
 * (a folder: worker threads on the cores there are) and in one markdownlint-cli2 run, on the same copies.
 */
function measureCorpus(dir: string, quick: boolean): { files: number; unresCheck: Figure; markdownlintCli2: Figure } | undefined {
  const source = join(ROOT, '..', 'shared', 'corpus-akn');
  let names: string[];
  try {
    names = readdirSync(source).filter((n) => n.endsWith('.md') && n !== 'README.md');
  } catch {
    return undefined;
  }
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus, { recursive: true });
  for (const name of names) copyFileSync(join(source, name), join(corpus, name));
  const n = quick ? 1 : 3;
  const unresCheck = timeProcess(n, [CLI, 'check', 'corpus'], dir, [0, 1]);
  const markdownlintCli2 = timeProcess(n, [MARKDOWNLINT_CLI2, 'corpus/*.md'], dir, [0, 1]);
  return { files: names.length, unresCheck, markdownlintCli2 };
}

// ---------------------------------------------------------------------------------------------- report

interface Row {
  readonly figure: string;
  readonly document: string;
  readonly unres: Figure | number | undefined;
  readonly markdownlint: Figure | number | undefined;
  readonly unit: string;
  readonly target?: string;
}

function valueOf(x: Figure | number | undefined): number | undefined {
  return x === undefined ? undefined : typeof x === 'number' ? x : x.median;
}

function show(x: Figure | number | undefined): string {
  if (x === undefined) return '—';
  if (typeof x === 'number') return String(x);
  return `${x.median} (p95 ${x.p95})`;
}

function ratio(row: Row): string {
  const a = valueOf(row.unres);
  const b = valueOf(row.markdownlint);
  if (a === undefined || b === undefined || a === 0) return '—';
  const r = b / a;
  return r >= 10 ? `${Math.round(r)}×` : `${r.toFixed(1)}×`;
}

function table(rows: readonly Row[], markdown: boolean): string {
  const header = ['figure', 'document', 'unres', 'markdownlint', 'markdownlint ÷ unres', 'unit', 'target'];
  const cells = rows.map((r) => [r.figure, r.document, show(r.unres), show(r.markdownlint), ratio(r), r.unit, r.target ?? '']);
  if (markdown) {
    return [header, header.map(() => '---'), ...cells].map((c) => `| ${c.join(' | ')} |`).join('\n');
  }
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  return [header, ...cells].map((c) => c.map((s, i) => s.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--markdownlint-rss') {
    const lint = await loadMarkdownlint();
    lint({ strings: { doc: readFileSync(args[1]!, 'utf8') }, config: MARKDOWNLINT_CONFIG });
    process.stdout.write(`${round(process.memoryUsage().rss / 1024 / 1024)}\n`);
    return;
  }
  const quick = args.includes('--quick');
  const jsonOnly = args.includes('--json');
  const markdown = args.includes('--markdown');
  const outIndex = args.indexOf('--out');
  // --only analysis|compare|lsp|process|corpus|memory|size: one section, for before/after comparisons of one change.
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const section = (name: string): boolean => only === undefined || only === name;
  const log = (s: string): void => {
    if (!jsonOnly) process.stderr.write(`${s}\n`);
  };

  for (const file of [SERVER, CLI]) {
    try {
      statSync(file);
    } catch {
      throw new Error(`${file} is missing: run "npm run build" first (npm run bench does)`);
    }
  }

  const dir = mkdtempSync(join(tmpdir(), 'unres-bench-'));
  // markdownlint-cli2 reads its configuration from the directory it runs in.
  writeFileSync(join(dir, '.markdownlint.json'), JSON.stringify(MARKDOWNLINT_CONFIG));
  const rows: Row[] = [];
  const results: Record<string, unknown> = {};
  try {
    const docs: BenchDocument[] = [];
    for (const size of SIZES) {
      for (const language of LANGUAGES) {
        const text = generateResolution(size.bytes, language, docs.length + 1);
        const name = `${size.label.replace(' ', '').toLowerCase()}-${language}`;
        const file = join(dir, `${name}.md`);
        writeFileSync(file, text);
        docs.push({ name, size: size.label, language, text, bytes: Buffer.byteLength(text), file });
      }
    }
    const heavy = (d: BenchDocument): boolean => SIZES.find((s) => s.label === d.size)!.heavy;
    const lint = await loadMarkdownlint();

    const inProcess: Record<string, unknown> = {};
    if (section('analysis')) log('in-process analysis…');
    for (const doc of section('analysis') ? docs : []) {
      const { full, parse } = measureAnalysis(doc, quick);
      const { edit, hover } = measureEdit(doc, quick);
      const ml = quick && heavy(doc) ? undefined : measureMarkdownlint(lint, doc, quick);
      inProcess[doc.name] = { bytes: doc.bytes, fullAnalysis: full, parseOnly: parse, editThenAnalysis: edit, editThenHover: hover, markdownlintLint: ml };
      const target = doc.size === '30 KB' ? '≤ 1 ms' : doc.size === '1 MB' ? '≤ 20 ms' : '≤ 200 ms';
      rows.push({ figure: 'full analysis', document: doc.name, unres: full, markdownlint: ml, unit: 'ms', target });
      rows.push({ figure: 'edit + full analysis', document: doc.name, unres: edit, markdownlint: ml, unit: 'ms' });
      rows.push({ figure: 'edit + hover (rules not run)', document: doc.name, unres: hover, markdownlint: undefined, unit: 'ms' });
      log(`  ${doc.name}: full ${show(full)} ms, edit ${show(edit)} ms, markdownlint ${show(ml)} ms`);
    }
    results.inProcess = inProcess;

    if (section('compare')) {
      // Two versions of one 1 MB text (the same paragraphs in English and French, as parallel versions
      // are, with a few divergences planted in the French: a paragraph dropped, two citation years changed):
      // the comparison alone once both versions' facts were read, the comparison after an edit of one
      // version, and `unres compare` as a process.
      log('comparing language versions…');
      const [a, parallel] = generateVersions(1 << 20, ['en', 'fr'], 7) as [string, string];
      const b = plantDivergences(parallel);
      const service = createResolutionService();
      const da = TextDocument.create('file:///bench/v.en.md', 'markdown', 1, a);
      const db = TextDocument.create('file:///bench/v.fr.md', 'markdown', 1, b);
      service.analysis(da).citations;
      service.analysis(db).citations;
      const comparison = timeIt(quick ? 5 : 15, 2, () => void service.compareVersions(da, db));
      // After an edit of one version the comparison reads that version's facts again (the other's are kept
      // with its analysis); the edited version's analysis is not timed: its diagnostics need it anyway.
      const middle = b.indexOf(' ', b.length >> 1);
      const afterEdit = figure(
        Array.from({ length: quick ? 5 : 15 }, (_, i) => {
          const edited = TextDocument.create(db.uri, 'markdown', i + 2, `${b.slice(0, middle)}${i % 2 ? '  ' : ' '}${b.slice(middle + 1)}`);
          service.analysis(edited).citations;
          const start = performance.now();
          service.compareVersions(da, edited);
          return performance.now() - start;
        }),
      );
      const fa = join(dir, 'versions-en.md');
      const fb = join(dir, 'versions-fr.md');
      writeFileSync(fa, a);
      writeFileSync(fb, b);
      const cliCompare = timeProcess(quick ? 3 : 7, [CLI, 'compare', fa, fb], dir, [0, 1]);
      results.compareVersions = { bytes: [Buffer.byteLength(a), Buffer.byteLength(b)], comparison, afterEdit, cliCompare };
      rows.push({ figure: 'compare two analysed versions (in process)', document: '1mb-en / 1mb-fr', unres: comparison, markdownlint: undefined, unit: 'ms', target: '≤ 20 ms' });
      rows.push({ figure: 'compare after an edit of one version (in process)', document: '1mb-en / 1mb-fr', unres: afterEdit, markdownlint: undefined, unit: 'ms', target: '≤ 20 ms' });
      rows.push({ figure: 'unres compare A B (process)', document: '1mb-en / 1mb-fr', unres: cliCompare, markdownlint: undefined, unit: 'ms' });
      log(`  comparison ${show(comparison)} ms, after an edit ${show(afterEdit)} ms, unres compare ${show(cliCompare)} ms`);
    }

    if (section('lsp')) {
      log('edit → publishDiagnostics over stdio…');
      const lsp = await measureLsp(docs, quick);
      results.editToPublishDiagnostics = lsp.publish;
      results.hoverRightAfterEdit = lsp.hover;
      for (const doc of docs) {
        const ml = (inProcess[doc.name] as { markdownlintLint?: Figure } | undefined)?.markdownlintLint;
        rows.push({ figure: 'edit → publishDiagnostics (stdio)', document: doc.name, unres: lsp.publish[doc.name], markdownlint: ml, unit: 'ms', target: doc.size === '30 KB' ? '≤ 10 ms' : undefined });
      }
      for (const doc of docs) {
        rows.push({ figure: 'hover sent right after an edit (stdio)', document: doc.name, unres: lsp.hover[doc.name], markdownlint: undefined, unit: 'ms' });
      }
      // The same at the default settings (the debounce adapts to the document): what a user meets.
      const defaults = await measureLsp(docs.filter((d) => !heavy(d)), quick, {});
      results.editToPublishDiagnosticsDefaultSettings = defaults.publish;
      for (const doc of docs.filter((d) => !heavy(d))) {
        const target = doc.size === '30 KB' ? '≤ 10 ms' : doc.size === '1 MB' ? '≤ 50 ms' : undefined;
        rows.push({ figure: 'edit → publishDiagnostics (stdio), default settings', document: doc.name, unres: defaults.publish[doc.name], markdownlint: undefined, unit: 'ms', target });
      }
    }

    if (section('process')) {
      log('whole processes…');
      const processes: Record<string, unknown> = {};
      const nodeStart = timeProcess(15, ['-e', '0'], dir, [0]);
      processes.nodeStart = nodeStart;
      rows.push({ figure: 'node -e 0 (baseline)', document: '', unres: nodeStart, markdownlint: nodeStart, unit: 'ms' });
      for (const doc of docs) {
        if (heavy(doc) && quick) continue;
        const n = samples(doc.bytes, quick);
        const check = timeProcess(n.process, [CLI, 'check', doc.file], dir, [0, 1]);
        const cli2 = timeProcess(n.process, [MARKDOWNLINT_CLI2, `${doc.name}.md`], dir, [0, 1]);
        processes[doc.name] = { unresCheck: check, markdownlintCli2: cli2 };
        const target = doc.size === '30 KB' ? '≤ 120 ms' : doc.size === '1 MB' ? '≥ 10× faster' : undefined;
        rows.push({ figure: 'unres check vs markdownlint-cli2 (process)', document: doc.name, unres: check, markdownlint: cli2, unit: 'ms', target });
      }
      results.processes = processes;
    }

    if (section('corpus')) {
      const corpus = measureCorpus(dir, quick);
      if (corpus) {
        results.corpus = corpus;
        rows.push({ figure: `check of the whole AKN corpus (${corpus.files} files, one process)`, document: 'corpus-akn', unres: corpus.unresCheck, markdownlint: corpus.markdownlintCli2, unit: 'ms', target: '≥ 10× faster' });
        log(`  corpus: unres ${show(corpus.unresCheck)} ms, markdownlint-cli2 ${show(corpus.markdownlintCli2)} ms`);
      }
    }

    if (section('memory')) {
      log('memory…');
      const oneMb = docs.find((d) => d.size === '1 MB')!;
      const memory = await measureServerMemory(oneMb);
      const mlMemory = markdownlintMemory(oneMb.file);
      results.memory = { document: oneMb.name, serverIdleMb: memory.idle, serverWithDocumentMb: memory.open, markdownlintAfterLintMb: mlMemory };
      rows.push({ figure: 'resident memory, server idle', document: '', unres: memory.idle, markdownlint: undefined, unit: 'MB' });
      rows.push({ figure: 'resident memory with the document open (markdownlint: node after one lint)', document: oneMb.name, unres: memory.open, markdownlint: mlMemory, unit: 'MB', target: '≤ 80 MB' });
    }

    if (section('size')) {
      const sizes = await productionBundleKb();
      const mlKb = markdownlintCodeKb();
      results.bundleKb = { ...sizes, markdownlintWithDependencies: mlKb };
      for (const [name, kb] of Object.entries(sizes)) {
        rows.push({ figure: `bundle ${name} (minified)`, document: '', unres: kb, markdownlint: name === 'server.js' || name === 'cli.js' ? mlKb : undefined, unit: 'KB', target: name === 'server.js' ? '≤ 400 KB' : undefined });
      }
    }

    results.machine = {
      date: new Date().toISOString(),
      nproc: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      quick,
    };

    const json = JSON.stringify(results, null, 2);
    if (outIndex >= 0 && args[outIndex + 1]) writeFileSync(args[outIndex + 1]!, json + '\n');
    if (jsonOnly) {
      process.stdout.write(json + '\n');
    } else {
      process.stdout.write(`\n${table(rows, markdown)}\n\n`);
      process.stdout.write(
        'Times are medians (p95 in parentheses) in ms. "markdownlint" is its sync lint API in process (all default rules, MD029 "ordered")\n' +
          'for in-process and stdio rows, markdownlint-cli2 as a process for process rows. Ratios above 1 mean unres is faster or smaller.\n\n',
      );
      process.stdout.write(json + '\n');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
