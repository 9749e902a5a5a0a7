import { defineMessages } from '../messages';
import { paragraphAnchor } from './structure-helpers';
import type { Rule } from './types';

const messages = defineMessages({
  description: {
    en: 'All preambular paragraphs come before the operative part, and they are never numbered.',
    fr: 'Tous les alinéas du préambule précèdent le dispositif, et ils ne sont jamais numérotés.',
    es: 'Todos los párrafos del preámbulo van antes de la parte dispositiva y nunca se numeran.',
  },
  afterOperative: {
    en: 'This preambular paragraph comes after the operative part began (paragraph {first}). Move it up into the preamble, or make it an operative paragraph with a number and a verb in the present tense.',
    fr: 'Cet alinéa du préambule vient après le début du dispositif (paragraphe {first}). Remontez-le dans le préambule, ou faites-en un paragraphe du dispositif, numéroté et ouvert par un verbe au présent.',
    es: 'Este párrafo del preámbulo viene después del comienzo de la parte dispositiva (párrafo {first}). Súbalo al preámbulo, o conviértalo en un párrafo dispositivo numerado que empiece con un verbo en presente.',
  },
  numbered: {
    en: 'Preambular paragraphs are not numbered: remove "{label}" (or, if this is an operative paragraph, open it with a verb in the present tense).',
    fr: 'Les alinéas du préambule ne sont pas numérotés : supprimez « {label} » (ou, s’il s’agit d’un paragraphe du dispositif, ouvrez-le par un verbe au présent).',
    es: 'Los párrafos del preámbulo no se numeran: suprima «{label}» (o, si es un párrafo dispositivo, empiécelo con un verbo en presente).',
  },
  removeNumber: { en: 'Remove the number "{label}"', fr: 'Supprimer le numéro « {label} »', es: 'Suprimir el número «{label}»' },
});

/**
 * The preamble states the reasons, the operative part the decisions; a preambular paragraph among the
 * operative ones, or a numbered one, is a structural fault a reader notices at once. Removing a number is
 * offered as a fix, but not as a safe one: the paragraph may instead be an operative paragraph whose verb
 * is wrong, and only the drafter knows which.
 */
export const paragraphOrder: Rule = {
  code: 'paragraph-order',
  description: messages.description,
  defaultSeverity: 'warning',
  check(ctx) {
    const { model } = ctx;
    const firstOperative = model.paragraphs.find((p) => p.kind === 'operative');
    let operativeStarted = false;
    let operativeSection = -1;
    for (const p of model.paragraphs) {
      if (p.kind === 'operative') {
        operativeStarted = true;
        operativeSection = p.section;
        continue;
      }
      // A new section of an omnibus resolution opens with a preamble of its own.
      if (p.section !== operativeSection) operativeStarted = false;
      if (p.kind !== 'preamble') continue;
      if (p.number) {
        const label = p.number.raw;
        ctx.report({
          start: p.number.start,
          end: p.number.end,
          message: ctx.t(messages.numbered, { label }),
          fixes: [{ title: ctx.t(messages.removeNumber, { label }), safe: false, edits: [{ start: p.number.start, end: p.bodyStart, newText: '' }] }],
        });
      }
      if (operativeStarted) {
        const label = firstOperative?.negotiationLabel;
        const first = firstOperative?.number?.raw.replace(/\.$/, '') ?? (label ? `${label.kind}${label.value}` : '1');
        ctx.report({ ...paragraphAnchor(model, p), message: ctx.t(messages.afterOperative, { first }) });
      }
    }
  },
};
