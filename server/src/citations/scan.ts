import { SYMBOL_ROOTS } from './families';

/**
 * The character-level scans of the citation recogniser: where a citation may start, and the hand-read
 * "2331 (2016)" form. Both replace regular expressions on the hot path (a test compares them with the
 * expressions, which stay here as their definitions). Work is linear in the size of the text.
 */

/** The spaces a citation may hold: space, tab, no-break space, narrow no-break space. */
export const SP = '[ \\t\\u00a0\\u202f]';
/** A hyphen as written in a symbol: the ASCII one or the no-break hyphen U+2011 ("S‑30/1"). */
export const HYPHENS = '[-\\u2011]';

export const sticky = (source: string): RegExp => new RegExp(source, 'y');

/**
 * 2331 (2016), 2625 (XXV), 377 A (V), 1874 (S-IV), [2359 \\(2017\\)](#), 1514(XV). The recogniser reads this
 * form by hand (matchNumberParen below); the expression stays as its definition, which a test compares it with.
 */
export const NUMBER_PAREN = sticky(
  `(?<num>[1-9]\\d{0,3})(?:(?<partgap>${SP}*)(?<part>[A-Z])(?!\\w))?(?<gap>${SP}*)(?<open>\\\\?\\(${SP}*)(?<inner>\\d{4}|(?:E?S${HYPHENS})?[IVXL]{1,6})(?<close>${SP}*\\\\?\\))`,
);

/** The offsets of a NUMBER_PAREN match (the groups' boundaries); `partStart` is -1 without a part letter. */
export interface NumberParenMatch {
  numberEnd: number;
  partStart: number;
  gapStart: number;
  gapEnd: number;
  innerStart: number;
  innerEnd: number;
  end: number;
}

/** The one NumberParenMatch object, overwritten by each match: a citation is built from it at once. */
const NUMBER_PAREN_MATCH: NumberParenMatch = { numberEnd: 0, partStart: -1, gapStart: 0, gapEnd: 0, innerStart: 0, innerEnd: 0, end: 0 };

/**
 * NUMBER_PAREN at `start`, read by hand: the expression built a match with seven group strings for every
 * citation of the most common form. Each part of the pattern can match in one way only (spaces, letters,
 * digits and brackets exclude each other), so no backtracking is needed: the first way that fails fails all.
 */
export function matchNumberParen(text: string, start: number): NumberParenMatch | undefined {
  // The same place is often read twice in a row: after "resolution" (is the number bare?) and at its "(".
  if (start === memo.start && text === memo.text) return memo.result;
  const result = readNumberParen(text, start);
  memo.text = text;
  memo.start = start;
  memo.result = result;
  return result;
}

/** The last place matchNumberParen read, and what it found there (NUMBER_PAREN_MATCH, until the next read). */
const memo: { text: string; start: number; result: NumberParenMatch | undefined } = { text: '', start: -1, result: undefined };

/**
 * The two forms most citations take, "2331 (2016)" and the escaped "2331 \\(2016\\)", after the number: tested
 * natively at once, where reading them a character at a time costs a dozen calls in the baseline tier. Both
 * are read as the general reading below reads them.
 */
const PLAIN_YEAR = / \(\d{4}\)/y;
const ESCAPED_YEAR = / \\\(\d{4}\\\)/y;
/** The number: up to four digits, the first not 0. */
const NUMBER = /[1-9]\d{0,3}/y;

function readNumberParen(text: string, start: number): NumberParenMatch | undefined {
  NUMBER.lastIndex = start;
  if (!NUMBER.test(text)) return undefined;
  const numberEnd = NUMBER.lastIndex;
  let i = numberEnd;
  PLAIN_YEAR.lastIndex = numberEnd;
  if (PLAIN_YEAR.test(text)) return yearMatch(numberEnd, 0);
  ESCAPED_YEAR.lastIndex = numberEnd;
  if (ESCAPED_YEAR.test(text)) return yearMatch(numberEnd, 1);
  while (isSpace(text.charCodeAt(i))) i++;
  let partStart = -1;
  const letter = text.charCodeAt(i);
  if (isUpper(letter)) {
    // A capital after the number is a part letter ("377 A (V)") or nothing fits at all.
    if (isAsciiWord(text.charCodeAt(i + 1))) return undefined;
    partStart = i;
    i++;
  }
  const gapStart = partStart === -1 ? numberEnd : partStart + 1;
  while (isSpace(text.charCodeAt(i))) i++;
  const gapEnd = i;
  if (text.charCodeAt(i) === BACKSLASH) i++;
  if (text.charCodeAt(i) !== OPEN_PAREN) return undefined;
  i++;
  while (isSpace(text.charCodeAt(i))) i++;
  const innerStart = i;
  if (isDigit(text.charCodeAt(i))) {
    while (i < innerStart + 4 && isDigit(text.charCodeAt(i))) i++;
    if (i < innerStart + 4) return undefined;
  } else {
    // A special or emergency special session: "1874 (S-IV)", "(ES-I)".
    const e = text.charCodeAt(i) === LETTER_E ? 1 : 0;
    if (text.charCodeAt(i + e) === LETTER_S && isHyphen(text.charCodeAt(i + e + 1))) i += e + 2;
    const romanStart = i;
    while (i < romanStart + 6 && isRomanLetter(text.charCodeAt(i))) i++;
    if (i === romanStart) return undefined;
  }
  const innerEnd = i;
  while (isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === BACKSLASH) i++;
  if (text.charCodeAt(i) !== CLOSE_PAREN) return undefined;
  const m = NUMBER_PAREN_MATCH;
  m.numberEnd = numberEnd;
  m.partStart = partStart;
  m.gapStart = gapStart;
  m.gapEnd = gapEnd;
  m.innerStart = innerStart;
  m.innerEnd = innerEnd;
  m.end = i + 1;
  return m;
}

/** NUMBER_PAREN_MATCH for a number ending at `numberEnd`, a space and a year in parentheses, escaped or not. */
function yearMatch(numberEnd: number, escape: 0 | 1): NumberParenMatch {
  const m = NUMBER_PAREN_MATCH;
  m.numberEnd = numberEnd;
  m.partStart = -1;
  m.gapStart = numberEnd;
  m.gapEnd = numberEnd + 1;
  m.innerStart = numberEnd + 2 + escape;
  m.innerEnd = m.innerStart + 4;
  m.end = m.innerEnd + 1 + escape;
  return m;
}

/** NUMBER_PAREN without its named groups, to be looked for ahead. */
const NUMBER_PAREN_FORM = NUMBER_PAREN.source.replace(/\(\?<[a-z]+>/g, '(?:');

/** "resolution", "resoluciones" and the like, then spaces or a link's bracket, before a bare number. */
const KEYWORD_BEFORE_BARE_NUMBER = `solu[a-z\\u00f3]*[ \\t\\u00a0\\u202f*_[]*(?=[1-9])(?!${NUMBER_PAREN_FORM})`;

/** The longest series root ("UNEP", "FCCC"): a longer run of capitals before a slash is no root. */
const MAX_ROOT = Math.max(...[...SYMBOL_ROOTS].map((r) => r.length));

/** A run of capitals as a number (base 27), so that a root is looked up without copying the run. */
function rootCode(text: string, start: number, end: number): number {
  let code = 0;
  for (let i = start; i < end; i++) code = code * 27 + (text.charCodeAt(i) - 64);
  return code;
}

const ROOT_CODES: ReadonlySet<number> = new Set([...SYMBOL_ROOTS].map((r) => rootCode(r, 0, r.length)));

/**
 * Where a citation may start: a document symbol's series root ("S/", "A/", "FCCC/", "s/R"), a number before a
 * slash ("70/", "7/34", "2019/", and so "S-26/2" and "ES‑11/1", read from their number) or before an opening
 * parenthesis ("2331 (", "377 A (", "2359 \\("), and the word "resolution" in the three languages ("solu")
 * followed by a number, which Council texts may write bare ("resolution 2250"). A number of the form
 * "2331 (2016)" after the word is no bare number: it is read at its parenthesis, so the word is no hit. As a
 * pattern: PREFILTER below.
 */
export const PREFILTER = new RegExp(
  `(?<![A-Z])(?:${[...SYMBOL_ROOTS].join('|')})/|[sae]/[Rr]|\\d/|\\d${SP}*(?:[A-Z]${SP}*)?\\\\?\\(|${KEYWORD_BEFORE_BARE_NUMBER}`,
  'g',
);

/**
 * PREFILTER's hits, with the regular expression's interface: `exec()` gives the start of the next hit at or
 * after `lastIndex` (-1 when there is none) and moves `lastIndex` to its end. Every hit holds a "/", a "("
 * or "solu", so the scan looks for those with `indexOf` (native, several times faster than the pattern,
 * which tried its alternatives at every position; a search for a character outside Latin-1 such as the
 * no-break hyphen costs as much as the rest together) and reads the few characters before each one by
 * hand; the keyword before a bare number is searched with its own alternative of the pattern. It finds
 * exactly the hits the pattern finds, in the same order, with the same ends (a test compares them).
 */
export class CandidateScanner {
  lastIndex = 0;
  /**
   * The next occurrence of each anchor at or after the position last searched from (-1 when there is none),
   * and the end of the keyword's hit.
   */
  private slash = -2;
  private paren = -2;
  private solu = -2;
  private soluEnd = 0;

  /**
   * `bareNumbers`: whether to look for "resolution" before a bare number at all. Only the Security Council
   * cites its resolutions by number alone, so the search is skipped in other organs' texts.
   */
  constructor(
    private readonly text: string,
    bareNumbers = true,
  ) {
    if (!bareNumbers) this.solu = -1;
  }

  exec(): number {
    const text = this.text;
    const from = this.lastIndex;
    // The next anchors, kept in locals while the loop runs (a property costs a call in the baseline tier).
    let slash = this.slash;
    let paren = this.paren;
    let solu = this.solu;
    let soluEnd = this.soluEnd;
    let hit = -1;
    let end = 0;
    // Every hit starts before its anchor and holds no anchor before it, so the anchors are visited in order
    // and the first one that completes a hit gives the leftmost hit.
    let at = from;
    while (hit === -1) {
      if (slash !== -1 && slash < at) slash = text.indexOf('/', at);
      if (paren !== -1 && paren < at) paren = text.indexOf('(', at);
      if (solu !== -1 && solu < at) {
        KEYWORDS_BEFORE_NUMBERS.lastIndex = at;
        const m = KEYWORDS_BEFORE_NUMBERS.exec(text);
        solu = m === null ? -1 : m.index;
        soluEnd = KEYWORDS_BEFORE_NUMBERS.lastIndex;
      }
      let anchor = slash;
      if (paren !== -1 && (anchor === -1 || paren < anchor)) anchor = paren;
      if (solu !== -1 && (anchor === -1 || solu < anchor)) anchor = solu;
      if (anchor === -1) break;
      at = anchor + 1;
      const c = text.charCodeAt(anchor);
      if (c === SLASH) {
        hit = this.slashHit(anchor, from);
        if (hit !== -1) end = text.charCodeAt(hit) === 115 || text.charCodeAt(hit) === 97 || text.charCodeAt(hit) === 101 ? anchor + 2 : anchor + 1;
      } else if (c === OPEN_PAREN) {
        hit = this.parenHit(anchor, from);
        end = anchor + 1;
      } else {
        // "resolution", "resoluciones" and the like before a bare number. The hit ends before the number,
        // which stays to be scanned ("resolutions 7/34").
        hit = anchor;
        end = soluEnd;
      }
    }
    this.slash = slash;
    this.paren = paren;
    this.solu = solu;
    this.soluEnd = soluEnd;
    this.lastIndex = hit === -1 ? 0 : end;
    return hit;
  }

  /** Before a slash: a digit, a series root (a whole run of capitals), or "s/R", "a/r", "e/R". */
  private slashHit(anchor: number, from: number): number {
    const text = this.text;
    if (anchor - 1 < from) return -1;
    const before = text.charCodeAt(anchor - 1);
    if (isDigit(before)) return anchor - 1;
    if (isUpper(before)) {
      // The run may reach back before `from` (the pattern's look-behind sees it too); only a run that is a
      // root and starts at or after `from` is a hit.
      let j = anchor - 1;
      while (j > 0 && anchor - j <= MAX_ROOT && isUpper(text.charCodeAt(j - 1))) j--;
      if (j > 0 && isUpper(text.charCodeAt(j - 1))) return -1;
      return j >= from && ROOT_CODES.has(rootCode(text, j, anchor)) ? j : -1;
    }
    const after = text.charCodeAt(anchor + 1);
    return (before === 115 || before === 97 || before === 101) && (after === 82 || after === 114) ? anchor - 1 : -1;
  }

  /** Before "(": a digit, spaces, an optional capital letter and spaces, an optional backslash. */
  private parenHit(anchor: number, from: number): number {
    const text = this.text;
    let j = anchor - 1;
    if (j >= from && text.charCodeAt(j) === BACKSLASH) j--;
    while (j >= from && isSpace(text.charCodeAt(j))) j--;
    if (j >= from && isUpper(text.charCodeAt(j))) {
      j--;
      while (j >= from && isSpace(text.charCodeAt(j))) j--;
    }
    return j >= from && isDigit(text.charCodeAt(j)) ? j : -1;
  }

}

/**
 * PREFILTER's last alternative alone: searched natively, it passes over the many "resolution" that a
 * "2331 (2016)" follows, which a search for "solu" stopped at one by one.
 */
const KEYWORDS_BEFORE_NUMBERS = new RegExp(KEYWORD_BEFORE_BARE_NUMBER, 'g');

/**
 * Where the web addresses of a text are ("https://…"), found once each, in document order: the recogniser
 * skips the hits inside them ("…/S/RES/2419%2520(2018)" holds no citation).
 */
export class UrlSkipper {
  private start = -1;
  private stop = -1;
  private searched = 0;

  constructor(private readonly text: string) {}

  /** The end of the address that holds `pos`, or -1 when `pos` is in none. Positions must not go back. */
  endOfUrlAt(pos: number): number {
    const text = this.text;
    while (pos >= this.stop && this.searched !== -1) {
      // A search for ":" is several times faster than one for "://" (a pattern of one character).
      let sep = text.indexOf(':', this.searched);
      while (sep !== -1 && (text.charCodeAt(sep + 1) !== SLASH || text.charCodeAt(sep + 2) !== SLASH)) sep = text.indexOf(':', sep + 1);
      if (sep === -1) {
        this.searched = -1;
        break;
      }
      let s = sep;
      while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
      this.start = s;
      this.stop = urlEnd(text, sep + 3);
      this.searched = this.stop;
      if (pos < this.start) break;
    }
    return pos >= this.start && pos < this.stop ? this.stop : -1;
  }
}

/**
 * The end of a web address starting at `start` ("https://…"): the first space, or the ")" that closes the
 * Markdown link around it (the address may hold balanced parentheses: ".../S/RES/2391(2017)").
 */
export function urlEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  for (;;) {
    // The characters up to the next parenthesis or end, skipped natively.
    URL_RUN.lastIndex = i;
    URL_RUN.test(text);
    i = URL_RUN.lastIndex;
    const c = text.charCodeAt(i);
    if (c === OPEN_PAREN) depth++;
    else if (c === CLOSE_PAREN && depth > 0) depth--;
    else return i;
    i++;
  }
}

/** What an address holds but a parenthesis: not a space, a line break, ">" or "]", which end it. */
const URL_RUN = /[^ \t\n\r\u00a0>\]()]*/y;

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A letter of Latin or another script (not a digit, space or punctuation of Latin-1). */
export function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 0xbf && c < 0x2000 && c !== 0xd7 && c !== 0xf7);
}

export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

export function isHyphen(c: number): boolean {
  return c === HYPHEN || c === NB_HYPHEN;
}

export function isRomanLetter(c: number): boolean {
  return c === 73 || c === 86 || c === 88 || c === 76; // I V X L
}

export function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Letters (any script), and the dot and degree signs of abbreviations such as "No." and "n°". */
export function isWordPart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 0xb0 || c === 0xba || (c > 0xbf && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/** Spaces, emphasis markers and a link's opening bracket, skipped when looking for the word before. */
export function isSkippable(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 42 || c === 95 || c === 91;
}

/** The value of the ASCII digits text[start, end): Number() of a matched group, without reading the group. */
export function digitsValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/** The character codes the scans compare with. */
export const SPACE = 32, SLASH = 47, BACKSLASH = 92, DOT = 46;
export const HYPHEN = 45, NB_HYPHEN = 0x2011;
export const LETTER_E = 69, LETTER_S = 83;
export const OPEN_PAREN = 40, CLOSE_PAREN = 41;
