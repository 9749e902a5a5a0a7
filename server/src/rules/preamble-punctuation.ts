import { defineMessages } from '../messages';
import type { Paragraph } from '../model/types';
import { describeEnding, endingEdit, endingSpan, endsWithConjunction } from './structure-helpers';
import type { Rule, RuleContext } from './types';

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
      if (p.subparagraphs.length === 0) expect(ctx, p, ',', [','], messages.comma);
      else {
        expect(ctx, p, ':', [':'], messages.colon);
        checkItems(ctx, p.subparagraphs, ',');
      }
    }
  },
};

/** Items end with ";" or ","; the last one ends as its parent would have (`terminal`). */
function checkItems(ctx: RuleContext, items: readonly Paragraph[], terminal: string): void {
  items.forEach((item, index) => {
    const last = index === items.length - 1;
    const own = last ? terminal : ';';
    if (item.subparagraphs.length > 0) {
      expect(ctx, item, ':', [':'], messages.colon);
      checkItems(ctx, item.subparagraphs, own);
    } else if (last) expect(ctx, item, own, [own], messages.item);
    else if (!endsWithConjunction(ctx.model.text, item.ending)) expect(ctx, item, ';', [';', ','], messages.item);
  });
}

function expect(ctx: RuleContext, p: Paragraph, expected: string, accepted: readonly string[], message: (typeof messages)['comma']): void {
  const { ending } = p;
  if (ending.char === '' || accepted.includes(ending.char)) return;
  const edit = endingEdit(ctx.model.text, ending, expected);
  ctx.report({
    ...endingSpan(ending),
    message: ctx.t(message, { found: describeEnding(ctx.locale, ending) }),
    fixes: [{ title: ctx.t(messages.fix, { expected }), safe: true, edits: [edit] }],
  });
}
