import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Language } from '../../server/src/lexicon';
import { parseResolution } from '../../server/src/model/parser';
import { findReferences, type ParagraphReference } from '../../server/src/references';
import { createResolutionService } from '../../server/src/service';
import { hasShared, SHARED } from '../support/paths';

const HEAD: Record<Language, string> = {
  en: 'The Security Council,\n\n1. *Decides* that all States shall act:\n\n(a) First;\n\n(b) Second;\n\n2. *Requests* a report;\n\n3. *Urges* all States ',
  fr: 'Le Conseil de sécurité,\n\n1. *Décide* que tous les États doivent agir :\n\na) Premier ;\n\nb) Second ;\n\n2. *Prie* le Comité ;\n\n3. *Exhorte* les États ',
  es: 'El Consejo de Seguridad,\n\n1. *Decide* que todos los Estados deberán:\n\na) Primero;\n\nb) Segundo;\n\n2. *Solicita* un informe;\n\n3. *Exhorta* a los Estados ',
};

/** The references found in `sentence`, written at the end of paragraph 3 of a small draft. */
function referencesIn(language: Language, sentence: string): { text: string; refs: ParagraphReference[] } {
  const text = `${HEAD[language]}${sentence};\n`;
  return { text, refs: findReferences(parseResolution(text)) };
}

function describe1(text: string, r: ParagraphReference): string {
  const items = r.items.map((i) => `${i.closesRange ? '..' : ''}${i.digits ? text.slice(i.digits.start, i.digits.end) : '^'}${i.suffix ? ' ' + i.suffix : ''}${i.labels.map((l) => `(${text.slice(l.span.start, l.span.end)})`).join('')}`);
  return `${r.scope}: ${items.join(' ')}`;
}

describe('references to the document’s own paragraphs', () => {
  const internal: [Language, string, string][] = [
    ['en', 'to apply paragraph 1 above', 'above: 1'],
    ['en', 'to apply paragraphs 1 to 2 above', 'above: 1 ..2'],
    ['en', 'to apply paragraphs 1 and 2 above', 'above: 1 2'],
    ['en', 'to apply paragraphs 1, 2, and 4 below', 'below: 1 2 4'],
    ['en', 'to apply paragraph 1 (a) above', 'above: 1(a)'],
    ['en', 'to apply paragraph 1 (a) and (b) above', 'above: 1(a) ^(b)'],
    ['en', 'to apply Paragraph 2 bis above', 'above: 2 bis'],
    ['en', 'to apply paragraphs 1–2 above', 'above: 1 ..2'],
    ['en', 'to apply paragraph 7 of the present resolution', 'present: 7'],
    ['en', 'to apply paragraph 7 of this resolution', 'present: 7'],
    ['en', 'to apply paragraph\n1 above', 'above: 1'],
    ['fr', 'à appliquer le paragraphe 1 ci-dessus', 'above: 1'],
    ['fr', 'à appliquer les paragraphes 1 à 2 ci-dessus', 'above: 1 ..2'],
    ['fr', 'à appliquer les paragraphes 1 et 2 ci-dessus', 'above: 1 2'],
    ['fr', 'à appliquer le paragraphe 1 a) ci-dessus', 'above: 1(a)'],
    ['fr', 'à appliquer le paragraphe 1 *b*) ci-dessus', 'above: 1(b)'],
    ['fr', 'à appliquer le paragraphe 5 ci-après', 'below: 5'],
    ['fr', 'à appliquer le paragraphe\u00a05 ci‑dessous', 'below: 5'],
    ['fr', 'à appliquer le paragraphe 7 de la présente résolution', 'present: 7'],
    ['es', 'a aplicar el párrafo 1 supra', 'above: 1'],
    ['es', 'a aplicar los párrafos 1 a 2 supra', 'above: 1 ..2'],
    ['es', 'a aplicar los párrafos 1 y 2 supra', 'above: 1 2'],
    ['es', 'a aplicar el párrafo 1 a) supra', 'above: 1(a)'],
    ['es', 'a aplicar el párrafo 5 infra', 'below: 5'],
    ['es', 'a aplicar el párrafo 7 de la presente resolución', 'present: 7'],
  ];
  for (const [language, sentence, expected] of internal) {
    it(`${language}: "${sentence.replace(/\n/g, '⏎')}"`, () => {
      const { text, refs } = referencesIn(language, sentence);
      assert.deepEqual(refs.map((r) => describe1(text, r)), [expected]);
    });
  }

  const external: [Language, string][] = [
    ['en', 'to comply with paragraph 2 of resolution 660 (1990)'],
    ['en', 'to comply with paragraphs 4 to 8 of resolution 661 (1990)'],
    ['en', 'to apply paragraph 2'],
    ['en', 'to apply paragraph 5 of the annex to the present resolution'],
    ['en', 'to apply subparagraph (a) above'],
    ['en', 'to apply paragraph 2016 above'],
    ['en', 'to apply paragraph 70/1 above'],
    ['fr', 'à appliquer le paragraphe 6 de la résolution 180 (1963)'],
    ['fr', 'à appliquer l’alinéa b du paragraphe 8 de la résolution 1333 (2000)'],
    ['fr', 'à appliquer les alinéas *a* et *b* du paragraphe 4 de la résolution 1267 (1999)'],
    ['es', 'a aplicar el párrafo 2 de la resolución 660 (1990)'],
    ['es', 'a aplicar el subpárrafo 2 supra'],
  ];
  for (const [language, sentence] of external) {
    it(`${language}: leaves "${sentence}" alone`, () => {
      assert.deepEqual(referencesIn(language, sentence).refs, []);
    });
  }

  it('records the paragraph a reference is written in and never reads past it', () => {
    const text = 'The Security Council,\n\n1. *Decides* to act;\n\n2. *Requests* the paragraph 1\n\nabove all a report;\n\n3. *Urges* compliance with paragraph 1 above;\n';
    const refs = findReferences(parseResolution(text));
    assert.equal(refs.length, 1);
    assert.equal(refs[0]!.paragraphIndex, 2);
  });

  it('ignores references in the heading', () => {
    const text = 'Security Council\n\nparagraph 1 above\n\nThe Security Council,\n\n1. *Decides* to act.\n';
    assert.deepEqual(findReferences(parseResolution(text)), []);
  });
});

describe('cross-reference rule on real texts', function () {
  if (!hasShared) {
    it.skip('needs the shared reference texts');
    return;
  }
  const service = createResolutionService();
  const files = [join(SHARED, 'examples', 's-res-2388-2017-fr.md'), ...readdirSync(join(SHARED, 'corpus')).filter((f) => /^(sc|ga)-.*\.md$/.test(f)).map((f) => join(SHARED, 'corpus', f))];
  for (const file of files) {
    it(`reports nothing on ${file.slice(SHARED.length + 1)}`, () => {
      const document = TextDocument.create(`file:///${file.split('/').pop()}`, 'unres', 1, readFileSync(file, 'utf8'));
      const found = service.computeDiagnostics(document).filter((d) => d.code === 'cross-reference');
      assert.deepEqual(found.map((d) => `${d.range.start.line + 1}: ${d.message}`), []);
    });
  }

  it('recognises the internal references of sc-661 and sc-678', () => {
    const refs = (name: string): string[] => {
      const text = readFileSync(join(SHARED, 'corpus', name), 'utf8');
      return findReferences(parseResolution(text)).map((r) => text.slice(r.start, r.end));
    };
    assert.deepEqual(refs('sc-661-1990-en.md'), ['paragraphs 4 to 8 above']);
    assert.deepEqual(refs('sc-678-1990-en.md'), ['paragraph 1 above', 'paragraph 2 above', 'paragraphs 2 and 3 above']);
  });
});
