import { catalogueEntry, type Citation, type DocumentCitations, type PartialDate, scAdoptionYear } from '../citations';
import { describeCitation, describeSession, formatDate } from '../citations/describe';
import { sessionOpening } from '../citations/gaSessions';
import { compareDates, parseIsoDate } from '../citations/heading';
import { SC_LAST_KNOWN, SC_LAST_KNOWN_DATE } from '../citations/scYears';
import { defineMessages, type Locale } from '../messages';
import type { Rule, RuleContext } from './types';

const messages = defineMessages({
  description: {
    en: 'A text cites only texts adopted before it: resolution 2388 (2017) cannot cite 2400 (2018), nor a General Assembly session that had not yet opened.',
    fr: 'Un texte ne cite que des textes adoptés avant lui : la résolution 2388 (2017) ne peut pas citer la 2400 (2018), ni une session de l’Assemblée générale qui n’était pas encore ouverte.',
    es: 'Un texto solo cita textos aprobados antes que él: la resolución 2388 (2017) no puede citar la 2400 (2018), ni un período de sesiones de la Asamblea General que aún no se había abierto.',
  },
  laterNumber: {
    en: 'Resolution {cited} was adopted after the present resolution, {own}: a text cannot cite a later one.',
    fr: 'La résolution {cited} a été adoptée après la présente résolution, la {own} : un texte ne peut pas citer un texte postérieur.',
    es: 'La resolución {cited} se aprobó después de la presente resolución, la {own}: un texto no puede citar uno posterior.',
  },
  laterDate: {
    en: '{cited} dates from {when}, after this text ({date}): a text cannot cite a later one.',
    fr: 'Le texte cité, {cited} ({when}), est postérieur au présent texte ({date}) : un texte ne peut pas citer un texte postérieur.',
    es: 'El texto citado, {cited} ({when}), es posterior a este texto ({date}): un texto no puede citar uno posterior.',
  },
  laterUnknown: {
    en: 'Resolution {cited} was adopted after resolution {last} of {when}, so after this text ({date}): a text cannot cite a later one.',
    fr: 'La résolution {cited} a été adoptée après la résolution {last} du {when}, donc après le présent texte ({date}) : un texte ne peut pas citer un texte postérieur.',
    es: 'La resolución {cited} se aprobó después de la resolución {last} del {when}, por tanto después de este texto ({date}): un texto no puede citar uno posterior.',
  },
  laterEcosoc: {
    en: '{cited} belongs to the Council’s {year} session, which opened in {when}, after this text ({date}): a text cannot cite a later one.',
    fr: 'Le texte cité, {cited}, relève de la session de {year} du Conseil, ouverte en {when}, après le présent texte ({date}) : un texte ne peut pas citer un texte postérieur.',
    es: 'El texto citado, {cited}, corresponde al período de sesiones de {year} del Consejo, abierto en {when}, después de este texto ({date}): un texto no puede citar uno posterior.',
  },
  laterSession: {
    en: 'The General Assembly’s {session} opened in {when}, after this text ({date}): it cannot be cited yet.',
    fr: 'La {session} de l’Assemblée générale s’est ouverte en {when}, après le présent texte ({date}) : elle ne peut pas encore être citée.',
    es: 'El {session} de la Asamblea General se abrió en {when}, después de este texto ({date}): todavía no puede citarse.',
  },
  laterSessionNumber: {
    en: 'The General Assembly’s {session} comes after the session of this resolution ({own}): it cannot be cited yet.',
    fr: 'La {session} de l’Assemblée générale est postérieure à la session de la présente résolution ({own}) : elle ne peut pas encore être citée.',
    es: 'El {session} de la Asamblea General es posterior al período de sesiones de esta resolución ({own}): todavía no puede citarse.',
  },
});

/** When the cited text was adopted, as precisely as the facts and the catalogue tell. */
function adoption(c: Citation, citations: DocumentCitations): PartialDate | undefined {
  const entry = catalogueEntry(c, citations.catalogue);
  if (entry) return parseIsoDate(entry.date);
  if (c.kind === 'resolution' && c.body === 'security-council' && c.number !== undefined) {
    const year = scAdoptionYear(c.number, citations.catalogue);
    return year !== undefined ? { year } : undefined;
  }
  // A statement or a dated document ("S/2017/939") gives its year.
  if (c.kind === 'presidential-statement' || c.kind === 'document') return c.year !== undefined ? { year: c.year } : undefined;
  return undefined;
}

function sessionLabel(c: Citation, locale: Locale): string | undefined {
  return c.session ? describeSession(c.session, locale) : undefined;
}

/**
 * Only certain anachronisms are reported, so the rule can be an error: the document's date and number come
 * from its heading, and without them nothing is said. A Security Council resolution numbered after the
 * document is later whatever the dates say; a session that opens in September cannot be cited in March.
 */
export const citationFuture: Rule = {
  code: 'citation-future',
  description: messages.description,
  defaultSeverity: 'error',
  check(ctx) {
    const { facts } = ctx.citations;
    if (!facts.date && facts.scNumber === undefined && !facts.gaSession) return;
    // The document's date as the messages write it: formatted once, not once per citation.
    const docDate = facts.date ? formatDate(facts.date, ctx.locale) : '';
    for (const c of ctx.citations.list) {
      if (c.inHeading) continue;
      checkCitation(ctx, c, docDate);
    }
  },
};

function checkCitation(ctx: RuleContext, c: Citation, docDate: string): void {
  const { facts } = ctx.citations;
  const date = facts.date;
  const report = (message: string): void => ctx.report({ start: c.start, end: c.end, message });

  if (c.kind === 'resolution' && c.body === 'security-council' && c.number !== undefined) {
    // Numbers are consecutive: the document's own number settles it without any date.
    if (facts.scNumber !== undefined && facts.body === 'security-council') {
      if (c.number > facts.scNumber) report(ctx.t(messages.laterNumber, { cited: c.standard, own: ownLabel(ctx) }));
      return;
    }
    if (!date) return;
    const adopted = adoption(c, ctx.citations);
    if (adopted) {
      if (compareDates(adopted, date) > 0) report(ctx.t(messages.laterDate, { cited: describe(c, ctx.locale), when: formatDate(adopted, ctx.locale), date: docDate }));
    } else if (c.number > SC_LAST_KNOWN && compareDates(parseIsoDate(SC_LAST_KNOWN_DATE), date) > 0) {
      // Unknown to the facts means adopted on or after the last resolution they know.
      report(ctx.t(messages.laterUnknown, { cited: c.standard, last: SC_LAST_KNOWN, when: formatDate(parseIsoDate(SC_LAST_KNOWN_DATE), ctx.locale), date: docDate }));
    }
    return;
  }

  if (c.session) {
    const own = facts.gaSession;
    if (own && own.kind === c.session.kind && c.session.kind === 'regular' && facts.body === 'general-assembly') {
      if (c.session.number > own.number) report(ctx.t(messages.laterSessionNumber, { session: sessionLabel(c, ctx.locale)!, own: describeSession(own, ctx.locale) }));
      return;
    }
    if (!date) return;
    const entry = catalogueEntry(c, ctx.citations.catalogue);
    if (entry) {
      const adopted = parseIsoDate(entry.date);
      if (compareDates(adopted, date) > 0) report(ctx.t(messages.laterDate, { cited: describe(c, ctx.locale), when: formatDate(adopted, ctx.locale), date: docDate }));
      return;
    }
    const opening = sessionOpening(c.session.kind, c.session.number);
    if (!opening) return;
    const opened: PartialDate = opening.month !== undefined ? { year: opening.year, month: opening.month } : { year: opening.year };
    if (compareDates(opened, date) > 0) report(ctx.t(messages.laterSession, { session: sessionLabel(c, ctx.locale)!, when: formatDate(opened, ctx.locale), date: docDate }));
    return;
  }

  if (!date) return;
  if (c.body === 'ecosoc' && c.form === 'year-number' && c.year !== undefined) {
    // The Council's session of a year opens in July of the year before: "2021/208" may date from September 2020.
    const opened: PartialDate = { year: c.year - 1, month: ECOSOC_SESSION_OPENING_MONTH };
    if (compareDates(opened, date) > 0) report(ctx.t(messages.laterEcosoc, { cited: describe(c, ctx.locale), year: c.year, when: formatDate(opened, ctx.locale), date: docDate }));
    return;
  }
  const adopted = adoption(c, ctx.citations);
  if (adopted && compareDates(adopted, date) > 0) report(ctx.t(messages.laterDate, { cited: describe(c, ctx.locale), when: formatDate(adopted, ctx.locale), date: docDate }));
}

/** The Economic and Social Council's session of year N runs from July of year N − 1. */
const ECOSOC_SESSION_OPENING_MONTH = 7;

function ownLabel(ctx: RuleContext): string {
  const { facts } = ctx.citations;
  const year = facts.scNumber !== undefined ? scAdoptionYear(facts.scNumber, ctx.citations.catalogue) ?? facts.date?.year : undefined;
  return year !== undefined ? `${facts.scNumber} (${year})` : String(facts.scNumber);
}

/** The cited text for a message: "Security Council resolution 2400 (2018)"; in French and Spanish it
 * follows "Le texte cité," and so starts in lower case. */
function describe(c: Citation, locale: Locale): string {
  const text = describeCitation(c, locale, c.standard, false);
  return locale === 'en' ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
