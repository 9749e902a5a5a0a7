import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../server/src/cli/index';
import type { OutlineDocument } from '../../server/src/cli/outline';
import { ERASE_LINE, progressLine } from '../../server/src/cli/output';
import { runCliCaptured as run } from '../support/cli';

/** An English draft with a heading, an unknown preambular phrase, a section heading and nested subparagraphs. */
const EN = [
  'Security Council', // 1
  '',
  'S/RES/9999 (2030)', // 3
  '',
  'The Security Council,', // 5
  '',
  '*Recalling* its resolution 2331 (2016),', // 7
  '',
  '*Blahing* the matter,', // 9
  '',
  '## Measures', // 11
  '',
  '1. *Decides* that States shall:', // 13
  '',
  '(a) Prevent the sale of arms;', // 15
  '',
  '(b) Report:', // 17
  '',
  '(i) To the Committee;', // 19
  '',
  '5 bis. *Urges* States to act;', // 21
  '',
  '2. *Decides* to remain seized of the matter.', // 23
  '',
].join('\n');

/** A French text of the 1960s: an adoption line and a footnote after the operative part. */
const FR = [
  'Le Conseil de sécurité,', // 1
  '',
  '*Ayant examiné* la situation [4],', // 3
  '',
  '1. *Confirme* la résolution 1514 (XV);', // 5
  '',
  '2. *Prie* le Secrétaire général de faire rapport.', // 7
  '',
  '*Adoptée à la 1049e séance.*', // 9
  '',
  '[4] *Ibid., dix-huitième année*, document S/5347.', // 11
  '',
].join('\n');

describe('unres outline with many files', () => {
  let dir: string;
  let en: string;
  let fr: string;
  let missing: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'unres-outline-'));
    en = join(dir, 'en.md');
    fr = join(dir, 'fr.md');
    missing = join(dir, 'no-such-draft.md');
    writeFileSync(en, EN);
    writeFileSync(fr, FR);
    mkdirSync(join(dir, 'folder.md'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one text block per file, in the order given, apart by a blank line', () => {
    const r = run('outline', en, fr);
    assert.equal(r.code, 0, r.err.join('\n'));
    assert.deepEqual(r.err, []);
    assert.deepEqual(r.out, [
      `${en}: en, The Security Council`,
      'Preamble: 2 paragraphs',
      '  7: Recalling',
      '  9: Blahing',
      'Operative part: 3 paragraphs',
      '  13: 1. Decides',
      '      15: (a)',
      '      17: (b)',
      '        19: (i)',
      '  21: 5. Urges', // the text form shows a number's value, as it always has; JSON keeps "5 bis."
      '  23: 2. Decides',
      '',
      `${fr}: fr, Le Conseil de sécurité`,
      'Preamble: 1 paragraphs',
      '  3: Ayant examiné',
      'Operative part: 2 paragraphs',
      '  5: 1. Confirme',
      '  7: 2. Prie',
    ]);
  });

  it('prints one JSON array of documents, each naming its file, with paragraphs, counts and other blocks', () => {
    const r = run('outline', '--format', 'json', en, fr);
    assert.equal(r.code, 0, r.err.join('\n'));
    const documents = JSON.parse(r.out.join('\n')) as OutlineDocument[];
    assert.deepEqual(documents.map((d) => d.file), [en, fr]);
    const [first, second] = documents as [OutlineDocument, OutlineDocument];

    assert.equal(first.language, 'en');
    assert.equal(first.languageSource, 'organ');
    assert.deepEqual(first.organ, { text: 'The Security Council', body: 'security-council', line: 5 });
    assert.deepEqual(first.counts, { preamble: 2, operative: 3, subparagraphs: 3, others: 1 });
    assert.deepEqual(first.heading, { line: 1, endLine: 3, text: 'Security Council S/RES/9999 (2030)' });
    assert.deepEqual(
      first.paragraphs.map((p) => [p.kind, p.line, p.number, p.lead?.text, p.lead?.matched]),
      [
        ['preamble', 7, null, 'Recalling', true],
        ['preamble', 9, null, 'Blahing', false],
        ['operative', 13, '1.', 'Decides', true],
        ['operative', 21, '5 bis.', 'Urges', true],
        ['operative', 23, '2.', 'Decides', true],
      ],
    );
    // Subparagraph labels as written, nested as in the draft.
    const decides = first.paragraphs[2]!;
    assert.deepEqual(decides.subparagraphs.map((s) => [s.kind, s.line, s.label]), [
      ['subparagraph', 15, '(a)'],
      ['subparagraph', 17, '(b)'],
    ]);
    assert.deepEqual(decides.subparagraphs[1]!.subparagraphs.map((s) => [s.line, s.label, s.subparagraphs.length]), [[19, '(i)', 0]]);
    assert.deepEqual(first.others, [{ kind: 'section-heading', line: 11, endLine: 11, text: '## Measures' }]);

    assert.equal(second.language, 'fr');
    assert.equal(second.heading, null);
    assert.deepEqual(second.counts, { preamble: 1, operative: 2, subparagraphs: 0, others: 2 });
    assert.deepEqual(second.others, [
      { kind: 'closing', line: 9, endLine: 9, text: 'Adoptée à la 1049e séance.' },
      { kind: 'footnote', line: 11, endLine: 11, text: '[4] Ibid., dix-huitième année, document S/5347.' },
    ]);
  });

  it('prints one JSON document per line with --format jsonl, the same documents as --format json', () => {
    const lines = run('outline', '--format', 'jsonl', en, fr, en);
    assert.equal(lines.code, 0);
    assert.equal(lines.out.length, 3, 'one line per file, a file given twice printed twice');
    const array = JSON.parse(run('outline', '--format', 'json', en, fr, en).out.join('\n')) as unknown[];
    assert.deepEqual(lines.out.map((l) => JSON.parse(l) as unknown), array);
  });

  it('names each unreadable file on stderr, still prints the others, and exits with 2', () => {
    const folder = join(dir, 'folder.md');
    for (const format of ['text', 'json', 'jsonl']) {
      const r = run('outline', '--format', format, en, missing, folder, fr);
      assert.equal(r.code, 2, format);
      assert.equal(r.err.length, 2, r.err.join('\n'));
      assert.match(r.err[0]!, /^unres: cannot read .*no-such-draft\.md: no such file$/);
      assert.match(r.err[1]!, /^unres: cannot read .*folder\.md: it is a directory$/);
      const text = r.out.join('\n');
      assert.ok(text.includes(en) && text.includes(fr), `${format}: both readable files are printed`);
      assert.ok(!text.includes('no-such-draft') && !text.includes('folder.md'), `${format}: nothing printed for the others`);
    }
    const json = run('outline', '--format', 'json', missing, fr);
    assert.deepEqual((JSON.parse(json.out.join('\n')) as OutlineDocument[]).map((d) => d.file), [fr]);
  });

  it('prints an empty array when no file can be read, and still needs a FILE', () => {
    const r = run('outline', '--format', 'json', missing);
    assert.equal(r.code, 2);
    assert.deepEqual(JSON.parse(r.out.join('\n')), []);
    const none = run('outline');
    assert.equal(none.code, 2);
    assert.deepEqual(none.err, ['unres: outline needs at least one FILE']);
  });

  it('reports its progress before each file and once at the end, as check does', () => {
    for (const [command, verb] of [['outline', 'read'], ['check', 'checked']] as const) {
      const calls: [number, number, string][] = [];
      const code = runCli([command, en, fr, en], { out: () => {}, err: () => {}, progress: (done, total, v) => calls.push([done, total, v]) });
      assert.equal(code, 0, command);
      assert.deepEqual(calls, [[0, 3, verb], [1, 3, verb], [2, 3, verb], [3, 3, verb]], command);
    }
  });
});

describe('unres progress line', () => {
  it('stays silent for a handful of files, rewrites one line for many and erases it at the end', () => {
    assert.equal(progressLine(3, 9, 'read'), undefined);
    assert.equal(progressLine(3, 12, 'read'), '\runres: read 3 of 12 files');
    assert.equal(progressLine(0, 10, 'checked'), '\runres: checked 0 of 10 files');
    assert.equal(progressLine(12, 12, 'read'), ERASE_LINE);
  });
});

describe('unres --format jsonl', () => {
  let dir: string;
  let file: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'unres-jsonl-'));
    file = join(dir, 'draft.md');
    // Two findings: the lead is not italic, and the preambular paragraph ends with a full stop.
    writeFileSync(file, 'The Security Council,\n\nRecalling its resolution 2331 (2016).\n\n1. *Decides* to remain seized of the matter.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints each finding of check and each rule on its own line, as the items of the JSON array', () => {
    for (const args of [['check', file], ['rules']]) {
      const lines = run(...args, '--format', 'jsonl');
      const array = JSON.parse(run(...args, '--format', 'json').out.join('\n')) as unknown[];
      assert.ok(array.length >= 2, `${args[0]}: ${array.length} items`);
      assert.equal(lines.out.length, array.length);
      assert.deepEqual(lines.out.map((l) => JSON.parse(l) as unknown), array);
    }
  });

  it('prints the renumber result on one line', () => {
    const r = run('renumber', '--format', 'jsonl', file);
    assert.equal(r.out.length, 1);
    assert.equal((JSON.parse(r.out[0]!) as { file: string }).file, file);
  });

  it('names the three formats when another is asked for', () => {
    const r = run('check', '--format', 'xml', file);
    assert.equal(r.code, 2);
    assert.deepEqual(r.err, ['unres: --format must be text, json, jsonl, sarif or github, not "xml"']);
  });
});
