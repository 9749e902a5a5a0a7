import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createResolutionService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { checkService } from '../support/invariants';
import { ROOT } from '../support/paths';
import { DRAFT_WITH_NUMBERING_GAP } from '../support/drafts';

/**
 * Input nobody should send, sent on purpose: binary data, broken encodings, enormous lines, every kind of
 * line break, byte order marks, characters outside the Basic Multilingual Plane, scripts the service does
 * not know, nothing at all. The service must answer (never throw, every range inside the document) and the
 * CLI must exit with 0, 1 or 2 and one clear line on stderr for a file it cannot read.
 */

const CLI = join(ROOT, 'dist', 'cli.js');

const DRAFT = DRAFT_WITH_NUMBERING_GAP;

function analyse(text: string, uri = 'file:///bad-input.unres'): { document: TextDocument; diagnostics: Diagnostic[] } {
  const service = createResolutionService({ settings: DEFAULT_SETTINGS });
  const document = TextDocument.create(uri, 'unres', 1, text);
  checkService(service, document, [0, Math.floor(text.length / 2), text.length]);
  return { document, diagnostics: service.computeDiagnostics(document) };
}

/** Same PRNG as the benchmark generator: deterministic bytes. */
function randomBytes(length: number, seed: number): Buffer {
  let a = seed >>> 0;
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return out;
}

interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(...args: string[]): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `unres check` on a file that could be read: exit 0 or 1, nothing on stderr, every line well formed. */
function assertChecked(r: CliResult, file: string): string[] {
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  assert.equal(r.stderr, '');
  const lines = r.stdout.split('\n').filter((l) => l.length > 0);
  for (const line of lines) {
    assert.ok(line.startsWith(`${file}:`), line.slice(0, 200));
    assert.match(line.slice(file.length), /^:\d+:\d+: (error|warning|information|hint) [a-z-]+ \S/);
  }
  return lines;
}

describe('bad input', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'unres-bad-input-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const write = (name: string, content: string | Buffer): string => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };

  it('binary data (random bytes, NULs, an image header)', () => {
    const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), randomBytes(64 * 1024, 7)]);
    analyse(bytes.toString('utf8'));
    analyse(bytes.toString('latin1'));
    assertChecked(cli('check', write('image.png', bytes)), join(dir, 'image.png'));
  });

  it('invalid UTF-8 keeps the positions of what follows it', () => {
    // Lone continuation bytes, a truncated sequence and an overlong form on the preambular line.
    const broken = Buffer.concat([
      Buffer.from('The Security Council,\n\n*Recalling* its resolution 2331 (2016) '),
      Buffer.from([0xff, 0xfe, 0x80, 0xc3, 0x28, 0xe2, 0x82, 0xc0, 0xaf]),
      Buffer.from(',\n\n1. *Condemns* all acts of trafficking;\n\n3. *Decides* to remain seized of the matter.\n'),
    ]);
    const { diagnostics } = analyse(broken.toString('utf8'));
    const gap = diagnostics.find((d) => d.code === 'operative-numbering');
    assert.deepEqual(gap?.range.start, { line: 6, character: 0 }, JSON.stringify(diagnostics));
    const file = write('broken.md', broken);
    const lines = assertChecked(cli('check', file), file);
    assert.ok(lines.some((l) => l.startsWith(`${file}:7:1: error operative-numbering`)), lines.join('\n'));
  });

  it('a 10 MB single line', () => {
    const unit = 'The Security Council, *Recalling* its resolution 2331 (2016), 1. *Decides* to act; paragraph 5 above; (a) *b* _c_ \\* ';
    const text = unit.repeat(Math.ceil((10 * 1024 * 1024) / unit.length));
    const service = createResolutionService({ settings: DEFAULT_SETTINGS });
    const document = TextDocument.create('file:///one-line.unres', 'unres', 1, text);
    // Not a timed test: a quadratic scan would not finish within mocha's timeout.
    service.computeDiagnostics(document);
    service.getSemanticTokens(document);
    service.getDocumentSymbols(document);
    service.getFoldingRanges(document);
    service.getDocumentLinks(document);
    assert.equal(service.getHover(document, { line: 0, character: text.length - 1 }), service.getHover(document, { line: 0, character: text.length - 1 }));
    // Unclosed emphasis markers, each of which used to be searched to the end of the line.
    for (const marker of ['*a ', '_a ', '***a ']) {
      const line = marker.repeat(Math.ceil((10 * 1024 * 1024) / marker.length));
      service.computeDiagnostics(TextDocument.create('file:///markers.unres', 'unres', 1, line));
    }
    const file = write('one-line.md', text);
    assert.ok(assertChecked(cli('check', file), file).every((l) => l.startsWith(`${file}:1:`)));
  });

  it('lone CR, CRLF and LF line breaks give the same lines', () => {
    const lf = analyse(DRAFT).diagnostics;
    const cr = analyse(DRAFT.replace(/\n/g, '\r')).diagnostics;
    const crlf = analyse(DRAFT.replace(/\n/g, '\r\n')).diagnostics;
    assert.ok(lf.some((d) => d.code === 'operative-numbering' && d.range.start.line === 6), JSON.stringify(lf));
    assert.deepEqual(cr, lf);
    assert.deepEqual(crlf, lf);
    // Mixed in one file, as after a bad merge.
    const mixed = DRAFT.split('\n').map((l, i) => l + ['\n', '\r', '\r\n'][i % 3]).join('');
    assert.deepEqual(analyse(mixed).diagnostics.map((d) => [d.code, d.range]), lf.map((d) => [d.code, d.range]));
    const file = write('cr.md', DRAFT.replace(/\n/g, '\r'));
    assert.ok(assertChecked(cli('check', file), file).some((l) => l.startsWith(`${file}:7:1: error operative-numbering`)));
  });

  it('a byte order mark', () => {
    const plain = analyse(DRAFT).diagnostics;
    const withBom = analyse('\ufeff' + DRAFT).diagnostics;
    // The organ line is still found (no organ-line finding), and nothing moves below the first line.
    assert.deepEqual(withBom.filter((d) => d.range.start.line > 0), plain.filter((d) => d.range.start.line > 0));
    assert.equal(withBom.filter((d) => d.code === 'organ-line').length, plain.filter((d) => d.code === 'organ-line').length);
    const file = write('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DRAFT)]));
    const plainFile = write('plain.md', DRAFT);
    assert.deepEqual(
      assertChecked(cli('check', file), file).map((l) => l.slice(file.length)),
      assertChecked(cli('check', plainFile), plainFile).map((l) => l.slice(plainFile.length)),
    );
  });

  it('surrogate pairs and combining marks count as UTF-16 code units', () => {
    // Emoji (two code units each), a family emoji (several), "é" written as e + U+0301, before a wrong
    // citation year on the same line: the finding's column counts UTF-16 units, as LSP positions do.
    const line = '*Recalling* 😀 👩‍👩‍👧 de\u0301cision 𝒳 its resolution 2331 (2017),';
    const text = `The Security Council,\n\n${line}\n\n1. *Decides* to remain seized of the matter.\n`;
    const { document, diagnostics } = analyse(text);
    const year = diagnostics.find((d) => d.code === 'citation-year');
    assert.ok(year, JSON.stringify(diagnostics));
    assert.equal(year.range.start.line, 2);
    assert.ok(line.slice(year.range.start.character, year.range.end.character).includes('2017'), JSON.stringify(year.range));
    assert.ok('2331 (2017)'.includes(document.getText(year.range)), document.getText(year.range));
    const file = write('emoji.md', text);
    const lines = assertChecked(cli('check', file), file);
    assert.ok(lines.some((l) => l.startsWith(`${file}:3:${year.range.start.character + 1}: error citation-year`)), lines.join('\n'));
    // A paragraph that starts with an emoji: findings anchored on its first character take the whole pair.
    analyse(`The Security Council,\n\n😀 *Recalling* resolution 2331 (2016),\n\n😀 1. *Decides*\n\n𝒳 de\u0301cide;\n`);
  });

  it('Arabic and Chinese text', () => {
    analyse('مجلس الأمن،\n\nإذ يشير إلى قراره 2331 (2016)،\n\n1. يقرر أن يبقي المسألة قيد نظره الفعلي.\n');
    analyse('安全理事会，\n\n回顾其第2331（2016）号决议，\n\n1. 决定继续积极处理此案。\n');
    // The same English draft with Arabic and Chinese names quoted in it: the same findings.
    const quoted = DRAFT.replace('all acts of trafficking', 'all acts of trafficking in «مجلس الأمن» and “安全理事会” 😀');
    assert.deepEqual(analyse(quoted).diagnostics.map((d) => [d.code, d.range.start.line]), analyse(DRAFT).diagnostics.map((d) => [d.code, d.range.start.line]));
    const file = write('arabic.md', 'مجلس الأمن،\n\nإذ يشير\n');
    assertChecked(cli('check', file), file);
  });

  it('empty and whitespace-only files', () => {
    for (const text of ['', ' ', '\n', '\n\n\n', '\r\n\r\n', '\r', '\t \u00a0\u202f\ufeff\n  \n', '\ufeff', '\f\n\u000b\u3000\n']) {
      assert.deepEqual(analyse(text).diagnostics, [], JSON.stringify(text));
    }
    const file = write('empty.md', '');
    const r = cli('check', file);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout + r.stderr, '');
  });

  it('the CLI given a directory (without drafts, for check) or a missing file: exit 2 and one clear line', () => {
    const empty = join(dir, 'no-drafts-here');
    mkdirSync(empty, { recursive: true });
    for (const [target, words] of [
      [empty, /directory/],
      [join(dir, 'no-such-draft.md'), /no such file/],
    ] as const) {
      for (const command of ['check', 'outline']) {
        const r = cli(command, target);
        assert.equal(r.status, 2, `${command} ${target}: ${r.stderr}`);
        assert.equal(r.stdout, '');
        const lines = r.stderr.split('\n').filter((l) => l.length > 0);
        assert.equal(lines.length, 1, r.stderr);
        assert.match(lines[0]!, /^unres: /);
        assert.match(lines[0]!, words);
        assert.ok(lines[0]!.includes(target), lines[0]);
      }
    }
  });
});
