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
/** "Annex", "## Annexe II", "### Anexo A", "Annex: Title": the annex heading, with or without its title. */
const ANNEX =
  /^[ \t]*(?:#{1,6}[ \t]*)?[*_]{0,3}(?:annex|annexe|anexo|appendix|appendice|apéndice)(?:[ \t\u00a0]+(?:[IVXLC]{1,6}|\d{1,3}|[A-Z]))?[*_]{0,3}(?:[ \t]*[:.–—][^\n]*)?[ \t]*$/i;
const MARKDOWN_HEADING = /^[ \t]{0,3}#{1,6}[ \t]/;
const SECTION_LETTER = /^[ \t]*[*_]{0,3}(?:[IVXLC]{1,6}|[A-Z])(?:\.[ \t]+\S.*)?$/;
const CLOSING = /^[ \t]*[*_]{0,3}(?:adopted|adoptée|adoptee|adoptada|aprobada)\b/i;

/**
 * The meeting line that closes a resolution, in the three languages: "41st plenary meeting", "9th (resumed)
 * plenary meeting", "8718th meeting", "55e séance plénière", "1re séance", "64a sesión plenaria",
 * "64.ª sesión plenaria (continuación)", with the date on the same line or not ("8718th meeting, 30 January
 * 2020"). A table of forms, one per language, so that a new form is a line here, not a branch.
 */
const MEETING_FORMS: readonly string[] = [
  String.raw`(?:st|nd|rd|th)?\^?[ \u00a0\u202f]+(?:\((?:resumed|continued)\)[ \u00a0\u202f]+)?(?:plenary[ \u00a0\u202f]+)?meeting`,
  String.raw`(?:e|er|re|ème|eme)?\^?[ \u00a0\u202f]+(?:\(reprise\)[ \u00a0\u202f]+)?séance(?:[ \u00a0\u202f]+plénière)?`,
  String.raw`(?:a|ª|\.ª|\.a|o|º)?\^?[ \u00a0\u202f]+sesión(?:[ \u00a0\u202f]+plenaria)?`,
];
const RESUMED = String.raw`(?:[ \u00a0\u202f]*\((?:resumed|continued|reprise|continuación)\))?`;
/** After the meeting: nothing, or punctuation and a short tail that holds the year ("…, 30 January 2020."). */
const MEETING_TAIL = String.raw`(?:[ \u00a0\u202f]*[.,;:–-]?[ \u00a0\u202f]*(?:[^\n]{0,60}?\d{4}[.)]?)?)`;
const MEETING = new RegExp(
  String.raw`^[ \t]*[*_]{0,3}\d{1,5}\^?(?:${MEETING_FORMS.join('|')})${RESUMED}${MEETING_TAIL}[*_]{0,3}[ \t\u00a0]*$`,
  'iu',
);

/** The expressions above, for the test that checks the first-character gates below against them. */
export const LINE_PATTERNS = { PAGE_NUMBER, SEPARATOR, JOB_NUMBER, RUNNING_HEAD, FOOTNOTE, ANNEX, CLOSING, MEETING } as const;

/**
 * Where the text of a line opens: after the spaces and tabs. Every expression above starts with `[ \t]*`
 * and then needs one of a few characters, so a test of the characters there rules most lines out before
 * any expression runs: they ran on every line of the text, several each.
 */
function firstIndex(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  return i;
}

/** The first character after the spaces and tabs that open a line (NaN if none). */
function firstCode(line: string): number {
  return line.charCodeAt(firstIndex(line));
}

/**
 * The first character after the spaces, tabs and at most three emphasis markers that open a line (NaN if
 * none): where ANNEX, CLOSING and MEETING need their word or number (`[ \t]*[*_]{0,3}` comes first in each).
 */
function codeAfterMarkers(line: string): number {
  let i = firstIndex(line);
  for (let k = 0; k < 3 && isMarkerCode(line.charCodeAt(i)); k++) i++;
  return line.charCodeAt(i);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isMarkerCode(c: number): boolean {
  return c === 42 || c === 95;
}

/** The characters of SEPARATOR's rule, and the spaces and tabs between them. */
function isRuleCode(c: number): boolean {
  return c === 45 || c === 95 || c === 42 || c === 61 || c === 0xb7 || c === 32 || c === 9;
}

/** Furniture that may sit in the middle of a paragraph split by a page break. */
export function furnitureKind(line: string): OtherBlockKind | undefined {
  const i = firstIndex(line);
  const c = line.charCodeAt(i);
  const digit = isDigitCode(c);
  // PAGE_NUMBER: a dash, "page" or a digit; SEPARATOR: - _ * = · and another of them (or a space) next;
  // JOB_NUMBER: a digit, or "*" and a digit; RUNNING_HEAD: S, A, E, "UNEP" or "TD".
  if (
    ((digit || c === 45 || c === 0x2013 || c === 0x2014 || c === 112 || c === 80) && PAGE_NUMBER.test(line)) ||
    ((c === 45 || c === 95 || c === 42 || c === 61 || c === 0xb7) && isRuleCode(line.charCodeAt(i + 1)) && SEPARATOR.test(line)) ||
    ((digit || (c === 42 && isDigitCode(line.charCodeAt(i + 1)))) && JOB_NUMBER.test(line)) ||
    ((c === 83 || c === 65 || c === 69 || c === 85 || c === 84) && RUNNING_HEAD.test(line))
  ) {
    return 'furniture';
  }
  // FOOTNOTE: "[", "^" or a digit.
  if ((digit || c === 91 || c === 94) && FOOTNOTE.test(line)) return 'footnote';
  return undefined;
}

/** ANNEX: "#", or the "a" of every word it knows after the emphasis markers. */
export function isAnnexHeading(line: string): boolean {
  if (firstCode(line) === 35) return ANNEX.test(line);
  const c = codeAfterMarkers(line);
  return (c === 97 || c === 65) && ANNEX.test(line);
}

/** CLOSING: the "a" of every word it knows, after the emphasis markers. */
export function isClosingLine(line: string): boolean {
  const c = codeAfterMarkers(line);
  return (c === 97 || c === 65) && CLOSING.test(line);
}

/**
 * MEETING: a digit after the emphasis markers. Once the meeting line is read the resolution is over: what
 * follows is its date, its footnotes and its annexes.
 */
export function isMeetingLine(line: string): boolean {
  return isDigitCode(codeAfterMarkers(line)) && line.length < 160 && MEETING.test(line);
}

/**
 * A section heading inside the body: a Markdown heading, a Roman numeral or capital letter with a title
 * ("II", "A. Sanctions measures") that does not end like a paragraph, or a line in capitals.
 */
export function isSectionHeading(line: string): boolean {
  // MARKDOWN_HEADING needs a "#" after the spaces; most lines, ending in punctuation, need no expression.
  if (firstCode(line) === 35 && MARKDOWN_HEADING.test(line)) return true;
  let trimmed = line.trim();
  let end = trimmed.length;
  while (end > 0 && (trimmed.charCodeAt(end - 1) === 42 || trimmed.charCodeAt(end - 1) === 95)) end--;
  trimmed = trimmed.slice(0, end);
  if (trimmed.length === 0 || trimmed.length > 120) return false;
  if (isParagraphEndCode(trimmed.charCodeAt(trimmed.length - 1))) return false;
  if (SECTION_LETTER.test(trimmed)) return true;
  return trimmed.length >= 3 && TWO_CAPITALS.test(trimmed) && !LOWER_CASE.test(trimmed);
}

/** `,` `;` `:` `.`: the punctuation a paragraph ends with. */
function isParagraphEndCode(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 46;
}

// Expressions a function runs are made once here: a literal in a function body is a new object each call.
const SENTENCE_END = /[,;:.!?]$/;
const TWO_CAPITALS = /\p{Lu}{2}/u;
const LOWER_CASE = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/**
 * A heading typed as plain text, as PDFs give them ("Peacebuilding financing", "Legislative activities"):
 * one short line, opening with a capital, with no closing punctuation. The caller checks what a line alone
 * cannot show: that it stands between blank lines, after a paragraph that ended its sentence, and does not
 * open with a leading phrase.
 */
export function isPlainHeading(line: string): boolean {
  if (line.length > 110) return false;
  const trimmed = line.trim();
  if (trimmed.length < 3 || trimmed.length > 100) return false;
  const first = trimmed[0]!;
  if (first === first.toLowerCase() || first !== first.toUpperCase()) return false;
  return !SENTENCE_END.test(trimmed);
}

/**
 * A heading set in italics around a plain document number, as the French versions of the Assembly's
 * omnibus texts give them ("*Résolution* 75/282 *sur la lutte contre …*"): one line opening and closing in
 * italics, with no closing punctuation, that italics cover for the most part. Longer than a plain heading
 * may be, since such headings name a whole resolution; a paragraph never ends in italics without
 * punctuation, so length alone does not make it one.
 */
export function isItalicHeading(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length < 3 || trimmed.length > 250) return false;
  const marker = trimmed[0];
  if ((marker !== '*' && marker !== '_') || !trimmed.endsWith(marker) || trimmed.startsWith(marker + marker)) return false;
  if (SENTENCE_END.test(trimmed.slice(0, -1).trimEnd())) return false;
  let italic = 0;
  let plain = 0;
  let inside = false;
  for (const c of trimmed) {
    if (c === marker) inside = !inside;
    else if (LETTER.test(c)) inside ? italic++ : plain++;
  }
  return italic >= 2 * plain;
}

/** A row of a Markdown table ("| Post | Category |", "|---|---|"): text a table holds is not a paragraph. */
export function isTableRow(line: string): boolean {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  return line.charCodeAt(i) === 124 /* | */ && line.indexOf('|', i + 1) !== -1;
}
