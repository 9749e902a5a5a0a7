import { normalizeWord } from '../lexicon';
import { defineMessages } from '../messages';
import { readLead } from './lead-reading';
import { entryRange, inGender, matchCase, replaceFirstWordEdit } from './structure-helpers';
import type { Rule } from './types';

const messages = defineMessages({
  description: {
    en: 'A preambular paragraph opens with a known preambular phrase: a participle or adjective such as "Recalling", "Noting" or "Deeply concerned".',
    fr: 'Un alinéa du préambule s’ouvre par une expression connue du préambule : un participe ou un adjectif comme « Rappelant », « Notant » ou « Profondément préoccupé ».',
    es: 'Un párrafo del preámbulo empieza con una expresión conocida del preámbulo: un gerundio o un adjetivo como «Recordando», «Observando» o «Profundamente preocupado».',
  },
  unknownWithSuggestion: {
    en: '"{word}" is not a preambular phrase the checker knows. Did you mean "{suggestion}"?',
    fr: '« {word} » n’est pas une expression du préambule que le vérificateur connaît. Vouliez-vous dire « {suggestion} » ?',
    es: '«{word}» no es una expresión del preámbulo que el verificador conozca. ¿Quiso decir «{suggestion}»?',
  },
  unknown: {
    en: '"{word}" is not a preambular phrase the checker knows. Preambular paragraphs open with a participle or an adjective, such as "Recalling", "Noting" or "Deeply concerned".',
    fr: '« {word} » n’est pas une expression du préambule que le vérificateur connaît. Les alinéas du préambule s’ouvrent par un participe ou un adjectif, comme « Rappelant », « Notant » ou « Profondément préoccupé ».',
    es: '«{word}» no es una expresión del preámbulo que el verificador conozca. Los párrafos del preámbulo empiezan con un gerundio o un adjetivo, como «Recordando», «Observando» o «Profundamente preocupado».',
  },
  operativeWithSuggestion: {
    en: '"{phrase}" is an operative verb, used in the preamble. A preambular paragraph would say "{suggestion}"; if this is an operative paragraph, move it after the preamble and number it.',
    fr: '« {phrase} » est un verbe du dispositif, employé dans le préambule. Un alinéa du préambule dirait « {suggestion} » ; s’il s’agit d’un paragraphe du dispositif, placez-le après le préambule et numérotez-le.',
    es: '«{phrase}» es un verbo de la parte dispositiva, usado en el preámbulo. Un párrafo del preámbulo diría «{suggestion}»; si es un párrafo dispositivo, colóquelo después del preámbulo y numérelo.',
  },
  operative: {
    en: '"{phrase}" is an operative verb, used in the preamble. Open the paragraph with a participle or an adjective, or, if it is an operative paragraph, move it after the preamble and number it.',
    fr: '« {phrase} » est un verbe du dispositif, employé dans le préambule. Ouvrez l’alinéa par un participe ou un adjectif ou, s’il s’agit d’un paragraphe du dispositif, placez-le après le préambule et numérotez-le.',
    es: '«{phrase}» es un verbo de la parte dispositiva, usado en el preámbulo. Empiece el párrafo con un gerundio o un adjetivo o, si es un párrafo dispositivo, colóquelo después del preámbulo y numérelo.',
  },
  replace: { en: 'Replace with "{suggestion}"', fr: 'Remplacer par « {suggestion} »', es: 'Reemplazar por «{suggestion}»' },
});

/**
 * A phrase in no list but with a preambular form ("Honouring", "Commémorant", "Conmemorando") is accepted; an
 * operative verb, listed or recognised by its form ("Recalls", "Appropriates"), is reported.
 * Unknown phrases are warnings, never errors: Model UN drafts and older texts use phrases no list holds.
 * The suggested replacement is never "safe": the closest spelling is a guess at what the drafter meant.
 */
export const preamblePhrase: Rule = {
  code: 'preamble-phrase',
  description: messages.description,
  defaultSeverity: 'warning',
  check(ctx) {
    const { model, lexicon } = ctx;
    const gender = model.organ?.gender;
    for (const p of model.preamble) {
      const lead = p.lead;
      if (!lead) continue; // opens with a quotation, a bracket or a figure: nothing to judge
      const match = readLead(model, p)?.match;
      if (!match) {
        const following = lead.wordSpans.slice(1).map((s) => normalizeWord(model.text.slice(s.start, s.end)));
        const suggestion = lexicon.suggest(lead.firstWord, 'preamble', following, gender);
        if (!suggestion) {
          ctx.report({ ...lead.firstWordSpan, message: ctx.t(messages.unknown, { word: lead.firstWord }) });
          continue;
        }
        const edit = replaceFirstWordEdit(model.text, lead, suggestion);
        const shown = suggestion.text;
        ctx.report({
          ...lead.firstWordSpan,
          message: ctx.t(messages.unknownWithSuggestion, { word: lead.firstWord, suggestion: shown }),
          fixes: [{ title: ctx.t(messages.replace, { suggestion: edit.newText }), safe: false, edits: [edit] }],
        });
        continue;
      }
      if (match.entry.kind !== 'operative') continue;
      const span = entryRange(lead, match) ?? lead.firstWordSpan;
      const phrase = model.text.slice(span.start, span.end);
      // A verb recognised by its form ("Appropriates") has no concept, so no preambular counterpart.
      const preambular = match.entry.form ? undefined : lexicon.byConcept(match.entry.concept, 'preamble', gender);
      if (!preambular) {
        ctx.report({ ...span, message: ctx.t(messages.operative, { phrase }) });
        continue;
      }
      const suggestion = matchCase(phrase, inGender(preambular, gender));
      ctx.report({
        ...span,
        message: ctx.t(messages.operativeWithSuggestion, { phrase, suggestion }),
        fixes: [{ title: ctx.t(messages.replace, { suggestion }), safe: false, edits: [{ ...span, newText: suggestion }] }],
      });
    }
  },
};
