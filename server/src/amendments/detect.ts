import { LANGUAGES, type Language } from '../lexicon';
import type { Span } from '../model/types';

/**
 * Whether a text is an amendment sheet, read from its first line or a UN amendment's cover alone. Kept
 * apart from the reader (and its tables) so that the language server can tell a sheet from a draft without
 * loading the amendments bundle: every document is asked, few are sheets.
 */

/** The file name that marks an amendment sheet without any first line. */
export const SHEET_EXTENSION = '.amend.unres';

/** The line naming the draft an amendment sheet amends: "Amendments to: draft.md". */
export const BASE_LINE: Readonly<Record<Language, RegExp>> = {
  en: /^[ \t#*_]*amendments?[ \t]+to[ \t]*:[ \t]*(.+?)[ \t*_]*$/i,
  fr: /^[ \t#*_]*amendements?[ \t]+(?:au|à)[ \t]+(?:projet(?:[ \t]+de[ \t]+résolution)?)?[ \t]*:[ \t]*(.+?)[ \t*_]*$/i,
  es: /^[ \t#*_]*enmiendas?[ \t]+al[ \t]+(?:proyecto(?:[ \t]+de[ \t]+resolución)?)?[ \t]*:[ \t]*(.+?)[ \t*_]*$/i,
};

/** "…: amendment to draft resolution A/80/L.18" in a UN amendment document. */
export const AMENDS_SYMBOL: Readonly<Record<Language, RegExp>> = {
  en: /amendments?\s+to\s+(?:the\s+)?(?:revised\s+)?draft\s+(?:resolution|decision)\s+([AES]\/[A-Z0-9./\-‑]+[A-Za-z0-9])/i,
  fr: /amendements?\s+(?:au|du)\s+projet\s+(?:de\s+)?(?:résolution|décision)\s+(?:révisé\s+)?([AES]\/[A-Z0-9./\-‑]+[A-Za-z0-9])/i,
  es: /enmiendas?\s+al\s+proyecto\s+de\s+(?:resolución|decisión)\s+(?:revisado\s+)?([AES]\/[A-Z0-9./\-‑]+[A-Za-z0-9])/i,
};

/** Whether `text` (from its start) or the file's name marks it as an amendment sheet. */
export function isAmendmentSheet(text: string, fileName = ''): boolean {
  return fileName.toLowerCase().endsWith(SHEET_EXTENSION) || looksLikeAmendmentSheet(text);
}

/** Whether a text opens as an amendment sheet does (its first line, or a UN amendment's cover): cheap. */
export function looksLikeAmendmentSheet(text: string): boolean {
  return findBase(text) !== undefined;
}

/** How far into the text the base is looked for: the cover block of a UN document is short. */
export const HEAD = 4000;
const SYMBOL = /^[AES]\/[A-Z0-9./\-‑]+[A-Za-z0-9]$/;

export function findBase(text: string): { language: Language; name?: string; symbol?: string; span: Span } | undefined {
  const firstLine = /^[ \t]*\S.*$/m.exec(text.slice(0, HEAD));
  for (const language of LANGUAGES) {
    const m = firstLine && BASE_LINE[language].exec(firstLine[0]);
    if (m) {
      const value = m[1]!.trim();
      const start = firstLine.index + firstLine[0].indexOf(value);
      return { language, ...(SYMBOL.test(value) ? { symbol: value } : { name: value }), span: { start, end: start + value.length } };
    }
  }
  for (const language of LANGUAGES) {
    const m = AMENDS_SYMBOL[language].exec(text.slice(0, HEAD));
    if (m) {
      const start = m.index + m[0].lastIndexOf(m[1]!);
      return { language, symbol: m[1]!.replace(/‑/g, '-'), span: { start, end: start + m[1]!.length } };
    }
  }
  return undefined;
}
