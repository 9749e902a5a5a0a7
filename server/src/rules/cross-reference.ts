import { defineMessages } from '../messages';
import { findReferences, OperativeIndex, resolveItem } from '../references';
import type { Paragraph } from '../model/types';
import type { Rule } from './types';

const messages = defineMessages({
  description: {
    en: 'References to the resolution’s own paragraphs ("paragraph 5 above") point at a paragraph that exists, once, on the side they say.',
    fr: 'Les renvois aux paragraphes de la résolution elle-même (« paragraphe 5 ci-dessus ») visent un paragraphe qui existe, une seule fois, du côté indiqué.',
    es: 'Las remisiones a los párrafos de la propia resolución («párrafo 5 supra») apuntan a un párrafo que existe, una sola vez, en el lado indicado.',
  },
  missing: {
    en: 'There is no paragraph {number} in this resolution: this reference points at nothing.',
    fr: 'Cette résolution n’a pas de paragraphe {number} : ce renvoi ne vise rien.',
    es: 'Esta resolución no tiene párrafo {number}: esta remisión no apunta a nada.',
  },
  ambiguous: {
    en: '{count} paragraphs are numbered {number}: this reference could mean any of them. Renumber the paragraphs first.',
    fr: '{count} paragraphes portent le numéro {number} : ce renvoi peut viser l’un ou l’autre. Renumérotez d’abord les paragraphes.',
    es: '{count} párrafos llevan el número {number}: esta remisión puede referirse a cualquiera. Renumere primero los párrafos.',
  },
  missingLabel: {
    en: 'Paragraph {number} has no subparagraph ({label}).',
    fr: 'Le paragraphe {number} n’a pas d’alinéa {label}).',
    es: 'El párrafo {number} no tiene apartado {label}).',
  },
  ambiguousLabel: {
    en: 'Paragraph {number} has more than one subparagraph ({label}).',
    fr: 'Le paragraphe {number} a plus d’un alinéa {label}).',
    es: 'El párrafo {number} tiene más de un apartado {label}).',
  },
  abovePointsBelow: {
    en: '"{qualifier}" points at an earlier paragraph, but paragraph {number} comes later in the text.',
    fr: '« {qualifier} » renvoie à un paragraphe précédent, mais le paragraphe {number} vient plus loin dans le texte.',
    es: '«{qualifier}» remite a un párrafo anterior, pero el párrafo {number} viene más adelante en el texto.',
  },
  belowPointsAbove: {
    en: '"{qualifier}" points at a later paragraph, but paragraph {number} comes earlier in the text.',
    fr: '« {qualifier} » renvoie à un paragraphe suivant, mais le paragraphe {number} vient plus haut dans le texte.',
    es: '«{qualifier}» remite a un párrafo posterior, pero el párrafo {number} viene antes en el texto.',
  },
});

/**
 * A reference to a paragraph that does not exist, that exists twice, or that lies on the other side of
 * what "above"/"below" says, sends the reader to the wrong text: an error. Only the document's own
 * paragraphs are checked; "paragraph 2 of resolution 660 (1990)" is another text and never recognised
 * (see `references/`). The finding covers the number (or letter) that is wrong.
 */
export const crossReference: Rule = {
  code: 'cross-reference',
  description: messages.description,
  defaultSeverity: 'error',
  check(ctx) {
    const { model } = ctx;
    if (model.operative.length === 0 && model.paragraphs.length === 0) return;
    const index = new OperativeIndex(model);
    for (const reference of findReferences(model)) {
      const qualifier = model.text.slice(reference.qualifier.start, reference.qualifier.end).replace(/\s+/g, ' ');
      for (const item of reference.items) {
        const number = item.suffix ? `${item.number} ${item.suffix}` : String(item.number);
        const anchor = item.digits ?? item.labels[0]!.span;
        const target = resolveItem(index, item);
        if (target.kind === 'missing' || target.kind === 'ambiguous') {
          // A label-only item repeats its paragraph's problem: report it once, on the digits.
          if (!item.digits) continue;
          const message =
            target.kind === 'missing' ? ctx.t(messages.missing, { number }) : ctx.t(messages.ambiguous, { number, count: target.count });
          ctx.report({ ...anchor, message });
          continue;
        }
        if (target.kind !== 'found') {
          const message = ctx.t(target.kind === 'missing-label' ? messages.missingLabel : messages.ambiguousLabel, {
            number,
            label: target.label.value,
          });
          ctx.report({ ...target.label.span, message });
          continue;
        }
        if (reference.scope === 'present') continue;
        const targetStart = (target.subparagraph ?? target.paragraph).start;
        // A reference inside the paragraph it names points at one of its own parts ("l’alinéa b) du
        // paragraphe 1 ci-après", written in paragraph 1 (a)): either direction can be right.
        if (!target.subparagraph && target.paragraph.start <= reference.start && reference.start < extentEnd(target.paragraph)) continue;
        if (reference.scope === 'above' && targetStart > reference.start) {
          ctx.report({ ...anchor, message: ctx.t(messages.abovePointsBelow, { qualifier, number }) });
        } else if (reference.scope === 'below' && targetStart < reference.start) {
          ctx.report({ ...anchor, message: ctx.t(messages.belowPointsAbove, { qualifier, number }) });
        }
      }
    }
  },
};

/** The end of a paragraph with its subparagraphs, which follow it in the text. */
function extentEnd(p: Paragraph): number {
  let last = p;
  while (last.subparagraphs.length > 0) last = last.subparagraphs[last.subparagraphs.length - 1]!;
  return Math.max(p.end, last.end);
}
