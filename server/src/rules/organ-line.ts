import { defineMessages } from '../messages';
import type { Rule } from './types';

const messages = defineMessages({
  description: {
    en: 'The draft names its organ ("The Security Council,") before the first paragraph, followed by a comma.',
    fr: 'Le projet nomme son organe (« Le Conseil de sécurité, ») avant le premier alinéa, suivi d’une virgule.',
    es: 'El proyecto nombra su órgano («El Consejo de Seguridad,») antes del primer párrafo, seguido de una coma.',
  },
  missing: {
    en: 'The draft has no organ line. Add one such as "The Security Council," or "The General Assembly," before the first paragraph.',
    fr: 'Le projet n’a pas de ligne d’organe. Ajoutez-en une, comme « Le Conseil de sécurité, » ou « L’Assemblée générale, », avant le premier alinéa.',
    es: 'El proyecto no tiene línea de órgano. Añada una, como «El Consejo de Seguridad,» o «La Asamblea General,», antes del primer párrafo.',
  },
  comma: {
    en: 'The organ line "{organ}" should end with a comma.',
    fr: 'La ligne d’organe « {organ} » doit se terminer par une virgule.',
    es: 'La línea de órgano «{organ}» debe terminar con una coma.',
  },
  addComma: { en: 'Add the comma', fr: 'Ajouter la virgule', es: 'Añadir la coma' },
});

export const organLine: Rule = {
  code: 'organ-line',
  description: messages.description,
  defaultSeverity: 'warning',
  check(ctx) {
    const { model } = ctx;
    const organ = model.organ;
    if (!organ) {
      const first = model.paragraphs[0];
      if (!first) return; // an empty or non-resolution text: nothing to anchor a finding to
      const anchor = first.lead?.firstWordSpan ?? { start: first.start, end: Math.min(first.end, first.start + 1) };
      ctx.report({ ...anchor, message: ctx.t(messages.missing) });
      return;
    }
    if (organ.commaOffset === undefined) {
      ctx.report({
        start: organ.start,
        end: organ.end,
        message: ctx.t(messages.comma, { organ: organ.text }),
        fixes: [{ title: ctx.t(messages.addComma), safe: true, edits: [{ start: organ.end, end: organ.end, newText: ',' }] }],
      });
    }
  },
};
