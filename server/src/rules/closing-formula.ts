import { defineMessages } from '../messages';
import type { Paragraph } from '../model/types';
import type { Rule, RuleContext } from './types';

const messages = defineMessages({
  description: {
    en: 'A Security Council text ends with "Decides to remain seized of the matter."; an Assembly text does not use that formula.',
    fr: 'Un texte du Conseil de sécurité se termine par « Décide de rester saisi de la question. » ; un texte de l’Assemblée n’emploie pas cette formule.',
    es: 'Un texto del Consejo de Seguridad termina con «Decide seguir ocupándose de la cuestión.»; un texto de la Asamblea no usa esa fórmula.',
  },
  councilEnding: {
    en: 'A Security Council resolution usually ends with "{formula}".',
    fr: 'Une résolution du Conseil de sécurité se termine d’ordinaire par « {formula} ».',
    es: 'Una resolución del Consejo de Seguridad suele terminar con «{formula}».',
  },
  assemblySeized: {
    en: '"Remain actively seized of the matter" is the Security Council’s formula: a General Assembly resolution usually ends by including the item in the provisional agenda of a later session.',
    fr: '« Rester activement saisi de la question » est la formule du Conseil de sécurité : une résolution de l’Assemblée générale se termine d’ordinaire par l’inscription de la question à l’ordre du jour provisoire d’une session ultérieure.',
    es: '«Seguir ocupándose activamente de la cuestión» es la fórmula del Consejo de Seguridad: una resolución de la Asamblea General suele terminar incluyendo el tema en el programa provisional de un período de sesiones posterior.',
  },
});

const FORMULA = { en: 'Decides to remain seized of the matter.', fr: 'Décide de rester saisi de la question.', es: 'Decide seguir ocupándose de la cuestión.' } as const;

/** "to remain (actively) seized of the matter / this matter / the question", in the three languages. */
const SEIZED = /^(?:to remain|de (?:rester|demeurer)|seguir) (actively |activement |activamente )?(?:seized|saisie?|ocupándose)\b/u;

/**
 * Text that SEIZED can match once made plain holds one of these words in any case, markers aside: the
 * paragraphs without any (nearly all of them; the Assembly's are all read) are never made plain.
 */
const SEIZED_WORD = /seized|saisi|ocupándose/i;

/** The opening's words after its first one, lower case, without markers and final punctuation. */
function restOf(opening: string): string {
  const text = opening.replace(/[*_]/g, '').replace(/[\s\u00a0]+/g, ' ');
  return text.replace(/^\S+ /, '').replace(/[.;,\s]+$/, '').toLowerCase();
}

/** SEIZED on the paragraph's opening made plain, when the opening can hold it (SEIZED_WORD). */
function seizedIn(ctx: RuleContext, p: Paragraph): RegExpExecArray | null {
  const opening = ctx.model.text.slice(p.bodyStart, Math.min(p.end, p.bodyStart + 200));
  if (!SEIZED_WORD.test(opening.includes('*') || opening.includes('_') ? opening.replace(/[*_]/g, '') : opening)) return null;
  return SEIZED.exec(restOf(opening));
}

/**
 * Information only: a Council text that ends otherwise (an admission, a text adopted with a statement that
 * follows) is not wrong, and the check is a reminder of the practice.
 */
export const closingFormula: Rule = {
  code: 'closing-formula',
  description: messages.description,
  defaultSeverity: 'information',
  check(ctx) {
    const { model } = ctx;
    const body = model.organ?.body;
    const closes = (p: Paragraph): RegExpExecArray | null => seizedIn(ctx, p);
    const last = model.operative[model.operative.length - 1];
    if (!last) return;
    if (body === 'security-council' && !closes(last) && !model.operative.some(closes)) {
      const at = last.lead ?? { start: last.bodyStart, end: last.ending.offset + 1 };
      ctx.report({ start: at.start, end: at.end, message: ctx.t(messages.councilEnding, { formula: FORMULA[model.language] }) });
    } else if (body === 'general-assembly') {
      // The Assembly itself decides to "remain seized" of a few items (of the matter, of the question): only
      // "actively seized", the Council's emphasis that Assembly texts never use, is reported.
      for (const p of model.operative) {
        if (closes(p)?.[1]) ctx.report({ start: p.lead?.start ?? p.bodyStart, end: p.lead?.end ?? p.ending.offset + 1, message: ctx.t(messages.assemblySeized) });
      }
    }
  },
};
