import { type Gender, normalizeWord, type PhraseEntry, splitWords, WORD_PATTERN } from '../lexicon';
import { defineMessages, type Message } from '../messages';
import type { Span } from '../model/types';
import { readLead } from './lead-reading';
import { matchCase } from './structure-helpers';
import type { Rule, RuleContext } from './types';

const messages = defineMessages({
  description: {
    en: 'In French and Spanish, adjectives and participles agree with the organ: the Council is masculine ("Conscient", "Convencido"), the Assembly feminine ("Consciente", "Convencida").',
    fr: 'En français et en espagnol, adjectifs et participes s’accordent avec l’organe : le Conseil est masculin (« Conscient »), l’Assemblée féminin (« Consciente »).',
    es: 'En francés y en español, los adjetivos y participios concuerdan con el órgano: el Consejo es masculino («Convencido»), la Asamblea femenino («Convencida»).',
  },
  disagrees: {
    en: '"{written}" does not agree with "{organ}", which is {gender}: write "{right}".',
    fr: '« {written} » ne s’accorde pas avec « {organ} », qui est {gender} : écrivez « {right} ».',
    es: '«{written}» no concuerda con «{organ}», que es {gender}: escriba «{right}».',
  },
  replace: { en: 'Replace with "{right}"', fr: 'Remplacer par « {right} »', es: 'Reemplazar por «{right}»' },
});

const GENDER_NAMES: Record<Gender, Message> = {
  m: { en: 'masculine', fr: 'masculin', es: 'masculino' },
  f: { en: 'feminine', fr: 'féminin', es: 'femenino' },
};

/**
 * The organ is the subject of every paragraph, so "*Consciente*" under "Le Conseil de sécurité" is a
 * grammar mistake, the kind that copying a paragraph from a General Assembly text produces. Checked: the
 * leading phrase, the adjective after "Se déclarant"/"Demeure", and the italic verbs inside a paragraph.
 * The fix swaps only the words that differ between the two forms, so it is safe.
 */
export const agreement: Rule = {
  code: 'agreement',
  description: messages.description,
  defaultSeverity: 'warning',
  check(ctx) {
    const { model } = ctx;
    const organ = model.organ;
    if (!organ || model.language === 'en') return;
    const walk = (paragraphs: typeof model.paragraphs): void => {
      for (const p of paragraphs) {
        const lead = p.lead;
        const match = readLead(model, p)?.match;
        if (lead && match) {
          // The gender test comes first: copying the word spans of every paragraph cost more than the rule.
          if (disagrees(match.entry, organ.gender)) checkEntry(ctx, match.entry, lead.wordSpans.slice(match.start), organ.gender, organ.text);
          for (const part of [match.complement, match.coordinated]) {
            if (part && disagrees(part.entry, organ.gender)) checkEntry(ctx, part.entry, lead.wordSpans.slice(part.start), organ.gender, organ.text);
          }
        }
        for (const verb of p.secondaryVerbs) {
          const m = verb.match;
          // Only verbs with a gendered form can disagree; most ("rappelant", "souligne") have none.
          if (!m.entry.gender && !m.complement?.entry.gender && !m.coordinated?.entry.gender) continue;
          const spans = wordSpansIn(model.text, verb.start, verb.end);
          checkEntry(ctx, m.entry, spans.slice(m.start), organ.gender, organ.text);
          for (const part of [m.complement, m.coordinated]) {
            if (part) checkEntry(ctx, part.entry, spans.slice(part.start), organ.gender, organ.text);
          }
        }
        walk(p.subparagraphs);
      }
    };
    walk(model.paragraphs);
  },
};

/** Whether `entry` is the form of the other gender than the organ's, with a form for the organ's. */
function disagrees(entry: PhraseEntry, gender: Gender): boolean {
  return entry.gender !== undefined && entry.gender !== gender && entry.otherGender !== undefined;
}

/** Reports the words of `entry` (written at `spans`) that differ from its form in the organ's gender. */
function checkEntry(ctx: RuleContext, entry: PhraseEntry, spans: readonly Span[], gender: Gender, organ: string): void {
  if (!entry.gender || entry.gender === gender || !entry.otherGender) return;
  const text = ctx.model.text;
  const wrongWords = entry.words;
  const rightWords = entry.otherGender.split(/\s+/);
  const edits: { start: number; end: number; newText: string }[] = [];
  const aligned = rightWords.length === wrongWords.length ? alignWords(text, wrongWords, spans) : undefined;
  if (aligned) {
    wrongWords.forEach((w, k) => {
      const right = rightWords[k]!;
      if (splitWords(right).join(' ') === w) return;
      const span = aligned[k]!;
      edits.push({ start: span.start, end: span.end, newText: matchCase(text.slice(span.start, span.end), right) });
    });
  } else {
    const first = spans[0];
    const last = spans[Math.min(spans.length, wrongWords.length) - 1];
    if (!first || !last) return;
    edits.push({ start: first.start, end: last.end, newText: matchCase(text.slice(first.start, last.end), entry.otherGender) });
  }
  // Usually one word differs ("préoccupé" → "préoccupée"); report each so every range is only that word.
  for (const edit of edits) {
    const written = text.slice(edit.start, edit.end);
    const args = { written, right: edit.newText, organ, gender: ctx.t(GENDER_NAMES[gender]) };
    ctx.report({
      start: edit.start,
      end: edit.end,
      message: ctx.t(messages.disagrees, args),
      fixes: [{ title: ctx.t(messages.replace, args), safe: true, edits: [edit] }],
    });
  }
}

/**
 * The span of each word of a phrase among the written words, which may hold modifiers inside the phrase
 * ("Est également consciente"): undefined when the words are not all there.
 */
function alignWords(text: string, words: readonly string[], spans: readonly Span[]): Span[] | undefined {
  const aligned: Span[] = [];
  let s = 0;
  for (const word of words) {
    // A modifier inside a phrase is at most a few words ("de nouveau", "une fois de plus").
    const limit = Math.min(spans.length, s + 5);
    while (s < limit && normalizeWord(text.slice(spans[s]!.start, spans[s]!.end)) !== word) s++;
    if (s >= limit) return undefined;
    aligned.push(spans[s++]!);
  }
  return aligned;
}

/** Word spans inside an italic secondary verb ("*profondément préoccupée*"), in reading order. */
function wordSpansIn(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const segment = text.slice(start, end);
  WORD_PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_PATTERN.exec(segment)) && spans.length < 40) spans.push({ start: start + m.index, end: start + m.index + m[0].length });
  return spans;
}
