import { normalizeWord } from '../lexicon';
import { defineMessages } from '../messages';
import type { Paragraph, ResolutionModel } from '../model/types';
import { hasMainVerbLater, readLead } from './lead-reading';
import { entryRange, inGender, introducedText, matchCase, replaceFirstWordEdit, wordRange } from './structure-helpers';
import type { Rule } from './types';

const messages = defineMessages({
  description: {
    en: 'An operative paragraph opens with a verb in the present tense, such as "Decides", "Requests" or "Calls upon".',
    fr: 'Un paragraphe du dispositif s’ouvre par un verbe au présent, comme « Décide », « Prie » ou « Demande ».',
    es: 'Un párrafo dispositivo empieza con un verbo en presente, como «Decide», «Pide» o «Exhorta».',
  },
  wrongTense: {
    en: '"{phrase}" is not in the present tense: operative paragraphs open with a verb such as "{suggestion}".',
    fr: '« {phrase} » n’est pas au présent : les paragraphes du dispositif s’ouvrent par un verbe comme « {suggestion} ».',
    es: '«{phrase}» no está en presente: los párrafos dispositivos empiezan con un verbo como «{suggestion}».',
  },
  preambularWithSuggestion: {
    en: '"{phrase}" is a preambular form. An operative paragraph opens with a verb in the present tense: "{suggestion}".',
    fr: '« {phrase} » est une forme du préambule. Un paragraphe du dispositif s’ouvre par un verbe au présent : « {suggestion} ».',
    es: '«{phrase}» es una forma del preámbulo. Un párrafo dispositivo empieza con un verbo en presente: «{suggestion}».',
  },
  preambular: {
    en: '"{phrase}" is a preambular form. An operative paragraph opens with a verb in the present tense, such as "Decides" or "Requests".',
    fr: '« {phrase} » est une forme du préambule. Un paragraphe du dispositif s’ouvre par un verbe au présent, comme « Décide » ou « Prie ».',
    es: '«{phrase}» es una forma del preámbulo. Un párrafo dispositivo empieza con un verbo en presente, como «Decide» o «Pide».',
  },
  unknownWithSuggestion: {
    en: '"{word}" is not an operative verb the checker knows. Did you mean "{suggestion}"?',
    fr: '« {word} » n’est pas un verbe du dispositif que le vérificateur connaît. Vouliez-vous dire « {suggestion} » ?',
    es: '«{word}» no es un verbo dispositivo que el verificador conozca. ¿Quiso decir «{suggestion}»?',
  },
  unknown: {
    en: '"{word}" is not an operative verb the checker knows. Operative paragraphs open with a verb in the present tense, such as "Decides", "Requests" or "Calls upon".',
    fr: '« {word} » n’est pas un verbe du dispositif que le vérificateur connaît. Les paragraphes du dispositif s’ouvrent par un verbe au présent, comme « Décide », « Prie » ou « Demande ».',
    es: '«{word}» no es un verbo dispositivo que el verificador conozca. Los párrafos dispositivos empiezan con un verbo en presente, como «Decide», «Pide» o «Exhorta».',
  },
  replace: { en: 'Replace with "{suggestion}"', fr: 'Remplacer par « {suggestion} »', es: 'Reemplazar por «{suggestion}»' },
});

/**
 * Operative paragraphs are decisions: "Decides", never "Decided" or "Deciding". A listed wrong tense has one
 * right form, so its fix is safe; a wrong tense read by its ending ("Urging" → "Urges"), a preambular form
 * or an unknown word gets a suggestion the drafter must confirm. A verb in no list but with the form of an
 * operative verb ("Recommits", "Préconise", "Recalca") is accepted. A participle whose main verb comes later
 * ("*Recognizing* that …, *decides* …", as the Council writes) is a well-formed operative paragraph. Unknown
 * words are warnings, never errors (Model UN drafts use odd verbs).
 */
export const operativeVerb: Rule = {
  code: 'operative-verb',
  description: messages.description,
  defaultSeverity: 'warning',
  check(ctx) {
    const { model, lexicon } = ctx;
    const gender = model.organ?.gender;
    const quoted = introducedText(model);
    for (const p of model.operative) {
      const lead = p.lead;
      if (!lead || (quoted.has(p) && !lead.italic)) continue;
      const match = readLead(model, p)?.match;
      if (match?.entry.kind === 'operative') continue;
      if (match && hasMainVerbLater(model, p, lexicon)) continue;
      const words = lead.wordSpans.map((s) => normalizeWord(model.text.slice(s.start, s.end)));
      // A listed phrase says what it is; a form only says it is no present, and the wrong tense says which.
      const wrong = match && !match.entry.form ? undefined : lexicon.matchWrongOperative(words);
      const right = wrong ? lexicon.byConcept(wrong.concept, 'operative', gender) : undefined;
      if (wrong && right) {
        const span = wordRange(lead, 0, wrong.wordCount) ?? lead.firstWordSpan;
        const phrase = model.text.slice(span.start, span.end);
        const suggestion = matchCase(phrase, inGender(right, gender));
        ctx.report({
          ...span,
          message: ctx.t(messages.wrongTense, { phrase, suggestion }),
          fixes: [{ title: ctx.t(messages.replace, { suggestion }), safe: !wrong.derived, edits: [{ ...span, newText: suggestion }] }],
        });
        continue;
      }
      if (match) {
        const span = entryRange(lead, match) ?? lead.firstWordSpan;
        const phrase = model.text.slice(span.start, span.end);
        const operative = lexicon.byConcept(match.entry.concept, 'operative', gender);
        if (!operative) {
          ctx.report({ ...span, message: ctx.t(messages.preambular, { phrase }) });
          continue;
        }
        const suggestion = matchCase(phrase, inGender(operative, gender));
        ctx.report({
          ...span,
          message: ctx.t(messages.preambularWithSuggestion, { phrase, suggestion }),
          fixes: [{ title: ctx.t(messages.replace, { suggestion }), safe: false, edits: [{ ...span, newText: suggestion }] }],
        });
        continue;
      }
      const suggestion = lexicon.suggest(lead.firstWord, 'operative', words.slice(1), gender);
      if (!suggestion) {
        ctx.report({ ...lead.firstWordSpan, message: ctx.t(messages.unknown, { word: lead.firstWord }) });
        continue;
      }
      const edit = replaceFirstWordEdit(model.text, lead, suggestion);
      ctx.report({
        ...lead.firstWordSpan,
        message: ctx.t(messages.unknownWithSuggestion, { word: lead.firstWord, suggestion: suggestion.text }),
        fixes: [{ title: ctx.t(messages.replace, { suggestion: edit.newText }), safe: false, edits: [edit] }],
      });
    }
  },
};
