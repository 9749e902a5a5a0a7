import { defineMessages } from '../messages';
import type { Rule } from './types';

const messages = defineMessages({
  description: {
    en: 'Operative paragraphs are numbered 1, 2, 3… in order, each number once.',
    fr: 'Les paragraphes du dispositif sont numérotés 1, 2, 3… dans l’ordre, chaque numéro une seule fois.',
    es: 'Los párrafos de la parte dispositiva se numeran 1, 2, 3… en orden, cada número una sola vez.',
  },
  missing: {
    en: 'This operative paragraph has no number; it should be {expected}.',
    fr: 'Ce paragraphe du dispositif n’a pas de numéro ; il devrait porter le numéro {expected}.',
    es: 'Este párrafo dispositivo no tiene número; debería ser el {expected}.',
  },
  gap: {
    en: 'Paragraph {actual} follows paragraph {previous}: number {expected} is missing.',
    fr: 'Le paragraphe {actual} suit le paragraphe {previous} : le numéro {expected} manque.',
    es: 'El párrafo {actual} sigue al párrafo {previous}: falta el número {expected}.',
  },
  duplicate: {
    en: 'Number {actual} is used twice; this paragraph should be {expected}.',
    fr: 'Le numéro {actual} est employé deux fois ; ce paragraphe devrait porter le numéro {expected}.',
    es: 'El número {actual} se usa dos veces; este párrafo debería ser el {expected}.',
  },
  order: {
    en: 'Paragraph {actual} comes after paragraph {previous}: numbers are out of order; this paragraph should be {expected}.',
    fr: 'Le paragraphe {actual} vient après le paragraphe {previous} : la numérotation n’est pas dans l’ordre ; ce paragraphe devrait porter le numéro {expected}.',
    es: 'El párrafo {actual} viene después del párrafo {previous}: la numeración no sigue el orden; este párrafo debería ser el {expected}.',
  },
  first: {
    en: 'Operative paragraphs start at 1; this one is numbered {actual}.',
    fr: 'Les paragraphes du dispositif commencent à 1 ; celui-ci porte le numéro {actual}.',
    es: 'Los párrafos dispositivos empiezan en 1; este lleva el número {actual}.',
  },
});

/**
 * Numbering faults are errors: a wrong number breaks every reference to the paragraph. "bis"/"ter"
 * paragraphs of negotiation drafts sit between numbers and are not counted. The fix is the renumber
 * command, which also rewrites the cross-references, so the rule itself offers no per-paragraph edit.
 */
export const operativeNumbering: Rule = {
  code: 'operative-numbering',
  description: messages.description,
  defaultSeverity: 'error',
  check(ctx) {
    // Each number is compared with the one before it, not with its position, so that one gap or one
    // duplicate gives one finding rather than a cascade over every later paragraph.
    let previous: number | undefined;
    const seen = new Set<number>();
    const all = new Set(ctx.model.operative.map((p) => p.number?.value));
    // A single operative paragraph is left unnumbered (the UN's rule), and the oldest texts number none of
    // theirs: where no paragraph is numbered (in the text, or in one section of an omnibus text) there is
    // no numbering to check, and no fault per paragraph.
    const numberedSections = new Set(ctx.model.operative.filter((p) => p.number || p.negotiationLabel).map((p) => p.section));
    let section = -1;
    // Unnumbered paragraphs before a paragraph 1 introduce the numbered text ("*Resolves* that: / 1. The
    // Working Capital Fund shall…"): they have no number to miss.
    const firstNumbered = ctx.model.operative.findIndex((p) => p.number || p.negotiationLabel);
    const introducers = firstNumbered > 0 && ctx.model.operative[firstNumbered]!.number?.value === 1 ? firstNumbered : 0;
    for (const p of ctx.model.operative.slice(introducers)) {
      if (p.number?.suffix || !numberedSections.has(p.section)) continue;
      // A section of an omnibus resolution ("### I", "### II") numbers its paragraphs from 1 again.
      if (p.section !== section && p.number?.value === 1) {
        previous = undefined;
        seen.clear();
      }
      section = p.section;
      const expected = (previous ?? 0) + 1;
      const value = p.number?.value ?? (p.negotiationLabel?.kind === 'OP' ? p.negotiationLabel.value : undefined);
      if (value === undefined) {
        const anchor = p.lead?.firstWordSpan ?? { start: p.start, end: p.start + 1 };
        ctx.report({ ...anchor, message: ctx.t(messages.missing, { expected }) });
        previous = expected;
        continue;
      }
      // After a swap ("2, 1, 3") the 3 is where it belongs: a gap is only reported when a number is truly absent.
      const missing = value > expected && !all.has(expected);
      if (value !== expected && (value < expected || missing || previous === undefined || seen.has(value))) {
        const span = p.number?.digits ?? p.negotiationLabel!;
        const args = { actual: value, expected, previous: previous ?? 0 };
        const message =
          previous === undefined && !seen.has(value)
            ? ctx.t(messages.first, args)
            : seen.has(value)
              ? ctx.t(messages.duplicate, args)
              : value < expected
                ? ctx.t(messages.order, args)
                : ctx.t(messages.gap, args);
        ctx.report({ start: span.start, end: span.end, message });
      }
      seen.add(value);
      previous = value;
    }
  },
};
