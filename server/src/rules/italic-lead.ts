import { defineMessages } from '../messages';
import { readLead } from './lead-reading';
import type { Rule } from './types';

const messages = defineMessages({
  description: {
    en: 'The leading phrase of a preambular or operative paragraph is in italics: "*Recalling*", "*Decides also*".',
    fr: 'L’expression qui ouvre un alinéa du préambule ou un paragraphe du dispositif est en italique : « *Rappelant* », « *Décide également* ».',
    es: 'La expresión con que empieza un párrafo del preámbulo o de la parte dispositiva va en cursiva: «*Recordando*», «*Decide además*».',
  },
  notItalic: {
    en: 'The leading phrase "{phrase}" should be in italics.',
    fr: 'L’expression initiale « {phrase} » devrait être en italique.',
    es: 'La expresión inicial «{phrase}» debería ir en cursiva.',
  },
  wrap: { en: 'Put "{phrase}" in italics', fr: 'Mettre « {phrase} » en italique', es: 'Poner «{phrase}» en cursiva' },
});

/**
 * The italic phrase is how a reader finds where each paragraph's statement starts. The finding covers the
 * whole phrase as the official texts italicise it — the verb with its adverbs and the adjective that
 * completes it ("*Condamne à nouveau avec la plus grande fermeté*", "*Se déclarant à nouveau profondément
 * préoccupé*") — not the head word alone, so that the fix italicises what an editor would. Only known
 * phrases are checked, listed or recognised by their form: for an unknown word nobody can tell where the
 * phrase ends (the phrase rules report it). Texts converted from PDF often lost these italics: that is a
 * style warning, never an error.
 */
export const italicLead: Rule = {
  code: 'italic-lead',
  description: messages.description,
  defaultSeverity: 'warning',
  check(ctx) {
    const { model } = ctx;
    for (const p of model.paragraphs) {
      const lead = p.lead;
      if (!lead || lead.italic) continue;
      const reading = readLead(model, p);
      if (!reading) continue;
      const { start, end } = reading.headSpan;
      const phrase = model.text.slice(start, end);
      ctx.report({
        start,
        end,
        message: ctx.t(messages.notItalic, { phrase }),
        fixes: [
          {
            title: ctx.t(messages.wrap, { phrase }),
            safe: true,
            edits: [
              { start, end: start, newText: '*' },
              { start: end, end, newText: '*' },
            ],
          },
        ],
      });
    }
  },
};
