import { scAdoptionYear } from '../citations';
import { SC_FIRST_YEAR, SC_LAST_YEAR, scNumbersOfYear } from '../citations/scYears';
import { defineMessages } from '../messages';
import type { Rule } from './types';

const messages = defineMessages({
  description: {
    en: 'The year in a Security Council citation is the year the resolution was adopted: 2331 (2016), not 2331 (2017).',
    fr: 'L’année d’une citation du Conseil de sécurité est celle de l’adoption de la résolution : 2331 (2016), et non 2331 (2017).',
    es: 'El año de una cita del Consejo de Seguridad es el de la aprobación de la resolución: 2331 (2016), no 2331 (2017).',
  },
  wrongYear: {
    en: 'Resolution {number} was adopted in {actual}, not {written}: write {number} ({actual}).',
    fr: 'La résolution {number} a été adoptée en {actual}, et non en {written} : écrivez {number} ({actual}).',
    es: 'La resolución {number} se aprobó en {actual}, no en {written}: escriba {number} ({actual}).',
  },
  impossibleYear: {
    en: 'Resolution {number} cannot date from {written}: the Security Council adopted resolutions {first} to {last} that year.',
    fr: 'La résolution {number} ne peut pas dater de {written} : le Conseil de sécurité a adopté cette année-là les résolutions {first} à {last}.',
    es: 'La resolución {number} no puede ser de {written}: ese año el Consejo de Seguridad aprobó las resoluciones {first} a {last}.',
  },
  beforeFirst: {
    en: 'Resolution {number} cannot date from {written}: the Security Council adopted its first resolution in 1946.',
    fr: 'La résolution {number} ne peut pas dater de {written} : le Conseil de sécurité a adopté sa première résolution en 1946.',
    es: 'La resolución {number} no puede ser de {written}: el Consejo de Seguridad aprobó su primera resolución en 1946.',
  },
  useYear: { en: 'Change the year to {actual}', fr: 'Remplacer l’année par {actual}', es: 'Cambiar el año a {actual}' },
});

/**
 * A wrong year is an error: the reader looks the resolution up by number and year. The fix is offered but
 * not applied by "fix all": the number itself may be the mistake, and only the drafter can tell.
 */
export const citationYear: Rule = {
  code: 'citation-year',
  description: messages.description,
  defaultSeverity: 'error',
  check(ctx) {
    const { catalogue } = ctx.citations;
    for (const c of ctx.citations.list) {
      if (c.kind !== 'resolution' || c.body !== 'security-council' || c.number === undefined || c.year === undefined) continue;
      const number = c.number;
      const written = c.year;
      const actual = scAdoptionYear(number, catalogue);
      if (actual !== undefined) {
        if (actual === written) continue;
        const inner = c.parts.inner;
        ctx.report({
          start: c.start,
          end: c.end,
          message: ctx.t(messages.wrongYear, { number, actual, written }),
          fixes: inner ? [{ title: ctx.t(messages.useYear, { actual }), safe: false, edits: [{ start: inner.start, end: inner.end, newText: String(actual) }] }] : [],
        });
        continue;
      }
      // A number past the known facts was adopted after them, so any earlier year is certainly wrong.
      if (written < SC_FIRST_YEAR) {
        ctx.report({ start: c.start, end: c.end, message: ctx.t(messages.beforeFirst, { number, written }) });
      } else if (written < SC_LAST_YEAR) {
        const range = scNumbersOfYear(written);
        if (range && number > range.last) {
          ctx.report({ start: c.start, end: c.end, message: ctx.t(messages.impossibleYear, { number, written, first: range.first, last: range.last }) });
        }
      }
    }
  },
};
