import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createResolutionService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { parseFixture } from '../support/fixtures';
import { checkService } from '../support/invariants';
import { FIXTURES, hasShared, SHARED } from '../support/paths';

/**
 * Property tests: random drafts, mutated real texts and random edit sequences never make the service throw,
 * every range it returns lies inside the document, and incremental updates give the same diagnostics as a
 * fresh analysis. In `npm test` they run with a fixed seed and a bounded count; `npm run fuzz` runs
 * 100,000 cases with a random seed (printed on failure so it can be replayed with UNRES_FUZZ_SEED).
 */
const SEED = Number(process.env.UNRES_FUZZ_SEED ?? 20251128);
const TOTAL_RUNS = Number(process.env.UNRES_FUZZ_RUNS ?? 0);
/** Shares of the long run; the bounded run in `npm test` takes the small fixed counts. */
function runs(share: number, bounded: number): number {
  return TOTAL_RUNS > 0 ? Math.max(1, Math.round(TOTAL_RUNS * share)) : bounded;
}
const options = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns });

// ---------------------------------------------------------------------------------------------- seeds

function* walk(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (/\.(md|unres|txt)$/.test(name) && name !== 'README.md') yield path;
  }
}

/** Real and fixture texts to mutate: the fixtures (markers removed), and the real resolutions when present. */
const SEEDS: readonly string[] = [
  ...[...walk(join(FIXTURES, 'rules'))].map((f) => parseFixture(readFileSync(f, 'utf8')).text),
  ...(hasShared ? [...walk(join(SHARED, 'examples')), ...walk(join(SHARED, 'corpus'))].map((f) => readFileSync(f, 'utf8')) : []),
];

// ---------------------------------------------------------------------------------------------- arbitraries

/** Pieces of resolution text and of everything that goes wrong in drafts and conversions. */
const PIECES: readonly string[] = [
  // organ lines and headings
  'The Security Council,', 'The General Assembly,', '*Le Conseil de sécurité,*', "L'Assemblée générale,", 'El Consejo de Seguridad,',
  'La Asamblea General', 'Resolution 2388 (2017)', 'Adopted by the Security Council at its 8111th meeting, on 21 November 2017',
  '70/1. Transforming our world', '# Annex', 'II', 'A. Sanctions measures',
  // leading phrases, italic or not, agreeing or not
  '*Recalling*', 'Recalling', '*Deeply concerned*', '*Noting with zest*', '*Rappelant également*', '*Consciente*', '*Conscient*',
  '*Convencida*', '*Decides*', 'Decided', '*Décide*', '*Prie instamment*', '*Insta*', '*Requests*', '_Urges_', '***Welcomes***',
  '*Se déclarant à nouveau profondément préoccupé*', '*rappelant également*', '*souligne*',
  // labels
  '1.', '2.', '3.', '5 bis.', '10000.', '0.', 'OP1', 'PP2', 'OP3.', '(a)', 'a)', '*b*)', '(ii)', 'i.', 'a.', '(1)', '(x)', '(v)',
  // citations and references
  'resolution 2331 (2016)', 'résolution 2331 (2017)', 'resolutions 2195 (2014), 2253 (2015) and 2368 (2017)', '[2359 \\(2017\\)](#)',
  '2625 (XXV)', '377 A (V)', '70/1', 'S/PRST/2015/25', 'S/2017/939', 'S/RES/2388', 'A/RES/70/1', 'ES-11/1', '1514(XV)', '9999 (2030)',
  'paragraph 5 above', 'paragraphs 4 to 8 above', 'paragraphe 3 a) ci-dessus', 'párrafos 2 y 3 supra', 'paragraph 2 of resolution 660 (1990)',
  'paragraph 3 (a) above', 'Article 2 (4)', '8111^e séance',
  // endings and furniture
  ',', ';', ':', '.', '[4]', '[S/5380]', '17-20565 (F)', '- 3 -', '* * *', '---', '[^1]: See', '> ', '#', '**', '*', '_', '\\', '](#)', '[',
  // text
  'the Member States', 'les États Membres', 'los Estados Miembros', 'to remain seized of the matter.', 'de rester saisi de la question.',
  // unicode and control characters
  '\u00a0', '\u202f', '\ufeff', '\u200d', 'e\u0301', '😀', '👩‍👩‍👧', '\ud800', '\udc00', 'مجلس الأمن', '安全理事会', '\u0000', '\t', '\u2028', '\u000b',
];

const BREAKS = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', ' ', ' ', ' ', '', '\n\n\n'];

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** A draft built from pieces joined by spaces and line breaks of every kind. */
const draft = fc
  .array(fc.tuple(piece, fc.constantFrom(...BREAKS)), { maxLength: 120 })
  .map((parts) => parts.map(([p, b]) => p + b).join(''));

type Mutation = { readonly at: number; readonly length: number; readonly kind: number; readonly insert: string };

const mutation = fc.record({
  at: fc.nat(),
  length: fc.nat({ max: 400 }),
  kind: fc.nat({ max: 4 }),
  insert: fc.oneof(piece, fc.constantFrom(...BREAKS)),
});

/** Deletes, inserts, duplicates or moves a slice: what editing, pasting and bad conversions do to a text. */
function mutate(text: string, mutations: readonly Mutation[]): string {
  let t = text;
  for (const m of mutations) {
    const at = t.length === 0 ? 0 : m.at % (t.length + 1);
    const end = Math.min(t.length, at + m.length);
    switch (m.kind) {
      case 0:
        t = t.slice(0, at) + t.slice(end);
        break;
      case 1:
        t = t.slice(0, at) + m.insert + t.slice(at);
        break;
      case 2:
        t = t.slice(0, end) + t.slice(at, end) + t.slice(end);
        break;
      case 3:
        t = t.slice(0, at) + m.insert + t.slice(end);
        break;
      default: {
        // Moves the slice to the start: paragraphs out of order.
        t = t.slice(at, end) + t.slice(0, at) + t.slice(end);
      }
    }
  }
  return t;
}

const seedText = SEEDS.length > 0 ? fc.constantFrom(...SEEDS) : draft;
const mutatedDraft = fc.tuple(fc.oneof(seedText, draft), fc.array(mutation, { maxLength: 8 })).map(([t, ms]) => mutate(t, ms));
const probes = fc.array(fc.integer(), { maxLength: 4 });

// ---------------------------------------------------------------------------------------------- properties

describe('fuzzing the service', function () {
  // The long run (npm run fuzz) sets its own timeout; the bounded one must stay well under mocha's.
  this.timeout(TOTAL_RUNS > 0 ? 0 : 20000);

  it('never throws on random drafts and keeps every range inside the document', () => {
    const service = createResolutionService({ settings: DEFAULT_SETTINGS });
    let version = 1;
    fc.assert(
      fc.property(draft, probes, (text, at) => {
        checkService(service, TextDocument.create('file:///fuzz/draft.unres', 'unres', version++, text), at);
      }),
      options(runs(0.4, 150)),
    );
  });

  it('never throws on mutated fixtures and real resolutions', () => {
    const service = createResolutionService({ settings: DEFAULT_SETTINGS });
    let version = 1;
    fc.assert(
      fc.property(mutatedDraft, probes, (text, at) => {
        checkService(service, TextDocument.create('file:///fuzz/mutated.unres', 'unres', version++, text), at);
      }),
      options(runs(0.3, 60)),
    );
  });

  it('never throws with the language forced and messages in French or Spanish', () => {
    fc.assert(
      fc.property(mutatedDraft, fc.constantFrom('en', 'fr', 'es' as const), fc.constantFrom('en', 'fr', 'es' as const), (text, language, locale) => {
        const service = createResolutionService({ settings: { ...DEFAULT_SETTINGS, language, locale } });
        checkService(service, TextDocument.create('file:///fuzz/forced.unres', 'unres', 1, text));
      }),
      options(runs(0.1, 30)),
    );
  });

  it('gives the same results after random incremental edits as a fresh analysis of the final text', () => {
    const change = fc.record({
      at: fc.nat(),
      length: fc.nat({ max: 60 }),
      text: fc.oneof(piece, fc.constantFrom(...BREAKS), fc.constant('')),
      ask: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.oneof(seedText, draft), fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }), (initial, batches) => {
        const incremental = createResolutionService({ settings: DEFAULT_SETTINGS });
        let document = TextDocument.create('file:///fuzz/edited.unres', 'unres', 1, initial);
        incremental.computeDiagnostics(document);
        for (const batch of batches) {
          // One didChange may carry several changes, each against the text left by the one before.
          let shadow = TextDocument.create('file:///fuzz/shadow.unres', 'unres', 0, document.getText());
          const contentChanges = batch.map((c) => {
            const length = shadow.getText().length;
            const start = length === 0 ? 0 : c.at % (length + 1);
            const range = { start: shadow.positionAt(start), end: shadow.positionAt(Math.min(length, start + c.length)) };
            shadow = TextDocument.update(shadow, [{ range, text: c.text }], shadow.version + 1);
            return { range, text: c.text };
          });
          document = TextDocument.update(document, contentChanges, document.version + 1);
          assert.equal(document.getText(), shadow.getText());
          // The editor asks for diagnostics and tokens after some edits, not all: both paths are exercised.
          if (batch.some((c) => c.ask)) {
            incremental.computeDiagnostics(document);
            incremental.getSemanticTokens(document);
          }
        }
        const fresh = createResolutionService({ settings: DEFAULT_SETTINGS });
        const final = TextDocument.create('file:///fuzz/edited.unres', 'unres', document.version, document.getText());
        assert.deepEqual(incremental.computeDiagnostics(document), fresh.computeDiagnostics(final));
        assert.deepEqual(incremental.getSemanticTokens(document), fresh.getSemanticTokens(final));
        assert.deepEqual(incremental.getDocumentSymbols(document), fresh.getDocumentSymbols(final));
      }),
      options(runs(0.2, 40)),
    );
  });

  it('reanalyses a document changed in place under the same version number (a misbehaving client)', () => {
    const service = createResolutionService({ settings: DEFAULT_SETTINGS });
    const document = TextDocument.create('file:///fuzz/same-version.unres', 'unres', 7, 'The Security Council,\n\n1. *Decides* to act;\n\n2. *Decides* to remain seized of the matter.\n');
    assert.deepEqual(service.computeDiagnostics(document), []);
    // Same length, same version, different text: "2." becomes "3.", a numbering gap.
    TextDocument.update(document, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 1 } }, text: '3' }], 7);
    const fresh = createResolutionService({ settings: DEFAULT_SETTINGS });
    const expected = fresh.computeDiagnostics(TextDocument.create(document.uri, 'unres', 7, document.getText()));
    assert.ok(expected.some((d) => d.code === 'operative-numbering'), JSON.stringify(expected));
    assert.deepEqual(service.computeDiagnostics(document), expected);
  });
});
