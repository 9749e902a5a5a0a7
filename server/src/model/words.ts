import { WORD_PATTERN } from '../lexicon';

/**
 * The words of a leading phrase, read in place. WORD_PATTERN (`[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*`, with
 * the `u` flag) read them before on a slice of the text, once per paragraph and per italic span, and the
 * slices and match arrays were the largest part of the parse. The phrase reader runs the same expression,
 * sticky, on the text itself (a test compares the words): native code in every tier of the engine, no slice,
 * no match array, where a loop over the characters cost two calls a character in the one-shot CLI. The
 * scan of words without markers still classifies characters by hand: Latin-1 ones by a table built from
 * WORD_PATTERN's own classes, other characters of the Basic Multilingual Plane by the same classes one at a
 * time, and at a surrogate it gives up so that the caller can use WORD_PATTERN itself.
 */

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** 1 for a letter or mark among the first 256 code points, else 0. */
const LATIN1: Uint8Array = (() => {
  const table = new Uint8Array(256);
  for (let c = 0; c < 256; c++) table[c] = LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
})();

/** 1: a letter or mark; 0: anything else; -1: a surrogate, which this scan leaves to WORD_PATTERN. */
function letterClass(c: number): number {
  if (c < 256) return LATIN1[c]!;
  if (c === 0x2019 || c === 0x202f) return 0; // the typographic apostrophe and the narrow no-break space
  if (c >= 0xd800 && c <= 0xdfff) return -1;
  return LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 0;
}

/** The apostrophes and hyphen that may join letters inside a word ("l'accent", "co-operate"). */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45;
}

/** What `PhraseWordReader.next` met: a word, the end of the phrase, or a cut the slice reads otherwise. */
export const WORD = 1;
export const PHRASE_END = 0;
export const USE_PATTERN = -1;

/**
 * Reads the words of a phrase in text[from, to), one word a call: words separated only by spaces (and
 * emphasis markers when `markers`); the phrase ends at the first other character. A reader is made once
 * and reset for each phrase, and its caller loops: a callback per phrase was a closure per paragraph, and
 * every word a call through it. The text is given to each call, not kept: a reader made once must not
 * hold on to the last document it read.
 */
export class PhraseWordReader {
  /** The word `next` read: text[start, end). */
  start = 0;
  end = 0;
  private to = 0;
  private markers = false;
  private from = 0;

  reset(from: number, to: number, markers: boolean): this {
    this.from = from;
    this.start = from;
    this.end = from;
    this.to = to;
    this.markers = markers;
    return this;
  }

  /**
   * WORD with the next word in `start` and `end`; PHRASE_END when the phrase is over; USE_PATTERN where the
   * range cuts a word or a surrogate pair, which WORD_PATTERN on the slice reads otherwise than on the
   * text: the caller then starts again with it (having perhaps read words already).
   */
  next(text: string): number {
    const to = this.to;
    if (this.end >= to) return PHRASE_END;
    // The gap is mostly one space: read by hand, the expression is for the word.
    const markers = this.markers;
    let i = this.end;
    while (i < to && isGap(text.charCodeAt(i), markers)) i++;
    if (i >= to) return PHRASE_END;
    const c = text.charCodeAt(i);
    // The second half of a pair the range's start cut: the slice holds it alone.
    if (c >= 0xdc00 && c <= 0xdfff && i === this.from) return USE_PATTERN;
    WORD_AT.lastIndex = i;
    if (!WORD_AT.test(text)) return PHRASE_END;
    const end = WORD_AT.lastIndex;
    // A word running past the range: the slice cuts it where it ends.
    if (end > to) return USE_PATTERN;
    this.start = i;
    this.end = end;
    return WORD;
  }
}

/** The characters allowed between two words of a phrase (and emphasis markers with `markers`). */
function isGap(c: number, markers: boolean): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || (markers && (c === 42 || c === 95));
}

/** WORD_PATTERN, sticky: the word that starts where `lastIndex` is, if one does. */
const WORD_AT = new RegExp(WORD_PATTERN.source, 'uy');

/** The emphasis markers that `wordsWithoutMarkers` reads as absent. */
function isMarker(c: number): boolean {
  return c === 42 || c === 95;
}

/**
 * The first `limit` words of text[from, to) as WORD_PATTERN finds them anywhere in it (not only a phrase's
 * words: punctuation between them is skipped), with `*` and `_` read as absent when `markers` (so that a
 * source's "S*olicita*" is one word, "Solicita"), as written (not normalised). Undefined at a surrogate: the
 * caller then uses WORD_PATTERN itself. The phrase rules read a few words of every paragraph; with the
 * expression's Unicode classes and a copy of the text without markers, that was their largest cost.
 */
export function wordsWithoutMarkers(text: string, from: number, to: number, markers: boolean, limit = Infinity): string[] | undefined {
  const words: string[] = [];
  // The next offset at or after i that is not a marker (or `to`).
  const next = (i: number): number => {
    while (markers && i < to && isMarker(text.charCodeAt(i))) i++;
    return i;
  };
  let i = next(from);
  while (i < to && words.length < limit) {
    const first = letterClass(text.charCodeAt(i));
    if (first === -1) return undefined;
    if (first === 0) {
      i = next(i + 1);
      continue;
    }
    const start = i;
    let end = i + 1;
    let hasMarker = false;
    for (;;) {
      const j = next(end);
      if (j > end) hasMarker = true;
      if (j >= to) break;
      const c = text.charCodeAt(j);
      const kind = letterClass(c);
      if (kind === -1) return undefined;
      if (kind === 1) {
        end = j + 1;
        continue;
      }
      if (!isJoiner(c)) break;
      const k = next(j + 1);
      if (k >= to) break;
      const after = letterClass(text.charCodeAt(k));
      if (after === -1) return undefined;
      if (after !== 1) break;
      if (k > j + 1) hasMarker = true;
      end = k + 1;
    }
    const written = text.slice(start, end);
    words.push(hasMarker ? written.replace(/[*_]/g, '') : written);
    i = next(end);
  }
  return words;
}
