import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseCitations } from '../../server/src/citations';
import { exportDocx, importDocx, InterchangeError } from '../../server/src/interchange';
import { parseResolution } from '../../server/src/model/parser';
import type { Paragraph } from '../../server/src/model/types';
import { hasShared, ROOT, SHARED } from '../support/paths';

/** What a reader checks of a draft: counts, numbers, leading phrases with their italics, labels, citations. */
function summary(text: string) {
  const model = parseResolution(text);
  const sub = (p: Paragraph): unknown => ({ label: p.label?.raw, subs: p.subparagraphs.map(sub) });
  return {
    organ: model.organ?.text,
    preamble: model.preamble.map((p) => [p.lead?.text, p.lead?.italic]),
    operative: model.operative.map((p) => [p.number?.raw, p.lead?.text, p.lead?.italic, p.subparagraphs.map(sub)]),
    citations: analyseCitations(model, undefined).list.map((c) => c.standard),
  };
}

const TEXTS = ['examples/s-res-2388-2017-fr.md', 'corpus-akn/sc-2512-2020-en.md', 'corpus-akn/ga-75-107-es.md', 'corpus-akn/sc-2505-2020-fr.md'];

describe('Word documents: export and import', () => {
  before(function () {
    if (!hasShared) this.skip();
  });

  for (const name of TEXTS) {
    it(`${name}: export --docx, then import, gives back the same model`, async () => {
      const text = readFileSync(join(SHARED, name), 'utf8');
      const docx = await exportDocx(text);
      assert.equal(Buffer.from(docx.subarray(0, 2)).toString(), 'PK');
      const back = await importDocx(docx);
      const want = summary(text);
      // The export prints leading phrases in italics, as the UN does, even where the draft was typed without
      // the markers (the seed resolution): the re-imported draft has them in italics.
      for (const p of want.preamble) p[1] = true;
      for (const p of want.operative) if (p[1] !== undefined) p[2] = true;
      assert.ok(want.operative.length > 0);
      assert.deepEqual(summary(back.markdown), want);
      assert.equal((back.markdown.match(/^\[\^\d+\]:/gm) ?? []).length, (text.match(/^\[\^[^\]]+\]:/gm) ?? []).length);
    });
  }

  it('gives every line of the Markdown the Word paragraph it came from', async () => {
    const text = readFileSync(join(SHARED, 'corpus-akn/sc-2505-2020-fr.md'), 'utf8');
    const back = await importDocx(await exportDocx(text));
    const lines = back.markdown.split('\n');
    const numbered = back.paragraphOfLine.filter((p) => p > 0);
    assert.deepEqual(numbered, [...numbered].sort((a, b) => a - b), 'paragraph numbers grow down the document');
    const organ = lines.findIndex((l) => l.startsWith('*Le Conseil'));
    assert.equal(back.paragraphOfLine[organ], 3, 'two heading lines, then the organ line');
  });

  it('refuses a file that is not a zip, and a zip that is not a Word document', async () => {
    await assert.rejects(importDocx(new TextEncoder().encode('Just some text, not a document')), (e: unknown) => e instanceof InterchangeError && e.problem === 'not-zip');
    // A zip archive (the smallest valid one, an empty archive) that holds no word/document.xml.
    const emptyZip = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
    await assert.rejects(importDocx(emptyZip), (e: unknown) => e instanceof InterchangeError);
  });
});

describe('unres import / export / check on files', function () {
  this.timeout(60000);
  const cli = join(ROOT, 'dist', 'cli.js');
  let dir = '';
  before(function () {
    if (!hasShared || !existsSync(cli)) this.skip();
    dir = mkdtempSync(join(tmpdir(), 'unres-interchange-'));
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });

  it('imports AKN, exports it again as AKN and as Word, and checks the Word file by paragraph', () => {
    writeFileSync(join(dir, 'r.xml'), readFileSync(join(SHARED, 'corpus-akn/xml/sc-2512-2020-en.xml')));
    assert.equal(run('import', 'r.xml').status, 0);
    assert.match(readFileSync(join(dir, 'r.md'), 'utf8'), /^2\. \*Commends\*/m);
    assert.equal(run('export', 'r.md', '--akn', '--output', 'again.xml').status, 0);
    assert.match(readFileSync(join(dir, 'again.xml'), 'utf8'), /<statement name="resolution">/);
    assert.equal(run('export', 'r.md', '--docx').status, 0);
    const refused = run('export', 'r.md', '--docx');
    assert.equal(refused.status, 2, 'an existing output is not replaced without --force');
    // A wrong paragraph number in the Word file is found, at its Word paragraph.
    writeFileSync(join(dir, 'bad.md'), readFileSync(join(dir, 'r.md'), 'utf8').replace(/^3\. /m, '7. '));
    assert.equal(run('export', 'bad.md', '--docx').status, 0);
    const checked = run('check', 'bad.docx', '--format', 'json');
    const findings = JSON.parse(checked.stdout) as { code: string; paragraph: number; line: number }[];
    const numbering = findings.find((f) => f.code === 'operative-numbering');
    assert.ok(numbering, checked.stdout);
    assert.equal(numbering.line, numbering.paragraph);
    assert.ok(numbering.paragraph > 3 && numbering.paragraph < 60, String(numbering.paragraph));
  });

  for (const [name, bytes, why] of [
    ['notzip.docx', Buffer.from('plain text'), /not a Word document/],
    ['empty-zip.docx', Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]), /not a (readable )?Word document/],
    ['page.xml', Buffer.from('<html><body>hello</body></html>'), /not Akoma Ntoso/],
    ['broken.xml', Buffer.from('<akomaNtoso><statement>'), /not well-formed XML|not Akoma Ntoso|no resolution/],
  ] as const) {
    it(`bad input ${name}: one clear line, exit 2, nothing written`, () => {
      writeFileSync(join(dir, name), bytes);
      const r = run('import', name);
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, why);
      // A refused input is the user's to fix, not a fault of unres (the bundled CLI once called it internal).
      assert.match(r.stderr, new RegExp(`^unres: cannot convert ${name}: `));
      assert.ok(!existsSync(join(dir, name.replace(/\.\w+$/, '.md'))));
      if (name.endsWith('.docx')) {
        const checked = run('check', name);
        assert.equal(checked.status, 2, checked.stderr);
        assert.match(checked.stderr, new RegExp(`^unres: cannot convert ${name}: `));
      }
    });
  }

  it('bad input: a huge file is refused before it is read, nothing written', () => {
    const name = join(dir, 'huge.docx');
    writeFileSync(name, '');
    // A sparse file: large on disk without writing its bytes.
    spawnSync('truncate', ['-s', '30M', name]);
    const r = run('import', 'huge.docx');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /too large/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.ok(!existsSync(join(dir, 'huge.md')));
  });
});

describe('LibreOffice opens the exported Word documents', function () {
  this.timeout(120000);
  const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
  let dir = '';
  before(function () {
    if (!hasShared) this.skip();
    if (!soffice) {
      console.log('    (skipped: soffice is not installed; scripts/setup-e2e.sh installs libreoffice-writer-nogui)');
      this.skip();
    }
    dir = mkdtempSync(join(tmpdir(), 'unres-soffice-'));
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('converts the seed resolution and three corpus texts to PDF headless', async () => {
    const bases = TEXTS.map((name) => name.replace(/^.*\//, '').replace(/\.md$/, ''));
    for (const [i, name] of TEXTS.entries()) writeFileSync(join(dir, `${bases[i]}.docx`), await exportDocx(readFileSync(join(SHARED, name), 'utf8')));
    // One LibreOffice run for the four documents: starting it is most of the cost.
    const r = spawnSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, ...bases.map((b) => join(dir, `${b}.docx`))], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    for (const base of bases) assert.equal(readFileSync(join(dir, `${base}.pdf`)).subarray(0, 5).toString(), '%PDF-', base);
  });

  it('imports a .docx that LibreOffice wrote with Word list numbering, numbers and letters as the UN prints them', async () => {
    // Typed text with lists: LibreOffice turns the lists into Word numbering (w:numPr), not typed numbers.
    writeFileSync(
      join(dir, 'typed.html'),
      `<html><body><p>S/RES/9999 (2030)</p><p>Adopted by the Security Council at its 9999th meeting, on 1 March 2030</p>
<p><i>The Security Council</i>,</p><p><i>Recalling</i> its resolution 2231 (2015),</p>
<ol><li><p><i>Decides</i> to extend the mandate;</p></li><li><p><i>Requests</i> the Secretary-General:</p>
<ol type="a"><li><p>to report every month;</p></li><li><p>to brief the Council;</p></li></ol></li>
<li><p><i>Decides</i> to remain seized of the matter.</p></li></ol></body></html>`,
    );
    const r = spawnSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, join(dir, 'typed.html')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const bytes = readFileSync(join(dir, 'typed.docx'));
    const { markdown } = await importDocx(bytes);
    const model = parseResolution(markdown);
    assert.equal(model.organ?.text, 'The Security Council');
    assert.deepEqual(model.operative.map((p) => [p.number?.raw, p.lead?.text, p.lead?.italic, p.subparagraphs.map((s) => s.label?.raw)]), [
      ['1.', 'Decides', true, []],
      ['2.', 'Requests', true, ['(a)', '(b)']],
      ['3.', 'Decides', true, []],
    ]);
    assert.ok(!/^\d+\.\s/m.test(readFileSync(join(dir, 'typed.html'), 'utf8')), 'the numbers come from Word numbering, not from the text');
  });
});
