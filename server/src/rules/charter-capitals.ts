import { defineMessages } from '../messages';
import type { Rule } from './types';

const messages = defineMessages({
  description: {
    en: '"Article", "Chapter" and "Charter" take a capital when they are the Charter\'s: "Article 2 (4) of the Charter"; "article 3" of another instrument stays lower case.',
    fr: '« Article », « Chapitre » et « Charte » prennent une majuscule quand il s’agit de la Charte : « l’Article 2 de la Charte » ; l’« article 3 » d’un autre instrument reste en minuscule.',
    es: '«Artículo», «Capítulo» y «Carta» llevan mayúscula cuando son los de la Carta: «el Artículo 2 de la Carta»; el «artículo 3» de otro instrumento va en minúscula.',
  },
  capital: {
    en: '"{word}" takes a capital here: it is the Charter\'s ({example}).',
    fr: '« {word} » prend ici une majuscule : il s’agit de la Charte ({example}).',
    es: '«{word}» lleva aquí mayúscula: se trata de la Carta ({example}).',
  },
  fix: { en: 'Write "{word}"', fr: 'Écrire « {word} »', es: 'Escribir «{word}»' },
});

const GAP = '[\\s\\u00a0]+';
const NUMBER = '(?:\\d+|[IVXL]+)(?:[\\s\\u00a0]*\\(\\d+\\))?';
/**
 * "article 2 (4) of the Charter", "articles 41 and 42 of the Charter", "article 2, paragraph 4, of the
 * Charter", "chapitre VII de la Charte", "artículo 51 de la Carta de las Naciones Unidas".
 */
const PART = new RegExp(
  `(?<![\\p{L}])(articles?|chapters?|chapitres?|art[ií]culos?|cap[ií]tulos?)${GAP}${NUMBER}(?:(?:,|${GAP}(?:and|or|et|ou|à|to|y|a))${GAP}${NUMBER})*` +
    `(?:,?${GAP}(?:paragraph|paragraphe|párrafo)${GAP}\\d+,?)?${GAP}(?:of${GAP}the${GAP}[Cc]harter|de${GAP}la${GAP}[Cc]harte|de${GAP}la${GAP}[Cc]arta)(?![\\p{L}])`,
  'gu',
);
const CHARTER = /(?<![\p{L}])(charter)[\s\u00a0]+of[\s\u00a0]+the[\s\u00a0]+United[\s\u00a0]+Nations|(?<![\p{L}])(charte)[\s\u00a0]+des[\s\u00a0]+Nations[\s\u00a0]+Unies|(?<![\p{L}])(carta)[\s\u00a0]+de[\s\u00a0]+las[\s\u00a0]+Naciones[\s\u00a0]+Unidas/gu;

const EXAMPLE = { en: 'Article 2 (4) of the Charter', fr: 'l’Article 2 de la Charte', es: 'el Artículo 2 de la Carta' } as const;

/** Two linear scans; the fix is "safe": one letter becomes a capital. */
export const charterCapitals: Rule = {
  code: 'charter-capitals',
  description: messages.description,
  defaultSeverity: 'warning',
  check(ctx) {
    const { text } = ctx.model;
    // Every match ends in "Charter", "Charte" or "Carta" (either case of the first letter): a text with
    // none of "harte", "Carta" and "carta" has none, and searches for a word cost far less than the two
    // expressions, whose look-behind with the Unicode flag is tried at every character. ("arta" alone is
    // slower to search for than both spellings of "Carta": its letters are frequent.)
    if (!text.includes('harte') && !text.includes('Carta') && !text.includes('carta')) return;
    const report = (start: number, word: string): void => {
      if (word[0] === word[0]!.toUpperCase()) return;
      const capital = word[0]!.toUpperCase() + word.slice(1);
      ctx.report({
        start,
        end: start + word.length,
        message: ctx.t(messages.capital, { word: capital, example: EXAMPLE[ctx.locale] }),
        fixes: [{ title: ctx.t(messages.fix, { word: capital }), safe: true, edits: [{ start, end: start + 1, newText: capital[0]! }] }],
      });
    };
    for (const m of text.matchAll(PART)) report(m.index, m[1]!);
    for (const m of text.matchAll(CHARTER)) report(m.index, (m[1] ?? m[2] ?? m[3])!);
  },
};
