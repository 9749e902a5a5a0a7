import type { OtherBlockKind } from './types';

/**
 * Lines that are not resolution text: the page furniture of texts converted from PDF (page numbers,
 * separators, document job numbers, running heads), footnotes, section headings, annexes and the
 * adoption line that closes older texts. Each test looks at one line only, so the scan stays linear.
 */

const PAGE_NUMBER = /^[ \t]*(?:[-–—][ \t]*)?(?:page[ \t]+)?\d{1,4}(?:[ \t]*(?:\/|of|sur|de)[ \t]*\d{1,4})?(?:[ \t]*[-–—])?[ \t]*$/i;
const SEPARATOR = /^[ \t]*(?:[-_*=·][ \t]*){3,}$/;
const JOB_NUMBER = /^[ \t]*(?:\d{2}-\d{4,6}[ \t]*(?:\([A-Z]\))?(?:[ \t]+.*)?|\*\d{6,}\*|[ \t]*\d{2}-\d{4,6}[ \t]*\([A-Z]\).*)$/;
const RUNNING_HEAD = /^[ \t]*(?:[SAE]|UNEP|TD)\/(?:[A-Z0-9.\-]+\/)*[A-Z0-9.\-]+(?:[ \t]*\(\d{4}\))?[ \t]*$/;
const FOOTNOTE = /^[ \t]*(?:\[\^?\d{1,3}\]:?|\^\d{1,3}\^?|\d{1,2}[ \t]+(?=(?:See|Voir|Véase|Ibid|Official Records|Documents officiels|Documentos Oficiales|A\/|S\/|E\/)))[ \t]*\S/;
const ANNEX = /^[ \t]*(?:#{1,6}[ \t]*)?[*_]{0,3}(?:annex|annexe|anexo|appendix|appendice|apéndice)(?:[ \t]+[IVXLC\d]+)?[*_]{0,3}[ \t]*$/i;
const MARKDOWN_HEADING = /^[ \t]{0,3}#{1,6}[ \t]/;
const SECTION_LETTER = /^[ \t]*[*_]{0,3}(?:[IVXLC]{1,6}|[A-Z])(?:\.[ \t]+\S.*)?$/;
const CLOSING = /^[ \t]*[*_]{0,3}(?:adopted|adoptée|adoptee|adoptada|aprobada)\b/i;

/** The expressions above, for the test that checks the first-character gates below against them. */
export const LINE_PATTERNS = { PAGE_NUMBER, SEPARATOR, JOB_NUMBER, RUNNING_HEAD, FOOTNOTE, ANNEX, CLOSING } as const;

/**
 * The first character after the spaces and tabs that open a line (NaN if none). Every expression above
 * starts with `[ \t]*` and then needs one of a few characters, so this one test rules most lines out
 * before any expression runs: they ran on every line of the text, several each.
 */
function firstCode(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  return line.charCodeAt(i);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Furniture that may sit in the middle of a paragraph split by a page break. */
export function furnitureKind(line: string): OtherBlockKind | undefined {
  const c = firstCode(line);
  const digit = isDigitCode(c);
  // PAGE_NUMBER: a dash, "page" or a digit; SEPARATOR: - _ * = ·; JOB_NUMBER: a digit or "*";
  // RUNNING_HEAD: S, A, E, "UNEP" or "TD".
  if (
    ((digit || c === 45 || c === 0x2013 || c === 0x2014 || c === 112 || c === 80) && PAGE_NUMBER.test(line)) ||
    ((c === 45 || c === 95 || c === 42 || c === 61 || c === 0xb7) && SEPARATOR.test(line)) ||
    ((digit || c === 42) && JOB_NUMBER.test(line)) ||
    ((c === 83 || c === 65 || c === 69 || c === 85 || c === 84) && RUNNING_HEAD.test(line))
  ) {
    return 'furniture';
  }
  // FOOTNOTE: "[", "^" or a digit.
  if ((digit || c === 91 || c === 94) && FOOTNOTE.test(line)) return 'footnote';
  return undefined;
}

/** ANNEX: "#", an emphasis marker or the "a" of every word it knows. */
export function isAnnexHeading(line: string): boolean {
  const c = firstCode(line);
  return (c === 35 || c === 42 || c === 95 || c === 97 || c === 65) && ANNEX.test(line);
}

/** CLOSING: an emphasis marker or the "a" of every word it knows. */
export function isClosingLine(line: string): boolean {
  const c = firstCode(line);
  return (c === 42 || c === 95 || c === 97 || c === 65) && CLOSING.test(line);
}

/**
 * A section heading inside the body: a Markdown heading, a Roman numeral or capital letter with a title
 * ("II", "A. Sanctions measures") that does not end like a paragraph, or a line in capitals.
 */
export function isSectionHeading(line: string): boolean {
  if (MARKDOWN_HEADING.test(line)) return true;
  let trimmed = line.trim();
  let end = trimmed.length;
  while (end > 0 && (trimmed.charCodeAt(end - 1) === 42 || trimmed.charCodeAt(end - 1) === 95)) end--;
  trimmed = trimmed.slice(0, end);
  if (trimmed.length === 0 || trimmed.length > 120) return false;
  if (/[,;:.]$/.test(trimmed)) return false;
  if (SECTION_LETTER.test(trimmed)) return true;
  return trimmed.length >= 3 && /\p{Lu}{2}/u.test(trimmed) && !/\p{Ll}/u.test(trimmed);
}
