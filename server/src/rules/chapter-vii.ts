import { defineMessages } from '../messages';
import type { Paragraph } from '../model/types';
import type { Rule } from './types';

const messages = defineMessages({
  description: {
    en: '"Acting under Chapter VII of the Charter of the United Nations," is the last preambular paragraph, right before operative paragraph 1.',
    fr: '« Agissant en vertu du Chapitre VII de la Charte des Nations Unies, » est le dernier alinéa du préambule, juste avant le paragraphe 1 du dispositif.',
    es: '«Actuando en virtud del Capítulo VII de la Carta de las Naciones Unidas,» es el último párrafo del preámbulo, justo antes del párrafo dispositivo 1.',
  },
  notLast: {
    en: '"{phrase}" is the last preambular paragraph: {count} preambular paragraph(s) follow it here.',
    fr: '« {phrase} » est le dernier alinéa du préambule : {count} alinéa(s) le suivent ici.',
    es: '«{phrase}» es el último párrafo del preámbulo: aquí lo siguen {count} párrafo(s).',
  },
  move: { en: 'Move it to the end of the preamble', fr: 'Le placer à la fin du préambule', es: 'Colocarlo al final del preámbulo' },
});

/** "Acting under Chapter VII", "Agissant en vertu du Chapitre VII", "Actuando en virtud del Capítulo VII". */
const CHAPTER_VII = /^[*_]*(?:acting|agissant|actuando)\b[^.;]{0,80}?\b(?:chapter|chapitre|cap[ií]tulo)[\s\u00a0]+VII\b/iu;

export function isChapterVii(text: string, p: Paragraph): boolean {
  return CHAPTER_VII.test(text.slice(p.bodyStart, Math.min(p.end, p.bodyStart + 140)));
}

/**
 * Each preamble is read up to the operative paragraph that ends it (an omnibus text has several). The move
 * has one right answer, the end of its preamble, but it is not "safe": "fix all" never reorders the words of
 * a draft, and a drafter should see the paragraph move.
 */
export const chapterVii: Rule = {
  code: 'chapter-vii',
  description: messages.description,
  defaultSeverity: 'warning',
  check(ctx) {
    const { text, paragraphs } = ctx.model;
    // endOf[i]: the index of the first paragraph after i that is not preambular (one pass from the end).
    const endOf = new Array<number>(paragraphs.length);
    for (let i = paragraphs.length - 1, end = paragraphs.length; i >= 0; i--) {
      endOf[i] = end;
      if (paragraphs[i]!.kind !== 'preamble') end = i;
    }
    paragraphs.forEach((p, i) => {
      if (p.kind !== 'preamble' || !isChapterVii(text, p)) return;
      const j = endOf[i]!;
      const after = j - i - 1;
      if (after === 0) return;
      const next = paragraphs[i + 1]!;
      const operative = paragraphs[j];
      const lead = p.lead ?? { start: p.bodyStart, end: p.bodyStart + 6, text: 'Acting' };
      const phrase = text.slice(lead.start, Math.min(p.end, lead.end + 40)).replace(/[*_]/g, '').replace(/\s+\S*$/, '');
      // Only the paragraph's own blocks move: one with subparagraphs or split by a page break stays put.
      const movable = operative && p.subparagraphs.length === 0 && p.blocks.length <= 1;
      ctx.report({
        start: lead.start,
        end: lead.end,
        message: ctx.t(messages.notLast, { phrase: `${phrase}…`, count: after }),
        fixes: movable
          ? [{
              title: ctx.t(messages.move),
              safe: false,
              edits: [
                { start: p.start, end: next.start, newText: '' },
                { start: operative.start, end: operative.start, newText: text.slice(p.start, next.start) },
              ],
            }]
          : [],
      });
    });
  },
};
