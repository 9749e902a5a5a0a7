/**
 * Diagnostic and UI messages in English, French and Spanish. A rule defines its messages next to its code
 * with `defineMessages`, and formats them with the locale the editor (or the CLI's `--locale`) asks for.
 */
export type Locale = 'en' | 'fr' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'fr', 'es'];

export type Message = Readonly<Record<Locale, string>>;

export function defineMessages<T extends Record<string, Message>>(messages: T): T {
  return messages;
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
