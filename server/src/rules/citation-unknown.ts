import { catalogueEntry, scAdoptionYear } from '../citations';
import { describeSession, formatDate } from '../citations/describe';
import { lastKnownSession, sessionOpening } from '../citations/gaSessions';
import { parseIsoDate } from '../citations/heading';
import { SC_LAST_KNOWN, SC_LAST_KNOWN_DATE, SC_LAST_YEAR } from '../citations/scYears';
import { defineMessages } from '../messages';
import type { Rule } from './types';

const messages = defineMessages({
  description: {
    en: 'Says when a citation is newer than the facts the checker knows (Security Council resolutions up to 2798 of 31 October 2025): its year cannot be checked, which does not make it wrong.',
    fr: 'Signale une citation plus récente que les données du vérificateur (résolutions du Conseil de sécurité jusqu’à la 2798 du 31 octobre 2025) : son année ne peut pas être vérifiée, ce qui ne la rend pas fausse.',
    es: 'Indica cuándo una cita es más reciente que los datos del verificador (resoluciones del Consejo de Seguridad hasta la 2798, del 31 de octubre de 2025): su año no puede comprobarse, lo que no la hace incorrecta.',
  },
  newerResolution: {
    en: 'Resolution {number} is newer than the built-in facts, which end with resolution {last} of {date}: its year cannot be checked.',
    fr: 'La résolution {number} est plus récente que les données intégrées, qui s’arrêtent à la résolution {last} du {date} : son année ne peut pas être vérifiée.',
    es: 'La resolución {number} es más reciente que los datos integrados, que terminan en la resolución {last}, del {date}: su año no puede comprobarse.',
  },
  newerThanCatalogue: {
    en: 'Resolution {number} is newer than the built-in facts (resolution {last} of {date}) and the catalogue "{file}" (resolution {catalogueLast} of {catalogueDate}): its year cannot be checked.',
    fr: 'La résolution {number} est plus récente que les données intégrées (résolution {last} du {date}) et que le catalogue « {file} » (résolution {catalogueLast} du {catalogueDate}) : son année ne peut pas être vérifiée.',
    es: 'La resolución {number} es más reciente que los datos integrados (resolución {last}, del {date}) y que el catálogo «{file}» (resolución {catalogueLast}, del {catalogueDate}): su año no puede comprobarse.',
  },
  newerSession: {
    en: 'The General Assembly’s {session} is newer than the built-in facts, which end with its {last}, opened in {date}.',
    fr: 'La {session} de l’Assemblée générale est plus récente que les données intégrées, qui s’arrêtent à sa {last}, ouverte en {date}.',
    es: 'El {session} de la Asamblea General es más reciente que los datos integrados, que terminan en su {last}, abierto en {date}.',
  },
});

/**
 * Information only: a number past the facts is most likely a resolution adopted since they were compiled.
 * A catalogue that goes further extends what is known. Numbers whose written year is certainly wrong are
 * left to citation-year, which says so.
 */
export const citationUnknown: Rule = {
  code: 'citation-unknown',
  description: messages.description,
  defaultSeverity: 'information',
  check(ctx) {
    const { catalogue } = ctx.citations;
    const lastDate = formatDate(parseIsoDate(SC_LAST_KNOWN_DATE), ctx.locale);
    for (const c of ctx.citations.list) {
      if (c.kind !== 'resolution') continue;
      if (c.body === 'security-council' && c.number !== undefined) {
        if (c.number <= SC_LAST_KNOWN || scAdoptionYear(c.number, catalogue) !== undefined) continue;
        if (c.year !== undefined && c.year < SC_LAST_YEAR) continue; // certainly wrong: citation-year reports it
        const scLast = catalogue?.scLast;
        const message =
          scLast && scLast.number! > SC_LAST_KNOWN
            ? ctx.t(messages.newerThanCatalogue, { number: c.number, last: SC_LAST_KNOWN, date: lastDate, file: catalogue.name, catalogueLast: scLast.number!, catalogueDate: formatDate(parseIsoDate(scLast.date), ctx.locale) })
            : ctx.t(messages.newerResolution, { number: c.number, last: SC_LAST_KNOWN, date: lastDate });
        ctx.report({ start: c.start, end: c.end, message });
      } else if (c.body === 'general-assembly' && c.session && !catalogueEntry(c, catalogue)) {
        const last = lastKnownSession(c.session.kind);
        if (c.session.number <= last) continue;
        const lastSession = { kind: c.session.kind, number: last };
        const opening = sessionOpening(c.session.kind, last);
        ctx.report({
          start: c.start,
          end: c.end,
          message: ctx.t(messages.newerSession, {
            session: describeSession(c.session, ctx.locale),
            last: describeSession(lastSession, ctx.locale),
            date: opening ? formatDate(opening.month !== undefined ? { year: opening.year, month: opening.month } : { year: opening.year }, ctx.locale) : '',
          }),
        });
      }
    }
  },
};
