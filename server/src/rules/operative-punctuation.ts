import { defineMessages } from '../messages';
import { checkIntroducedList, expectEnding, hasWrapUp } from './structure-helpers';
import type { Paragraph } from '../model/types';
import type { Rule } from './types';

const messages = defineMessages({
  description: {
    en: 'Operative paragraphs end with ";", with ":" when subparagraphs follow, and the last one with ".".',
    fr: 'Les paragraphes du dispositif se terminent par « ; », par « : » quand des subdivisions suivent, et le dernier par « . ».',
    es: 'Los párrafos dispositivos terminan con «;», con «:» cuando siguen apartados, y el último con «.».',
  },
  semicolon: {
    en: 'An operative paragraph ends with a semicolon ";" (here: {found}).',
    fr: 'Un paragraphe du dispositif se termine par un point-virgule « ; » (ici : {found}).',
    es: 'Un párrafo dispositivo termina con punto y coma «;» (aquí: {found}).',
  },
  last: {
    en: 'The last operative paragraph ends with a full stop "." (here: {found}).',
    fr: 'Le dernier paragraphe du dispositif se termine par un point « . » (ici : {found}).',
    es: 'El último párrafo dispositivo termina con punto «.» (aquí: {found}).',
  },
  colon: {
    en: 'This paragraph introduces subparagraphs, so it ends with a colon ":" (here: {found}).',
    fr: 'Ce paragraphe introduit des subdivisions : il se termine par deux-points « : » (ici : {found}).',
    es: 'Este párrafo introduce apartados, así que termina con dos puntos «:» (aquí: {found}).',
  },
  item: {
    en: 'A subparagraph ends with a semicolon ";", or a comma in a long list (here: {found}).',
    fr: 'Une subdivision se termine par un point-virgule « ; », ou par une virgule dans une longue énumération (ici : {found}).',
    es: 'Un apartado termina con punto y coma «;», o con una coma en una enumeración larga (aquí: {found}).',
  },
  lastItem: {
    en: 'The last subparagraph ends as its paragraph would, with "{expected}" (here: {found}).',
    fr: 'La dernière subdivision se termine comme le ferait son paragraphe, par « {expected} » (ici : {found}).',
    es: 'El último apartado termina como lo haría su párrafo, con «{expected}» (aquí: {found}).',
  },
  fix: { en: 'End with "{expected}"', fr: 'Terminer par « {expected} »', es: 'Terminar con «{expected}»' },
});

/**
 * The operative part is one sentence too: each paragraph ends with ";", the last with ".". A paragraph that
 * introduces subparagraphs ends with ":", its subparagraphs with ";" (or "," in long enumerations, or
 * "; and"), and its last subparagraph with what the paragraph itself would have ended with. French puts a
 * space before ";" and ":": that spacing is normal and not checked. The mark has one right answer, so the
 * fix is safe.
 */
export const operativePunctuation: Rule = {
  code: 'operative-punctuation',
  description: messages.description,
  defaultSeverity: 'warning',
  check(ctx) {
    const operative = ctx.model.operative;
    operative.forEach((p, index) => {
      const terminal = index === operative.length - 1 ? '.' : ';';
      const closing = terminal === '.' ? messages.last : messages.semicolon;
      if (p.subparagraphs.length > 0) checkIntroducedList(ctx, p, terminal, closing, messages);
      else if (!introducesText(p, operative[index + 1])) expectEnding(ctx, p, terminal, [terminal], closing, messages.fix);
    });
  },
};

/**
 * "*Decides* that:" followed by the text it introduces, in blocks of its own or as numbered paragraphs that
 * open with no leading phrase ("*Resolves* that: / 1. The Working Capital Fund shall…"): that text is
 * quoted, not a clause of the resolution, and ends as its own sentences do.
 */
function introducesText(p: Paragraph, next: Paragraph | undefined): boolean {
  if (p.introEnding.char !== ':') return false;
  return hasWrapUp(p) || (next !== undefined && !p.number && !next.lead?.italic && !next.lead?.match);
}
