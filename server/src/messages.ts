import { besideBundle } from './lazyBundle';

/**
 * Diagnostic and UI messages in English, French and Spanish. A rule defines its messages next to its code
 * with `defineMessages`, and formats them with the locale the editor (or the CLI's `--locale`) asks for.
 */
export type Locale = 'en' | 'fr' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'fr', 'es'];

export type Message = Readonly<Record<Locale, string>>;

/**
 * `apart` is given by the production build only (scripts/bundles.mjs): the texts the literal lacks (the
 * French and Spanish ones, and every text of a rule's description) are not in the bundle but in the tables
 * beside it (dist/messages-en.js, -fr.js, -es.js), under that id, and each is read from there when first
 * asked for. A message reads the same either way.
 */
export function defineMessages<T extends Record<string, Message>>(messages: T, apart?: string): T {
  if (apart !== undefined) {
    for (const [key, message] of Object.entries(messages)) {
      for (const locale of LOCALES) {
        if (locale in message) continue;
        Object.defineProperty(message, locale, { enumerable: true, get: () => textApart(locale, apart, key) });
      }
    }
  }
  return messages;
}

type TextsApart = Readonly<Record<string, Readonly<Record<string, string>>>>;
const loadTextsApart: Record<Locale, () => TextsApart> = {
  en: besideBundle('messages-en'),
  fr: besideBundle('messages-fr'),
  es: besideBundle('messages-es'),
};

function textApart(locale: Locale, id: string, key: string): string {
  const text = loadTextsApart[locale]()[id]?.[key];
  if (text === undefined) throw new Error(`unres: the ${locale} text of message ${id} ${key} is missing from messages-${locale}.js`);
  return text;
}

/** Replaces `{name}` placeholders with the given arguments. */
export function format(message: Message, locale: Locale, args: Readonly<Record<string, string | number>> = {}): string {
  return message[locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/** Maps an editor locale such as "fr-CA" or "es-419" to a supported one. */
export function toLocale(value: string | undefined): Locale {
  const base = (value ?? 'en').slice(0, 2).toLowerCase();
  return base === 'fr' || base === 'es' ? base : 'en';
}
