import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type DocumentSymbol, FoldingRangeKind, type MarkupContent } from 'vscode-languageserver-types';
import { encodeSemanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/src/features/semanticTokens';
import { lexiconFor } from '../../server/src/lexicon';
import type { Locale } from '../../server/src/messages';
import { createResolutionService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';

const DRAFT = [
  'United Nations',
  'Resolution 9999 (2024)', // heading: two lines, folds
  '',
  'The Security Council,',
  '',
  '*Recalling* its resolution 2331 (2016), and *stressing* the need', // preambular phrase + secondary verb
  'to act without delay,',
  '',
  '*Deeply concerned* by the situation,',
  '',
  '1. *Condemns* all acts of trafficking;',
  '',
  '2. *Decides* that all States shall:',
  '',
  '(a) Prevent the sale of arms;',
  '',
  '(b) Report to the Committee;',
  '',
  '3. *Decides* to remain seized of the matter.',
  '',
].join('\n');

interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
  text: string;
}

/** Decodes LSP relative semantic tokens back into absolute positions, as an editor does. */
function decode(text: string, data: readonly number[]): DecodedToken[] {
  assert.equal(data.length % 5, 0, 'five integers per token');
  const lines = text.split(/\r\n|\r|\n/);
  const tokens: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [dl, dc, length, type, mods] = data.slice(i, i + 5) as [number, number, number, number, number];
    line += dl;
    character = dl === 0 ? character + dc : dc;
    const lineText = lines[line] ?? '';
    assert.ok(character + length <= lineText.length, `token ${i / 5} runs past the end of line ${line}`);
    tokens.push({
      line,
      character,
      length,
      type: TOKEN_TYPES[type]!,
      modifiers: TOKEN_MODIFIERS.filter((_, bit) => (mods & (1 << bit)) !== 0),
      text: lineText.slice(character, character + length),
    });
  }
  return tokens;
}

function serviceFor(locale: Locale = 'en') {
  return createResolutionService({ settings: { ...DEFAULT_SETTINGS, locale } });
}

function doc(text: string, uri = 'file:///draft.unres'): TextDocument {
  return TextDocument.create(uri, 'unres', 1, text);
}

describe('semantic tokens', () => {
  it('tells operative verbs, preambular phrases, secondary verbs, numbers and labels apart', () => {
    const tokens = decode(DRAFT, serviceFor().getSemanticTokens(doc(DRAFT)));
    const summary = tokens.map((t) => `${t.line}:${t.text}=${t.type}${t.modifiers.length ? `+${t.modifiers.join('+')}` : ''}`);
    assert.deepEqual(summary, [
      '5:Recalling=preambularPhrase+italic',
      '5:stressing=secondaryVerb+italic',
      '8:Deeply concerned=preambularPhrase+italic',
      '10:1.=paragraphNumber',
      '10:Condemns=operativeVerb+italic',
      '12:2.=paragraphNumber',
      '12:Decides=operativeVerb+italic',
      '14:(a)=subparagraphLabel',
      '16:(b)=subparagraphLabel',
      '18:3.=paragraphNumber',
      '18:Decides=operativeVerb+italic',
    ]);
  });

  it('gives no token to an unknown leading word and no italic modifier to a plain phrase', () => {
    const text = 'The Security Council,\n\nRecalling its resolution,\n\n1. *Decided* to act.\n';
    const tokens = decode(text, serviceFor().getSemanticTokens(doc(text)));
    assert.deepEqual(
      tokens.map((t) => [t.text, t.type, t.modifiers.length]),
      [
        ['Recalling', 'preambularPhrase', 0],
        ['1.', 'paragraphNumber', 0],
      ],
    );
  });

  it('colours a phrase recognised by its form as its part, over all its words', () => {
    const text = 'Le Conseil de sécurité,\n\n*Commémorant* le soixante-quinzième anniversaire,\n\n1. *Se prononce* en faveur d’un cessez-le-feu.\n';
    const tokens = decode(text, serviceFor().getSemanticTokens(doc(text)));
    assert.deepEqual(
      tokens.map((t) => [t.text, t.type]),
      [
        ['Commémorant', 'preambularPhrase'],
        ['1.', 'paragraphNumber'],
        ['Se prononce', 'operativeVerb'],
      ],
    );
  });

  it('counts characters in UTF-16 code units (surrogate pairs count two)', () => {
    const text = 'The Security Council,\n\n*Recalling* 😀 its text, and *noting* the report,\n';
    const tokens = decode(text, serviceFor().getSemanticTokens(doc(text)));
    const noting = tokens.find((t) => t.text === 'noting');
    assert.ok(noting, JSON.stringify(tokens));
    assert.equal(noting.character, text.split('\n')[2]!.indexOf('*noting*') + 1);
  });

  it('splits a span that crosses line breaks into one token per line (LF, CRLF, lone CR)', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = `ab Taking into${eol}account x${eol}${eol}cd`;
      const lineStarts = [0];
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '\r' && text[i + 1] === '\n') continue;
        if (text[i] === '\n' || text[i] === '\r') lineStarts.push(i + 1);
      }
      const start = text.indexOf('Taking');
      const end = text.indexOf('account') + 'account'.length;
      const data = encodeSemanticTokens(text, lineStarts, [
        { start, end, type: 'preambularPhrase', italic: false },
        { start: text.indexOf('cd'), end: text.indexOf('cd') + 2, type: 'paragraphNumber', italic: false },
      ]);
      assert.deepEqual(data, [0, 3, 11, 1, 0, 1, 0, 7, 1, 0, 2, 0, 2, 3, 0], JSON.stringify(eol));
    }
  });

  it('clips overlapping spans so that positions keep increasing', () => {
    const text = 'abcdefgh';
    const data = encodeSemanticTokens(text, [0], [
      { start: 0, end: 5, type: 'operativeVerb', italic: false },
      { start: 3, end: 7, type: 'secondaryVerb', italic: true },
    ]);
    assert.deepEqual(data, [0, 0, 5, 0, 0, 0, 5, 2, 2, 1]);
  });
});

describe('document symbols', () => {
  const names = (symbols: readonly DocumentSymbol[] | undefined): string[] => (symbols ?? []).map((s) => s.name);
  const contains = (outer: DocumentSymbol, inner: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
    (outer.range.start.line < inner.start.line || (outer.range.start.line === inner.start.line && outer.range.start.character <= inner.start.character)) &&
    (outer.range.end.line > inner.end.line || (outer.range.end.line === inner.end.line && outer.range.end.character >= inner.end.character));

  it('outlines the preamble and the operative part with numbered paragraphs and nested subparagraphs', () => {
    const symbols = serviceFor().getDocumentSymbols(doc(DRAFT));
    assert.deepEqual(names(symbols), ['Preamble', 'Operative part']);
    assert.deepEqual(names(symbols[0]!.children), ['Recalling', 'Deeply concerned']);
    assert.equal(symbols[0]!.children![0]!.detail, 'its resolution 2331 (2016), and stressing the need to act…');
    assert.deepEqual(names(symbols[1]!.children), ['1. Condemns', '2. Decides', '3. Decides']);
    const second = symbols[1]!.children![1]!;
    assert.deepEqual(names(second.children), ['(a) Prevent the sale of arms;', '(b) Report to the Committee;']);
    assert.equal(second.range.end.line, 16, 'the paragraph range covers its subparagraphs');
  });

  it('keeps every child inside its parent and every selection inside its range', () => {
    const check = (symbol: DocumentSymbol): void => {
      assert.ok(contains(symbol, symbol.selectionRange), `selection of ${symbol.name}`);
      for (const child of symbol.children ?? []) {
        assert.ok(contains(symbol, child.range), `${child.name} inside ${symbol.name}`);
        check(child);
      }
    };
    serviceFor().getDocumentSymbols(doc(DRAFT)).forEach(check);
  });

  it('names the sections in the editor language', () => {
    assert.deepEqual(names(serviceFor('fr').getDocumentSymbols(doc(DRAFT))), ['Préambule', 'Dispositif']);
    assert.deepEqual(names(serviceFor('es').getDocumentSymbols(doc(DRAFT))), ['Preámbulo', 'Parte dispositiva']);
  });

  it('returns nothing for a text without paragraphs', () => {
    assert.deepEqual(serviceFor().getDocumentSymbols(doc('')), []);
  });
});

describe('folding ranges', () => {
  it('folds the heading, the preamble from the organ line, the operative part and multi-line paragraphs', () => {
    const ranges = serviceFor().getFoldingRanges(doc(DRAFT));
    assert.deepEqual(ranges, [
      { startLine: 0, endLine: 1, kind: FoldingRangeKind.Region },
      { startLine: 3, endLine: 8, kind: FoldingRangeKind.Region },
      { startLine: 5, endLine: 6 },
      { startLine: 10, endLine: 18, kind: FoldingRangeKind.Region },
      { startLine: 12, endLine: 16 },
    ]);
  });

  it('never returns a range that ends before it starts or past the last line', () => {
    const text = '1. *Decides* to act.';
    for (const r of serviceFor().getFoldingRanges(doc(text))) assert.ok(r.endLine > r.startLine && r.endLine < 1);
  });
});

describe('phrase hover', () => {
  const hoverAt = (text: string, needle: string, locale: Locale = 'en', delta = 1) => {
    const d = doc(text);
    const hover = serviceFor(locale).getHover(d, d.positionAt(text.indexOf(needle) + delta));
    return hover ? { value: (hover.contents as MarkupContent).value, range: hover.range } : undefined;
  };

  it('gives the kind of an operative verb and its French and Spanish equivalents', () => {
    const hover = hoverAt(DRAFT, 'Condemns');
    assert.ok(hover);
    assert.match(hover.value, /operative verb/);
    assert.match(hover.value, /French: \*Condamne\*/);
    assert.match(hover.value, /Spanish: \*Condena\*/);
    assert.match(hover.value, /Preambular form: \*Condemning\*/);
    assert.deepEqual(hover.range, { start: { line: 10, character: 4 }, end: { line: 10, character: 12 } });
  });

  it('explains a secondary italic verb', () => {
    const hover = hoverAt(DRAFT, 'stressing');
    assert.ok(hover);
    assert.match(hover.value, /italic verb inside the paragraph \(preambular phrase\)/);
    // Whichever French form the lexicon lists first for the concept "stress", the hover shows it.
    const french = lexiconFor('fr').byConcept('stress', 'preamble', 'm');
    assert.ok(french);
    assert.ok(hover.value.includes(`French: *${french.text}*`), hover.value);
  });

  it('answers in the editor language, with the gender that agrees with the organ', () => {
    const assembly = "L'Assemblée générale,\n\n*Consciente* de la situation,\n\n1. *Décide* d'agir.\n";
    const hover = hoverAt(assembly, 'Consciente', 'es');
    assert.ok(hover);
    assert.match(hover.value, /frase del preámbulo/);
    assert.match(hover.value, /Inglés: \*Aware\*/);
    assert.match(hover.value, /Español: \*Consciente\*/);
    assert.match(hover.value, /Otro género \(masculino\): \*Conscient\*/);
    const fr = hoverAt(assembly, 'Décide', 'fr');
    assert.ok(fr);
    assert.match(fr.value, /verbe du dispositif/);
    assert.match(fr.value, /Anglais\u00a0: \*Decides\*/);
  });

  it('says that a phrase in no list was recognised by its form, and which form', () => {
    const text = 'The General Assembly,\n\n*Honouring* the memory of the victims,\n\n1. *Reconfirms* its commitment.\n';
    const preamble = hoverAt(text, 'Honouring');
    assert.ok(preamble);
    assert.match(preamble.value, /preambular phrase/);
    assert.match(preamble.value, /Recognised by its form \(a present participle\)/);
    // No concept, so no equivalents in the other languages.
    assert.doesNotMatch(preamble.value, /French:/);
    const operative = hoverAt(text, 'Reconfirms', 'fr');
    assert.ok(operative);
    assert.match(operative.value, /verbe du dispositif/);
    assert.match(operative.value, /Reconnue à sa forme \(un verbe au présent\)/);
    // A listed phrase says nothing of forms.
    assert.doesNotMatch(hoverAt(DRAFT, 'Condemns')!.value, /form \(/);
  });

  it('says nothing outside leading phrases and secondary verbs', () => {
    assert.equal(hoverAt(DRAFT, 'all acts of trafficking'), undefined);
    assert.equal(hoverAt(DRAFT, 'The Security Council'), undefined);
    assert.equal(hoverAt(DRAFT, '(a) Prevent', 'en', 5), undefined);
  });
});
