import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { applyAmendments, readAmendmentSheet } from '../../server/src/amendments';
import { extentEnd } from '../../server/src/amendments/plan';
import { applyOffsetEdits } from '../../server/src/features/offsetEdits';
import { planRenumber } from '../../server/src/features/renumber';
import { parseResolution } from '../../server/src/model/parser';
import type { Paragraph, ResolutionModel } from '../../server/src/model/types';
import { findReferences } from '../../server/src/references';
import { compareRevisions, writeAmendments } from '../../server/src/revisions';
import { hasShared, ROOT, SHARED } from '../support/paths';

const AKN = join(SHARED, 'corpus-akn');
const CLI = join(ROOT, 'dist', 'cli.js');

/** A draft cut into its two parts, each a list of top-level paragraphs (with their subparagraphs). */
interface Parts {
  readonly before: string;
  readonly preamble: string[];
  readonly between: string;
  readonly operative: string[];
  readonly after: string;
}

const extent = (model: ResolutionModel, p: Paragraph): string => model.text.slice(p.start, extentEnd(p));

/** Texts whose paragraphs are separated by one blank line, numbered 1..N already, with no references to their own paragraphs. */
function partsOf(text: string): Parts | undefined {
  const model = parseResolution(text);
  const { preamble, operative } = model;
  if (preamble.length < 3 || operative.length < 4 || planRenumber(model).edits.length || findReferences(model).length) return undefined;
  const gapsOk = (list: readonly Paragraph[]): boolean => list.every((p, i) => i === 0 || text.slice(extentEnd(list[i - 1]!), p.start) === '\n\n');
  if (!gapsOk(preamble) || !gapsOk(operative)) return undefined;
  return {
    before: text.slice(0, preamble[0]!.start),
    preamble: preamble.map((p) => extent(model, p)),
    between: text.slice(extentEnd(preamble[preamble.length - 1]!), operative[0]!.start),
    operative: operative.map((p) => extent(model, p)),
    after: text.slice(extentEnd(operative[operative.length - 1]!)),
  };
}

const join2 = (parts: Parts): string => parts.before + parts.preamble.join('\n\n') + parts.between + parts.operative.join('\n\n') + parts.after;

/** The text numbered 1..N, as a revised draft is issued. */
function renumbered(text: string): string {
  return applyOffsetEdits(text, planRenumber(parseResolution(text)).edits);
}

function corpus(): { file: string; text: string; parts: Parts }[] {
  if (!hasShared) return [];
  const chosen: { file: string; text: string; parts: Parts }[] = [];
  for (const language of ['en', 'fr', 'es']) {
    let n = 0;
    for (const file of readdirSync(AKN).filter((f) => f.endsWith(`-${language}.md`)).sort()) {
      const text = readFileSync(join(AKN, file), 'utf8');
      if (text.length > 30000) continue;
      const parts = partsOf(text);
      if (!parts) continue;
      chosen.push({ file, text, parts });
      if (++n === 5) break;
    }
  }
  return chosen;
}

type Edit = { kind: 'delete' | 'move' | 'words' | 'insert'; operative: boolean; at: number; to: number };

const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<Edit['kind']>('delete', 'move', 'words', 'insert'),
  operative: fc.boolean(),
  at: fc.nat(200),
  to: fc.nat(200),
});

const NEW_TEXT: Record<string, { preamble: string; operative: string; word: string }> = {
  en: { preamble: '*Noting* the importance of the question,', operative: '1. *Decides* to consider the question further;', word: 'revised' },
  fr: { preamble: '*Notant* l’importance de la question,', operative: '1. *Décide* d’examiner la question plus avant ;', word: 'révisé' },
  es: { preamble: '*Observando* la importancia de la cuestión,', operative: '1. *Decide* seguir examinando la cuestión;', word: 'revisado' },
};

function edited(parts: Parts, language: string, edits: readonly Edit[]): string {
  const p: Parts = { ...parts, preamble: [...parts.preamble], operative: [...parts.operative] };
  for (const e of edits) {
    const list = e.operative ? p.operative : p.preamble;
    const k = e.at % list.length;
    if (e.kind === 'delete' && list.length > 2) list.splice(k, 1);
    else if (e.kind === 'move') list.splice(e.to % list.length, 0, ...list.splice(k, 1));
    else if (e.kind === 'insert') list.splice(e.to % (list.length + 1), 0, e.operative ? NEW_TEXT[language]!.operative : NEW_TEXT[language]!.preamble);
    else {
      // One word of four letters or more changed.
      const words = [...list[k]!.matchAll(/(?<![\p{L}*])\p{L}{4,}(?![\p{L}*])/gu)];
      const w = words[e.to % Math.max(1, words.length)];
      if (w) list[k] = list[k]!.slice(0, w.index) + NEW_TEXT[language]!.word + list[k]!.slice(w.index + w[0].length);
    }
  }
  return renumbered(join2(p));
}

describe('revisions: diff and --as-amendments', function () {
  this.timeout(60000);
  const texts = corpus();

  it('finds real texts to work on, in the three languages', function () {
    if (!hasShared) this.skip();
    assert.equal(texts.length, 15, texts.map((t) => t.file).join(', '));
  });

  it('a real text against itself: nothing', function () {
    if (!hasShared) this.skip();
    for (const t of texts) assert.deepEqual(compareRevisions(t.text, t.text).changes, [], t.file);
  });

  it('diff --as-amendments then amend gives the new text exactly (random edits of real texts)', function () {
    if (!hasShared) this.skip();
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.array(editArb, { minLength: 1, maxLength: 4 }), (which, edits) => {
        const t = texts[which]!;
        const language = t.file.slice(-5, -3);
        const next = edited(t.parts, language, edits);
        const sheetText = writeAmendments(t.text, next, 'old.md');
        const sheet = readAmendmentSheet(sheetText);
        assert.ok(sheet, sheetText);
        const result = applyAmendments(sheet, t.text, { locale: 'en' });
        assert.deepEqual(result.reports.filter((r) => r.status !== 'applied'), [], sheetText);
        assert.equal(result.text, next, sheetText);
      }),
      { numRuns: 150, seed: 20261202 },
    );
  });

  it('one paragraph moved, one deleted, one inserted, words changed in two: exactly those', function () {
    if (!hasShared) this.skip();
    const text = readFileSync(join(AKN, 'sc-2521-2020-en.md'), 'utf8');
    const model = parseResolution(text);
    const pp = model.preamble.map((p) => extent(model, p));
    const op = model.operative.map((p) => extent(model, p));
    const swap = (s: string, a: string, b: string): string => (s.includes(a) ? s.replace(a, b) : assert.fail(`${a} not in the text`));
    let next = text
      .replace(`${pp[2]}\n\n`, '')
      .replace(`${pp[5]}\n\n`, `${pp[5]}\n\n${pp[2]}\n\n`)
      .replace(`${op[19]}\n\n`, '')
      .replace(`${op[21]}\n\n`, `${op[21]}\n\n22. *Requests* the Panel to brief the Council every three months;\n\n`);
    next = swap(next, 'South Sudan’s leaders to finalize', 'South Sudan’s leaders to complete');
    next = swap(next, 'deep concern at reports of misappropriation', 'grave concern at reports of misappropriation');
    next = renumbered(next);
    const changes = compareRevisions(text, next).changes;
    assert.deepEqual(
      changes.filter((c) => c.kind !== 'renumbered').map((c) => `${c.kind} ${c.old?.label ?? ''}→${c.new?.label ?? ''}`),
      ['moved PP3→PP6', 'changed PP7→PP7', 'changed OP2→OP2', 'deleted OP20→', 'inserted →OP22'],
    );
    assert.deepEqual(changes.filter((c) => c.kind === 'renumbered').map((c) => `${c.old!.label}→${c.new!.label}`), ['PP4→PP3', 'PP5→PP4', 'PP6→PP5', 'OP21→OP20', 'OP22→OP21']);
    const op2 = changes.find((c) => c.old?.label === 'OP2')!;
    assert.deepEqual(op2.words!.filter((w) => w.op !== '='), [{ op: '-', text: 'finalize' }, { op: '+', text: 'complete' }]);
  });

  it('unres diff as a process: text, json, html and the sheet, exit 1 when something changed', function () {
    if (!hasShared) this.skip();
    const dir = mkdtempSync(join(tmpdir(), 'unres-diff-'));
    try {
      const t = texts.find((x) => x.file.endsWith('-fr.md'))!;
      const oldFile = join(dir, 'old.md');
      const newFile = join(dir, 'new.md');
      writeFileSync(oldFile, t.text);
      writeFileSync(newFile, edited(t.parts, 'fr', [{ kind: 'delete', operative: true, at: 1, to: 0 }, { kind: 'words', operative: false, at: 0, to: 1 }]));
      const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
      const same = run('diff', oldFile, oldFile);
      assert.equal(same.status, 0);
      assert.match(same.stdout, /0 changed, 0 moved, 0 renumbered, 0 deleted, 0 inserted, \d+ unchanged/);
      const text = run('diff', oldFile, newFile);
      assert.equal(text.status, 1);
      assert.match(text.stdout, /^- OP2 deleted \(line \d+\)$/m);
      assert.match(text.stdout, /\[-\p{L}+-\]\{\+révisé\+\}/u);
      const json = JSON.parse(run('diff', oldFile, newFile, '--format', 'json').stdout) as { changes: { kind: string }[] };
      assert.ok(json.changes.some((c) => c.kind === 'deleted'));
      const html = run('diff', oldFile, newFile, '--format', 'html').stdout;
      assert.match(html, /^<!DOCTYPE html>/);
      assert.match(html, /<ins>révisé<\/ins>/);
      // Self-contained: no script, no style sheet or image fetched from anywhere.
      assert.doesNotMatch(html, /<script|<link|<img|src=|@import/);
      // And says so to the browser or webview that opens it: nothing may be loaded, only its own styles.
      assert.match(html, /http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
      const sheet = run('diff', oldFile, newFile, '--as-amendments');
      assert.match(sheet.stdout, /^Amendements au projet : old\.md\n\n1\. Supprimer le paragraphe 2 du dispositif\./);
      const sheetFile = join(dir, 'sheet.md');
      writeFileSync(sheetFile, sheet.stdout);
      const amended = run('amend', oldFile, sheetFile);
      assert.equal(amended.status, 0, amended.stderr);
      assert.equal(amended.stdout, readFileSync(newFile, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
