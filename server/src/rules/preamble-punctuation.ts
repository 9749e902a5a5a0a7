import { defineMessages } from '../messages';
import { checkIntroducedList, expectEnding } from './structure-helpers';
import type { Rule } from './types';

const messages = defineMessages({
  description: {
    en: 'A preambular paragraph ends with a comma: the whole preamble is one sentence whose verb is in the operative part.',
    fr: 'Un alinéa du préambule se termine par une virgule : tout le préambule forme une seule phrase, dont le verbe est dans le dispositif.',
    es: 'Un párrafo del preámbulo termina con una coma: todo el preámbulo es una sola oración, cuyo verbo está en la parte dispositiva.',
  },
  comma: {
    en: 'A preambular paragraph ends with a comma "," (here: {found}).',
    fr: 'Un alinéa du préambule se termine par une virgule « , » (ici : {found}).',
    es: 'Un párrafo del preámbulo termina con una coma «,» (aquí: {found}).',
  },
  colon: {
    en: 'This preambular paragraph introduces subparagraphs, so it ends with a colon ":" (here: {found}).',
    fr: 'Cet alinéa du préambule introduit des subdivisions : il se termine par deux-points « : » (ici : {found}).',
    es: 'Este párrafo del preámbulo introduce apartados, así que termina con dos puntos «:» (aquí: {found}).',
  },
  item: {
    en: 'A subparagraph ends with a semicolon ";" (or a comma), and the last one with a comma "," (here: {found}).',
    fr: 'Une subdivision se termine par un point-virgule « ; » (ou une virgule), et la dernière par une virgule « , » (ici : {found}).',
    es: 'Un apartado termina con punto y coma «;» (o una coma), y el último con una coma «,» (aquí: {found}).',
  },
  fix: { en: 'End with "{expected}"', fr: 'Terminer par « {expected} »', es: 'Terminar con «{expected}»' },
});

/**
 * The preamble is one long sentence ("The Security Council, Recalling…, Noting…, 1. Decides…"), so each
 * preambular paragraph ends with a comma. When a preambular paragraph introduces subparagraphs, it ends
 * with ":" and its last subparagraph carries the comma. The mark has one right answer: the fix is safe.
 */
export const preamblePunctuation: Rule = {
  code: 'preamble-punctuation',
  description: messages.description,
  defaultSeverity: 'warning',
  check(ctx) {
    for (const p of ctx.model.preamble) {
      if (p.subparagraphs.length === 0) expectEnding(ctx, p, ',', [','], messages.comma, messages.fix);
      else checkIntroducedList(ctx, p, ',', messages.comma, { ...messages, lastItem: messages.item });
    }
  },
};
