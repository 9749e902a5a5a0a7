import { defineMessages, format, type Locale, type Message } from '../messages';
import { sessionOpening, type SessionKind } from './gaSessions';
import type { Citation, CitedBody, GaSession, PartialDate } from './types';

/** Words for citations in the user's language: dates, sessions and what a cited text is. */

const MONTH_NAMES: Readonly<Record<Locale, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/** "20 December 2016", "1er décembre 2016", "20 de diciembre de 2016"; partial dates as far as known. */
export function formatDate(date: PartialDate, locale: Locale): string {
  if (date.month === undefined) return String(date.year);
  const month = MONTH_NAMES[locale][date.month - 1] ?? '';
  if (date.day === undefined) return locale === 'es' ? `${month} de ${date.year}` : `${month} ${date.year}`;
  if (locale === 'es') return `${date.day} de ${month} de ${date.year}`;
  if (locale === 'fr') return `${date.day === 1 ? '1er' : date.day} ${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}

function ordinal(n: number, locale: Locale, feminine = true): string {
  if (locale === 'fr') return n === 1 ? (feminine ? '1re' : '1er') : `${n}e`;
  if (locale === 'es') return `${n}.º`;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

const SESSION_WORDS: Readonly<Record<SessionKind, Readonly<Record<Locale, string>>>> = {
  regular: { en: '{n} session', fr: '{n} session', es: '{n} período de sesiones' },
  special: { en: '{n} special session', fr: '{n} session extraordinaire', es: '{n} período extraordinario de sesiones' },
  emergency: { en: '{n} emergency special session', fr: '{n} session extraordinaire d’urgence', es: '{n} período extraordinario de sesiones de emergencia' },
};

/** "70th session", "11e session extraordinaire d’urgence", "26.º período extraordinario de sesiones". */
export function describeSession(session: GaSession, locale: Locale): string {
  return SESSION_WORDS[session.kind][locale].replace('{n}', ordinal(session.number, locale));
}

const messages = defineMessages({
  prst: {
    en: 'Statement by the President of the Security Council {label}',
    fr: 'Déclaration du Président du Conseil de sécurité {label}',
    es: 'Declaración de la Presidencia del Consejo de Seguridad {label}',
  },
  document: { en: 'United Nations document {label}', fr: 'Document de l’Organisation des Nations Unies {label}', es: 'Documento de las Naciones Unidas {label}' },
  paragraph: { en: '{paragraph} of {what}', fr: '{paragraph} de la {what}', es: '{paragraph} de la {what}' },
});

/**
 * A numbered text by the organ that adopted it: English names the organ before the word ("Security Council
 * resolution 2331 (2016)"), French and Spanish after the number ("Résolution 2331 (2016) du Conseil de
 * sécurité"). `{kind}` is the word for the text, `{Kind}` the same with a capital.
 */
const BY_ORGAN: Readonly<Record<CitedBody, Message>> = {
  'security-council': { en: 'Security Council {kind} {label}', fr: '{Kind} {label} du Conseil de sécurité', es: '{Kind} {label} del Consejo de Seguridad' },
  'general-assembly': { en: 'General Assembly {kind} {label}', fr: '{Kind} {label} de l’Assemblée générale', es: '{Kind} {label} de la Asamblea General' },
  'human-rights-council': { en: 'Human Rights Council {kind} {label}', fr: '{Kind} {label} du Conseil des droits de l’homme', es: '{Kind} {label} del Consejo de Derechos Humanos' },
  ecosoc: { en: 'Economic and Social Council {kind} {label}', fr: '{Kind} {label} du Conseil économique et social', es: '{Kind} {label} del Consejo Económico y Social' },
  unknown: { en: '{Kind} {label} of another body', fr: '{Kind} {label} d’un autre organe', es: '{Kind} {label} de otro órgano' },
};

const KIND_WORDS: Readonly<Record<'resolution' | 'decision', Message>> = {
  resolution: { en: 'resolution', fr: 'résolution', es: 'resolución' },
  decision: { en: 'decision', fr: 'décision', es: 'decisión' },
};

/**
 * What a citation is, in a few words: "Security Council resolution 2331 (2016)", "General Assembly
 * resolution 70/1, 70th session, 2015". `label` is how to write the number (with the right year).
 */
export function describeCitation(c: Citation, locale: Locale, label: string = c.standard, withSession = true): string {
  if (c.kind === 'presidential-statement') return format(messages.prst, locale, { label });
  if (c.kind === 'document') return format(messages.document, locale, { label });
  const kind = KIND_WORDS[c.kind][locale];
  let text = format(BY_ORGAN[c.body], locale, { label, kind, Kind: kind.charAt(0).toUpperCase() + kind.slice(1) });
  if (c.body === 'general-assembly' && c.session && withSession) {
    text += `, ${describeSession(c.session, locale)}`;
    const opening = sessionOpening(c.session.kind, c.session.number);
    if (opening) text += `, ${opening.year}`;
  }
  return text;
}

/** "Paragraph 2 of Security Council resolution 660 (1990)", for a reference into a cited text. */
export function describeParagraph(paragraph: string, what: string, locale: Locale): string {
  const lowered = locale === 'en' ? what : what.charAt(0).toLowerCase() + what.slice(1);
  const text = format(messages.paragraph, locale, { paragraph, what: lowered });
  return text.charAt(0).toUpperCase() + text.slice(1);
}
