import type { Ending } from './types';

/**
 * What a line or a paragraph's text ends and opens with, read character by character: the spaces, the
 * emphasis markers and the footnote markers that real texts put around their punctuation.
 */

/** Where the text of text[start, end) opens: past the spaces (and byte order marks) before it. */
export function textStart(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0 || c === 0xfeff) i++;
    else break;
  }
  return i;
}

export function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c === 32 || c === 9 || c === 0xa0 || c === 0x202f) e--;
    else break;
  }
  return e;
}

/** The line with its first letter in capitals: lets the heading test read a heading's second line. */
export function capitalised(s: string): string {
  const t = s.trimStart();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Whether text[start, end) holds only spaces. */
export function isBlankRange(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** The first character of a line after its spaces and emphasis markers (made once, not per call). */
const FIRST_LETTER = /^[ \t\u00a0]*[*_]*(.)/u;

/** Whether the first letter of a line (after emphasis markers) is a capital: where a new paragraph opens. */
export function opensInCapital(s: string): boolean {
  const m = FIRST_LETTER.exec(s);
  const ch = m?.[1];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * The punctuation a line ends with, for deciding where paragraphs end: what `endingOf` reads at the end of
 * a paragraph, read through closing markers and a footnote marker after the punctuation ("…Action:[^1]",
 * "…Secretary-General;1", "groups; 20").
 */
export function lineEndMark(s: string): string {
  const i = endingIndex(s, 0, s.length);
  return i >= 0 ? s[i]! : '';
}

/** The last character of a line that is not a space or an emphasis marker ('' if none): a backward scan. */
export function lastMeaningfulChar(s: string): string {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x202f && c !== 42 && c !== 95) return s[i]!;
  }
  return '';
}

export function isLowerCaseLetter(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** A block continues the previous paragraph when it starts in lower case or with a quotation. */
export function continuesParagraph(s: string): boolean {
  const m = FIRST_LETTER.exec(s);
  if (!m) return false;
  const ch = m[1]!;
  if ('"“«„‘\'>'.includes(ch)) return true;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * The last meaningful character of a paragraph, skipping spaces, closing emphasis markers and a trailing
 * footnote marker ("…Charter,^3", "…Charter,[^3]", "…Charter,[3]"): PDF conversions put the marker after
 * the punctuation, and the punctuation is what the paragraph ends with.
 */
export function endingOf(text: string, start: number, end: number): Ending {
  const i = endingIndex(text, start, end);
  return i >= start ? { char: text[i]!, offset: i } : { char: '', offset: start };
}

/** Where `endingOf` finds the ending of text[start, end): its offset, or one before `start` if none. */
function endingIndex(text: string, start: number, end: number): number {
  let i = end - 1;
  for (;;) {
    while (i >= start) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 42 || c === 95) i--;
      else break;
    }
    const before = footnoteMarkerStart(text, start, i);
    if (before === undefined) break;
    i = before;
  }
  // A comma or full stop written inside closing quotation marks (`entitled "Uniting for peace,"`) is the
  // paragraph's punctuation: reading the quote mark as the ending would ask for a second comma after it.
  if (i > start && isClosingQuote(text.charCodeAt(i)) && isParagraphMark(text.charCodeAt(i - 1))) i--;
  return i;
}

/** `"`, `”`, `»`, `’`, `'`. */
function isClosingQuote(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0xbb || c === 0x2019 || c === 39;
}

export const PARAGRAPH_MARKS = ',;:.';

/** A character of PARAGRAPH_MARKS, by its code. */
function isParagraphMark(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 46;
}

/** When a footnote marker ends at `i` ("^3", "^3^", "[3]", "[^3]"), the offset just before it. */
function footnoteMarkerStart(text: string, start: number, i: number): number | undefined {
  let j = i;
  const closing = text.charCodeAt(j);
  if (closing === 93 /* ] */ || closing === 94 /* ^ */) j--;
  let digits = 0;
  while (j >= start && digits < 4 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) {
    j--;
    digits++;
  }
  if (digits === 0 || digits > 3 || j < start) return undefined;
  const opening = text.charCodeAt(j);
  if (closing === 93) {
    if (opening === 94 && j > start && text.charCodeAt(j - 1) === 91) return j - 2; // "[^3]"
    return opening === 91 ? j - 1 : undefined; // "[3]"
  }
  if (opening === 94 && j > start) return j - 1; // "^3" or "^3^"
  // A marker copied from a PDF as plain digits after the punctuation: "…Secretary-General;1", "groups; 20".
  if (closing !== 94 && (PARAGRAPH_MARKS.includes(text[j]!) || (opening === 32 && PARAGRAPH_MARKS.includes(text[j - 1] ?? '')))) {
    return opening === 32 ? j - 1 : j;
  }
  return undefined;
}
