import { adoptionDate } from '../citations/adoptionDates';
import { datedCitations, fitsCitation } from '../citations/dated';
import { formatDate } from '../citations/describe';
import { compareDates } from '../lexicon/dates';
import { defineMessages } from '../messages';
import type { Rule } from './types';

const messages = defineMessages({
  description: {
    en: 'A date given with a citation is the day the cited resolution was adopted: "resolution 67/123 of 18 December 2012".',
    fr: 'La date donnée avec une citation est celle de l’adoption de la résolution citée : « résolution 67/123 du 18 décembre 2012 ».',
    es: 'La fecha que acompaña a una cita es la de la aprobación de la resolución citada: «resolución 67/123, de 18 de diciembre de 2012».',
  },
  wrongDate: {
    en: 'Resolution {number} was adopted on {actual}, not on {written}.',
    fr: 'La résolution {number} a été adoptée le {actual}, et non le {written}.',
    es: 'La resolución {number} se aprobó el {actual}, no el {written}.',
  },
  useDate: { en: 'Change the date to {date}', fr: 'Remplacer la date par {date}', es: 'Cambiar la fecha a {date}' },
});

/**
 * Only resolutions whose adoption date the built-in facts know are checked: a date the checker cannot
 * verify is never called wrong, nor is a part of a resolution adopted in parts. The fix is not "safe": the
 * number may be the mistake, not the date.
 */
export const citationDate: Rule = {
  code: 'citation-date',
  description: messages.description,
  defaultSeverity: 'error',
  check(ctx) {
    const { text, language } = ctx.model;
    for (const d of datedCitations(text, ctx.citations.list)) {
      // A part ("75/253 A") may date from another day than the resolution's other parts.
      if (d.citation.part !== undefined) continue;
      const actual = adoptionDate(d.key);
      // A written year or session the facts contradict is citation-year's finding: the number is in doubt.
      if (!actual || compareDates(actual, d.date.date) === 0 || !fitsCitation(d.citation, actual)) continue;
      const replacement = formatDate(actual, language);
      ctx.report({
        start: d.date.start,
        end: d.date.end,
        message: ctx.t(messages.wrongDate, { number: d.citation.standard, actual: formatDate(actual, ctx.locale), written: formatDate(d.date.date, ctx.locale) }),
        fixes: [{ title: ctx.t(messages.useDate, { date: replacement }), safe: false, edits: [{ start: d.date.start, end: d.date.end, newText: replacement }] }],
      });
    }
  },
};
