import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { parseResolution } from '../../server/src/model/parser';
import type { Body, Paragraph } from '../../server/src/model/types';
import { createResolutionService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { SHARED } from '../support/paths';

/**
 * Real adopted resolutions (../shared, beside the project; skipped when absent). The expected figures were
 * counted by reading each text, as a person would: preambular and operative paragraphs, the subparagraphs of
 * each operative paragraph that has some, and the blocks a page break split off.
 */
interface Expected {
  readonly language: 'en' | 'fr' | 'es';
  readonly body: Body;
  readonly preamble: number;
  readonly operative: number;
  /** Operative paragraph number → its subparagraph labels, as written. */
  readonly subparagraphs?: Readonly<Record<number, readonly string[]>>;
  /** Paragraphs made of more than one block (page-break continuations, quotations). */
  readonly continued?: number;
  /** Warnings a careful reader also gives, on real transcription damage: "line:code". */
  readonly damage?: readonly string[];
}

const TEXTS: Readonly<Record<string, Expected>> = {
  'examples/s-res-2388-2017-fr.md': { language: 'fr', body: 'security-council', preamble: 24, operative: 35, continued: 6 },
  'corpus/ga-68-262-2014-en.md': { language: 'en', body: 'general-assembly', preamble: 7, operative: 6 },
  'corpus/ga-es-11-1-2022-en.md': { language: 'en', body: 'general-assembly', preamble: 18, operative: 16 },
  'corpus/ga-es-11-4-2022-en.md': { language: 'en', body: 'general-assembly', preamble: 7, operative: 8 },
  'corpus/sc-1388-2002-fr.md': {
    language: 'fr',
    body: 'security-council',
    preamble: 3,
    operative: 3,
    damage: ['9:preamble-punctuation'], // "par eu;" for "par eux,"
  },
  'corpus/sc-180-1963-fr.md': {
    language: 'fr',
    body: 'security-council',
    preamble: 3,
    operative: 7,
    subparagraphs: { 5: ['a)', 'b)', 'c)', 'd)', 'e)'] },
  },
  'corpus/sc-183-1963-fr.md': { language: 'fr', body: 'security-council', preamble: 4, operative: 7, continued: 1 },
  'corpus/sc-242-1967-en.md': {
    language: 'en',
    body: 'security-council',
    preamble: 3,
    operative: 4,
    subparagraphs: { 1: ['(1)', '(ii)'], 2: ['(a)', '(b)', '(c)'] },
    // "(1)" is OCR for "(i)". Paragraph 2 runs on into its subparagraphs without ":", as adopted texts may.
    damage: ['16:subparagraph-labels'],
  },
  'corpus/sc-242-1967-fr.md': {
    language: 'fr',
    body: 'security-council',
    preamble: 3,
    operative: 4,
    subparagraphs: { 1: ['i)', 'ii)'], 2: ['a)', 'b)', 'c)'] },
    // Paragraph 2 runs on into its subparagraphs without ":", as the English text does.
  },
  'corpus/sc-661-1990-en.md': {
    language: 'en',
    body: 'security-council',
    preamble: 7,
    operative: 11,
    subparagraphs: { 3: ['(a)', '(b)', '(c)'], 6: ['(a)', '(b)'], 9: ['(a)', '(b)'] },
    damage: ['22:operative-punctuation'], // paragraph 1 ends with "," for ";"
  },
  'corpus/sc-678-1990-en.md': { language: 'en', body: 'security-council', preamble: 5, operative: 5 },
  'corpus/sc-827-1993-en.md': { language: 'en', body: 'security-council', preamble: 11, operative: 9 },
};

const available = existsSync(join(SHARED, 'corpus')) && existsSync(join(SHARED, 'examples'));

describe('real resolutions', function () {
  before(function () {
    if (!available) this.skip();
  });

  const service = createResolutionService({ settings: DEFAULT_SETTINGS });

  for (const [file, expected] of Object.entries(TEXTS)) {
    describe(file, () => {
      const read = (): string => readFileSync(join(SHARED, file), 'utf8');

      it(`reads ${expected.preamble} preambular and ${expected.operative} operative paragraphs`, () => {
        const model = parseResolution(read());
        assert.equal(model.language, expected.language);
        assert.equal(model.organ?.body, expected.body);
        assert.equal(model.preamble.length, expected.preamble);
        assert.equal(model.operative.length, expected.operative);
        // Numbered 1..N in order: nothing was merged or split.
        assert.deepEqual(
          model.operative.map((p) => p.number?.value),
          model.operative.map((_, i) => i + 1),
        );
        // Every paragraph opens with a phrase the lexicon knows.
        const unknown = model.paragraphs.filter((p) => !p.lead?.match).map((p) => p.lead?.firstWord);
        assert.deepEqual(unknown, []);
        assert.equal(model.paragraphs.filter((p) => p.blocks.length > 1).length, expected.continued ?? 0);
      });

      it('reads the subparagraphs as written', () => {
        const model = parseResolution(read());
        const actual: Record<number, string[]> = {};
        const labelled = (p: Paragraph): string[] => p.subparagraphs.map((s) => s.label?.raw ?? '?');
        for (const p of model.operative) if (p.subparagraphs.length > 0) actual[p.number!.value] = labelled(p);
        assert.deepEqual(actual, expected.subparagraphs ?? {});
        assert.ok(model.preamble.every((p) => p.subparagraphs.length === 0));
      });

      it('gets no error, and no warning other than style and real damage', () => {
        const text = read();
        const diagnostics = service.computeDiagnostics(TextDocument.create(`file:///${file}`, 'unres', 1, text));
        const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
        assert.deepEqual(errors.map((d) => `${d.range.start.line + 1}: ${d.code}: ${d.message}`), []);
        // Texts converted from PDF lost the italics of their leading phrases: that is a style warning.
        const structural = diagnostics.filter((d) => d.code !== 'italic-lead' && d.severity === DiagnosticSeverity.Warning);
        const found = structural.filter((d) => STRUCTURAL.has(String(d.code))).map((d) => `${d.range.start.line + 1}:${d.code}`);
        assert.deepEqual(found.sort(), [...(expected.damage ?? [])].sort());
      });
    });
  }
});

/** The rules this file's expectations cover (other rules have their own tests on the corpus). */
const STRUCTURAL = new Set([
  'organ-line',
  'paragraph-order',
  'preamble-phrase',
  'operative-verb',
  'agreement',
  'preamble-punctuation',
  'operative-punctuation',
  'operative-numbering',
  'subparagraph-labels',
]);
