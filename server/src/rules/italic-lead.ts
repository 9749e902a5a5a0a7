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
  noneItalic: {
    en: 'None of the {count} leading phrases is in italics, as in text copied from a PDF. The quick fix puts them all in italics.',
    fr: 'Aucune des {count} expressions initiales n’est en italique, comme dans un texte copié d’un PDF. La correction rapide les met toutes en italique.',
    es: 'Ninguna de las {count} expresiones iniciales va en cursiva, como en un texto copiado de un PDF. La corrección rápida las pone todas en cursiva.',
  },
  wrapAll: { en: 'Put every leading phrase in italics', fr: 'Mettre toutes les expressions initiales en italique', es: 'Poner todas las expresiones iniciales en cursiva' },
});

/** Below this many plain leads, each is reported where it stands; from it on, a text with no italic lead at all gets one finding. */
const WHOLE_TEXT_FROM = 3;

/**
 * The italic phrase is how a reader finds where each paragraph's statement starts. The finding covers the
 * whole phrase as the official texts italicise it — the verb with its adverbs and the adjective that
 * completes it ("*Condamne à nouveau avec la plus grande fermeté*", "*Se déclarant à nouveau profondément
 * préoccupé*") — not the head word alone, so that the fix italicises what an editor would. Only known
 * phrases are checked, listed or recognised by their form: for an unknown word nobody can tell where the
 * phrase ends (the phrase rules report it). Texts converted from PDF often lost these italics: that is a
 * style warning, never an error, and given once for the whole text when no lead has its italics.
 */
export const italicLead: Rule = {
  code: 'italic-lead',
  description: messages.description,
  defaultSeverity: 'warning',
  check(ctx) {
    const { model } = ctx;
    const plain: { start: number; end: number }[] = [];
    let italic = 0;
    for (const p of model.paragraphs) {
      const lead = p.lead;
      if (lead?.italic) italic++;
      if (!lead || lead.italic) continue;
      const reading = readLead(model, p);
      if (reading) plain.push(reading.headSpan);
    }
    // A text without a single italic lead (copied from a PDF, typed without Markdown) has one fault, not one
    // per paragraph: it is reported once, with one fix for every phrase.
    if (italic === 0 && plain.length >= WHOLE_TEXT_FROM) {
      ctx.report({
        ...plain[0]!,
        message: ctx.t(messages.noneItalic, { count: plain.length }),
        fixes: [
          {
            title: ctx.t(messages.wrapAll),
            safe: true,
            edits: plain.flatMap(({ start, end }) => [
              { start, end: start, newText: '*' },
              { start: end, end, newText: '*' },
            ]),
          },
        ],
      });
      return;
    }
    for (const { start, end } of plain) {
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
