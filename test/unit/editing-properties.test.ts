import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll } from '../../server/src/features/codeActions';
import { applyOffsetEdits, EditComposer } from '../../server/src/features/offsetEdits';
import type { Language } from '../../server/src/lexicon';
import { analyze } from '../../server/src/analysis';
import { parseResolution } from '../../server/src/model/parser';
import type { Paragraph, ResolutionModel } from '../../server/src/model/types';
import type { OffsetEdit } from '../../server/src/rules/types';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { referenceTargets, renumberText, skeleton } from '../support/editing';
import { parseFixture } from '../support/fixtures';
import { FIXTURES, hasShared, SHARED } from '../support/paths';

/**
 * Property tests of the editing features on random drafts assembled from real paragraphs (fixtures and, when
 * present, the shared real resolutions), numbered, damaged and cross-referenced at random. Fixed seed and
 * bounded runs: the same cases every time, fast enough for every test run.
 */
const SEED = 20240405;

interface PoolParagraph {
  /** The paragraph's own text after its label (lead phrase … ending mark). */
  readonly own: string;
  /** Its subparagraphs, as written after it (may be empty). */
  readonly rest: string;
}

interface Pool {
  readonly preamble: PoolParagraph[];
  readonly operative: PoolParagraph[];
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.md$/.test(name) && name !== 'README.md') yield path;
  }
}

function extentEnd(p: Paragraph): number {
  const last = p.subparagraphs[p.subparagraphs.length - 1];
  return last ? Math.max(p.end, extentEnd(last)) : p.end;
}

/** Paragraphs of every fixture and real text, by language; only well-shaped ones (a lead, an ending mark). */
function buildPools(): Record<Language, Pool> {
  const pools: Record<Language, Pool> = { en: { preamble: [], operative: [] }, fr: { preamble: [], operative: [] }, es: { preamble: [], operative: [] } };
  const sources = [...files(FIXTURES)];
  if (hasShared) sources.push(...files(join(SHARED, 'corpus')), ...files(join(SHARED, 'examples')));
  for (const file of sources) {
    const text = parseFixture(readFileSync(file, 'utf8')).text.replace(/\r\n?/g, '\n');
    const model = parseResolution(text);
    if (!model.organ) continue;
    const pool = pools[model.language];
    for (const p of model.paragraphs) {
      if (!p.lead || !/[,;:.]/.test(p.ending.char)) continue;
      // An operative paragraph opening with a preambular form ("*Décidant* de créer…", a fixture of
      // operative-verb) reads as preambular once its number is taken away: it is no material for drafts.
      if (p.kind === 'operative' && p.lead.match?.entry.kind === 'preamble') continue;
      // A phrase known by its form only ("*Se prononce*", a fixture of operative-verb) is read as far as its
      // italics go: without them ("plain" drafts) its extent is a guess, and words move in and out of it.
      if (!p.lead.match) continue;
      // Long real paragraphs are cut down: the properties are about structure, not length.
      const own = text.slice(p.bodyStart, p.end);
      if (own.length > 1200 || own.includes('\n\n')) continue;
      const entry = { own, rest: text.slice(p.end, extentEnd(p)) };
      (p.kind === 'operative' ? pool.operative : pool.preamble).push(entry);
    }
  }
  return pools;
}

const POOLS = buildPools();
const ORGANS: Record<Language, string[]> = {
  en: ['The Security Council,', 'The General Assembly,'],
  fr: ['Le Conseil de sécurité,', 'L’Assemblée générale,'],
  es: ['El Consejo de Seguridad,', 'La Asamblea General,'],
};
const REFERENCE: Record<Language, (n: number, m: number | undefined, q: number) => string> = {
  en: (n, m, q) => `in accordance with paragraph${m ? 's' : ''} ${n}${m ? ` to ${m}` : ''} ${['above', 'below', 'of the present resolution'][q]}`,
  fr: (n, m, q) => `conformément ${m ? 'aux paragraphes' : 'au paragraphe'} ${n}${m ? ` à ${m}` : ''} ${['ci-dessus', 'ci-après', 'de la présente résolution'][q]}`,
  es: (n, m, q) => `de conformidad con ${m ? 'los párrafos' : 'el párrafo'} ${n}${m ? ` a ${m}` : ''} ${['supra', 'infra', 'de la presente resolución'][q]}`,
};

interface DraftSpec {
  language: Language;
  organ: number;
  preamble: number[];
  operative: { index: number; number: number; reference?: { n: number; m?: number; q: number }; punctuation?: string; plain?: boolean }[];
  unnumbered: boolean;
}

const draftSpec: fc.Arbitrary<DraftSpec> = fc.constantFrom<Language>('en', 'fr', 'es').chain((language) =>
  fc.record({
    language: fc.constant(language),
    organ: fc.integer({ min: 0, max: 1 }),
    preamble: fc.array(fc.nat({ max: POOLS[language].preamble.length - 1 }), { minLength: 0, maxLength: 5 }),
    operative: fc.array(
      fc.record(
        {
          index: fc.nat({ max: POOLS[language].operative.length - 1 }),
          number: fc.integer({ min: 1, max: 14 }),
          reference: fc.record({ n: fc.integer({ min: 1, max: 12 }), m: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), q: fc.integer({ min: 0, max: 2 }) }, { requiredKeys: ['n', 'q'] }),
          punctuation: fc.constantFrom(',', ';', '.', ':'),
          plain: fc.boolean(),
        },
        { requiredKeys: ['index', 'number'] },
      ),
      { minLength: 1, maxLength: 8 },
    ),
    unnumbered: fc.boolean(),
  }),
);

/** The draft a spec describes: organ line, preamble, operative paragraphs numbered as the spec says. */
function buildDraft(spec: DraftSpec, options: { damage: boolean }): string {
  const pool = POOLS[spec.language];
  const blocks = [ORGANS[spec.language][spec.organ]!];
  for (const i of spec.preamble) blocks.push(pool.preamble[i]!.own + pool.preamble[i]!.rest);
  spec.operative.forEach((op, k) => {
    const source = pool.operative[op.index]!;
    let own = source.own;
    if (op.reference) {
      const { n, m, q } = op.reference;
      own = `${own.slice(0, -1).trimEnd()}, ${REFERENCE[spec.language](n, m, q)}${own.slice(-1)}`;
    }
    if (options.damage && op.punctuation && !source.rest) own = own.slice(0, -1) + op.punctuation;
    if (options.damage && op.plain) own = own.replace(/^\*([^*\n]+)\*/, '$1');
    // The last paragraph is left unnumbered when the spec says so: renumbering must insert its number.
    const label = spec.unnumbered && k === spec.operative.length - 1 && k > 0 ? '' : `${op.number}. `;
    blocks.push(label + own + source.rest);
  });
  return blocks.join('\n\n') + '\n';
}

describe('editing properties (random drafts from real paragraphs)', () => {
  before(function () {
    if (POOLS.en.operative.length < 5 || POOLS.fr.operative.length < 5 || POOLS.es.operative.length < 3) this.skip();
  });

  it('renumbering changes only numbers and labels, orders them 1..N, keeps references on their targets, and is idempotent', () => {
    fc.assert(
      fc.property(draftSpec, (spec) => {
        const before = buildDraft(spec, { damage: false });
        const { text: after, plan } = renumberText(before);
        for (const e of plan.edits) {
          if (e.start === e.end) assert.match(e.newText, /^\d+\. $/);
          else assert.match(before.slice(e.start, e.end) + ' → ' + e.newText, /^(\d+ → \d+|[a-z]+ → [a-z]+)$/);
        }
        // Masking numbers and labels, the texts are the same once the inserted numbers are taken out again.
        const withoutInserted = applyOffsetEdits(after, insertedSpans(plan.edits).map((s) => ({ ...s, newText: '' })));
        assert.equal(skeleton(withoutInserted), skeleton(before));
        const model = parseResolution(after);
        assert.deepEqual(model.operative.map((p) => p.number?.value), model.operative.map((_, i) => i + 1));
        const targetsBefore = referenceTargets(before);
        const targetsAfter = referenceTargets(after);
        assert.equal(targetsAfter.length, targetsBefore.length);
        targetsBefore.forEach((t, i) => {
          if (!t.startsWith('<')) assert.equal(targetsAfter[i], t);
        });
        assert.deepEqual(renumberText(after).plan.edits, []);
      }),
      { seed: SEED, numRuns: 80 },
    );
  });

  it('fix all never loses or reorders a word, only marks, punctuation and leading-phrase forms, and is idempotent', () => {
    fc.assert(
      fc.property(draftSpec, (spec) => {
        const before = buildDraft(spec, { damage: true });
        const analysis = analyze(TextDocument.create('file:///p.unres', 'unres', 1, before), DEFAULT_SETTINGS);
        const result = fixAll(analysis);
        assert.equal(applyOffsetEdits(before, result.edits), result.text);
        for (let i = 1; i < result.edits.length; i++) assert.ok(result.edits[i]!.start >= result.edits[i - 1]!.end);
        assert.deepEqual(wordsOutsideLeads(parseResolution(result.text)), wordsOutsideLeads(analysis.model));
        const again = fixAll(analyze(TextDocument.create('file:///p.unres', 'unres', 2, result.text), DEFAULT_SETTINGS));
        assert.deepEqual(again.edits, [], 'fix all is idempotent');
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});

/** Where the inserted "N. " labels are in the text after renumbering (edits sorted, in original offsets). */
function insertedSpans(edits: readonly OffsetEdit[]): { start: number; end: number }[] {
  let shift = 0;
  const spans: { start: number; end: number }[] = [];
  for (const e of edits) {
    if (e.start === e.end) spans.push({ start: e.start + shift, end: e.start + shift + e.newText.length });
    shift += e.newText.length - (e.end - e.start);
  }
  return spans;
}

/**
 * The words of each paragraph, lower-cased, without its leading phrase and its italic secondary verbs (the
 * words agreement and verb-form fixes may change) and without digits (a citation year fix changes those).
 * Paragraph count and order are part of the value: a fix may not merge, split or move paragraphs.
 */
function wordsOutsideLeads(model: ResolutionModel): string[][] {
  const text = model.text;
  const words = (p: Paragraph): string => {
    const cut: { start: number; end: number }[] = [];
    if (p.lead) cut.push(p.lead.outer);
    for (const v of p.secondaryVerbs) cut.push(v);
    cut.sort((a, b) => a.start - b.start);
    let s = '';
    let pos = p.bodyStart;
    for (const c of cut) {
      if (c.start < pos) continue;
      s += text.slice(pos, c.start) + ' ';
      pos = c.end;
    }
    s += text.slice(pos, p.end);
    return (s.toLowerCase().match(/\p{L}+/gu) ?? []).join(' ') + p.subparagraphs.map((sub) => ` | ${words(sub)}`).join('');
  };
  return [[model.organ ? (model.organ.text.toLowerCase().match(/\p{L}+/gu) ?? []).join(' ') : ''], ...model.paragraphs.map((p) => [p.kind, words(p)])];
}

describe('edit composition properties', () => {
  const batch = (length: number): fc.Arbitrary<OffsetEdit[]> =>
    fc
      .array(fc.record({ a: fc.nat({ max: length }), b: fc.nat({ max: length }), newText: fc.string({ maxLength: 4 }) }), { maxLength: 5 })
      .map((raw) => {
        const edits = raw.map(({ a, b, newText }) => ({ start: Math.min(a, b), end: Math.max(a, b), newText })).sort((x, y) => x.start - y.start || x.end - y.end);
        const kept: OffsetEdit[] = [];
        for (const e of edits) if (!kept.length || e.start > kept[kept.length - 1]!.end) kept.push(e);
        return kept;
      });

  it('composed edits applied to the original give the text the passes gave, and are sorted and minimal', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(fc.nat(), { maxLength: 4 }), (original, seeds) => {
        const composer = new EditComposer(original);
        let text = original;
        for (const s of seeds) {
          // A batch valid for the current text, drawn deterministically from the seed.
          const edits = fc.sample(batch(text.length), { seed: s, numRuns: 1 })[0]!;
          composer.apply(edits);
          text = applyOffsetEdits(text, edits);
          assert.equal(composer.text(), text);
        }
        const edits = composer.edits();
        assert.equal(applyOffsetEdits(original, edits), text);
        for (let i = 0; i < edits.length; i++) {
          assert.notEqual(original.slice(edits[i]!.start, edits[i]!.end), edits[i]!.newText, 'no no-op edit');
          if (i > 0) assert.ok(edits[i]!.start >= edits[i - 1]!.end);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
