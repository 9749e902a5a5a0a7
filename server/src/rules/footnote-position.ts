import { defineMessages } from '../messages';
import type { Rule } from './types';

const messages = defineMessages({
  description: {
    en: 'A footnote marker stands after the punctuation in English ("missions,¹ which") and before it in French and Spanish ("spéciales¹, qui").',
    fr: 'L’appel de note se place après la ponctuation en anglais (« missions,¹ which ») et avant elle en français et en espagnol (« spéciales¹, qui »).',
    es: 'La llamada de nota va después de la puntuación en inglés («missions,¹ which») y antes de ella en francés y en español («especiales¹, que»).',
  },
  afterInEnglish: {
    en: 'In English, the footnote marker goes after the "{mark}".',
    fr: 'En anglais, l’appel de note se place après « {mark} ».',
    es: 'En inglés, la llamada de nota va después de «{mark}».',
  },
  beforeInFrench: {
    en: 'In French and Spanish, the footnote marker goes before the "{mark}".',
    fr: 'En français et en espagnol, l’appel de note se place avant « {mark} ».',
    es: 'En francés y en español, la llamada de nota va antes de «{mark}».',
  },
  move: { en: 'Move the marker', fr: 'Déplacer l’appel de note', es: 'Mover la llamada de nota' },
});

/** A Markdown footnote marker: "[^1]". A definition ("[^1]: text" at the start of a line) is not one. */
const MARKER = /\[\^[^\]\s]{1,12}\]/g;
const MARKS = new Set([',', ';', ':', '.']);
const SPACE = new Set([' ', '\u00a0', '\u202f']);

/** One pass over the markers. The move is "safe": the marker and the mark only trade places. */
export const footnotePosition: Rule = {
  code: 'footnote-position',
  description: messages.description,
  defaultSeverity: 'warning',
  check(ctx) {
    const { text, language } = ctx.model;
    // Every marker holds "[^": most drafts have none, and that search costs a tenth of the expression's.
    if (!text.includes('[^')) return;
    for (const m of text.matchAll(MARKER)) {
      const start = m.index;
      const end = start + m[0].length;
      if ((start === 0 || text[start - 1] === '\n') && text[end] === ':') continue;
      const marker = m[0];
      if (language === 'en') {
        const mark = text[end];
        if (!mark || !MARKS.has(mark)) continue;
        ctx.report({ start, end: end + 1, message: ctx.t(messages.afterInEnglish, { mark }), fixes: [{ title: ctx.t(messages.move), safe: true, edits: [{ start, end: end + 1, newText: mark + marker }] }] });
      } else {
        const mark = text[start - 1];
        if (!mark || !MARKS.has(mark)) continue;
        // "texte ;[^1]" becomes "texte[^1] ;": the (no-break) space stays with its mark.
        const from = SPACE.has(text[start - 2] ?? '') ? start - 2 : start - 1;
        ctx.report({ start: start - 1, end, message: ctx.t(messages.beforeInFrench, { mark }), fixes: [{ title: ctx.t(messages.move), safe: true, edits: [{ start: from, end, newText: marker + text.slice(from, start) }] }] });
      }
    }
  },
};
