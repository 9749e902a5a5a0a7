import { familyOf, SYMBOL_ROOTS, type SymbolFamily } from './families';
import { type Fields, partsOf } from './fields';
import { GA_LAST_ROMAN_SESSION, parseRoman, type SessionKind } from './gaSessions';
import { CLOSE_PAREN, digitsValue, isDigit, isHyphen, isUpper, OPEN_PAREN, SLASH, SP, sticky } from './scan';
import type { GaSession } from './types';

/**
 * Reading United Nations document symbols: the series root and its components ("FCCC/CP/2015/10/Add.1",
 * "ICCD/COP(13)/21/Add.1", "A/ES‑10/273/Corr.1"), a part, volume or section in parentheses
 * ("NPT/CONF.2010/50 (Vol. I)", "A/76/6 (Sect. 3)/Add.7"), and joint symbols of two organs
 * ("A/67/393-S/2012/721"), which the UN links by their first part. What the symbol is comes from its family
 * (families.ts).
 */

/** S/RES/2388 (2017), S/RES/2388(2017), s/res/2388 (2017), S/RES/2388 */
const SC_SYMBOL = sticky(`(?<prefix>[Ss]/[Rr][Ee][Ss]/)(?<num>[1-9]\\d{0,4})(?![\\w/])(?:(?<gap>${SP}*)(?<open>\\\\?\\(${SP}*)(?<inner>\\d{4}|[IVXL]{1,6})(?<close>${SP}*\\\\?\\)))?`);
/** A/RES/2625 (XXV): the symbol of a resolution of sessions I–XXX */
const GA_ROMAN_SYMBOL = sticky(`(?<prefix>[Aa]/[Rr][Ee][Ss]/)(?<num>[1-9]\\d{0,3})${SP}*\\\\?\\((?<inner>[IVXL]{1,6})\\\\?\\)`);
/** "(Part I)", "(Parts I and II)", "(Vol. II)", "(Sect. 3)" after a symbol: part of it. Symbols are English in every language. */
const QUALIFIER = sticky(`${SP}?\\((?:Parts?|Vol\\.|Sect\\.)${SP}?[IVXL\\d]+(?:${SP}?(?:and|-|–)${SP}?[IVXL\\d]+)?\\)`);

export interface SymbolRead {
  readonly end: number;
  readonly fields: Fields;
}

/** The Security Council resolution symbol at `start`, with its year when written. */
export function readScSymbol(text: string, start: number): SymbolRead | undefined {
  SC_SYMBOL.lastIndex = start;
  const m = SC_SYMBOL.exec(text);
  if (!m) return undefined;
  const g = m.groups!;
  const number = Number(g.num);
  const numberStart = start + g.prefix!.length;
  const numberEnd = numberStart + g.num!.length;
  const end = start + m[0].length;
  const parts = partsOf({ start: numberStart, end: numberEnd });
  parts.prefix = { start, end: numberStart };
  let year: number | undefined;
  if (g.inner !== undefined) {
    const gapEnd = numberEnd + g.gap!.length;
    const innerStart = gapEnd + g.open!.length;
    const innerEnd = innerStart + g.inner.length;
    parts.gap = { start: numberEnd, end: gapEnd };
    parts.open = { start: gapEnd, end: innerStart };
    parts.inner = { start: innerStart, end: innerEnd };
    parts.close = { start: innerEnd, end };
    if (isDigit(g.inner.charCodeAt(0))) year = Number(g.inner);
  }
  return {
    end,
    fields: {
      kind: 'resolution',
      body: 'security-council',
      form: 'symbol',
      number,
      year,
      session: undefined,
      part: undefined,
      symbol: year !== undefined ? `S/RES/${number}(${year})` : `S/RES/${number}`,
      standard: year !== undefined ? `S/RES/${number} (${year})` : `S/RES/${number}`,
      parts,
    },
  };
}

/** "A/RES/2625 (XXV)": an Assembly resolution of the first thirty sessions, by symbol. */
export function readGaRomanSymbol(text: string, start: number): SymbolRead | undefined {
  GA_ROMAN_SYMBOL.lastIndex = start;
  const m = GA_ROMAN_SYMBOL.exec(text);
  if (!m) return undefined;
  const g = m.groups!;
  const session = parseRoman(g.inner!);
  if (session === undefined || session > GA_LAST_ROMAN_SESSION) return undefined;
  const end = start + m[0].length;
  const number = Number(g.num);
  const numberStart = start + g.prefix!.length;
  const innerEnd = m[0].endsWith('\\)') ? end - 2 : end - 1;
  const parts = partsOf({ start: numberStart, end: numberStart + g.num!.length });
  parts.prefix = { start, end: numberStart };
  parts.inner = { start: innerEnd - g.inner!.length, end: innerEnd };
  return {
    end,
    fields: {
      kind: 'resolution',
      body: 'general-assembly',
      form: 'symbol',
      number,
      year: undefined,
      session: { kind: 'regular', number: session },
      part: undefined,
      symbol: `A/RES/${number}(${g.inner})`,
      standard: `A/RES/${number} (${g.inner})`,
      parts,
    },
  };
}

/** Any other document symbol at `start`, whole (a joint symbol with both its parts). */
export function readDocumentSymbol(text: string, start: number): SymbolRead | undefined {
  const firstEnd = symbolPartEnd(text, start);
  if (firstEnd === -1) return undefined;
  let end = firstEnd;
  // "A/67/393-S/2012/721": a document of two organs.
  if (isJointHyphen(text.charCodeAt(end)) && isRootAt(text, end + 1)) {
    const second = symbolPartEnd(text, end + 1);
    if (second !== -1) end = second;
  }
  return { end, fields: symbolFields(text, start, firstEnd, end) };
}

/**
 * The end of one symbol from its root: components separated by slashes, each starting with a letter or a
 * digit, with dots, hyphens and a number in parentheses inside ("COP(13)", "ES‑10", "Add.1"), and a part,
 * volume or section in parentheses after a component. A final dot ends the sentence. -1 when what follows
 * the root holds no digit: "S/RES" alone, "TD/B" in prose.
 */
function symbolPartEnd(text: string, start: number): number {
  let i = start;
  while (isLetter(text.charCodeAt(i))) i++;
  if (i === start || text.charCodeAt(i) !== SLASH || !isAlnum(text.charCodeAt(i + 1))) return -1;
  let digit = false;
  i++;
  for (;;) {
    // One component.
    for (;;) {
      const c = text.charCodeAt(i);
      if (isAlnum(c) || c === 46) {
        if (isDigit(c)) digit = true;
        i++;
      } else if (c === OPEN_PAREN && isDigit(text.charCodeAt(i + 1))) {
        let j = i + 1;
        while (isDigit(text.charCodeAt(j))) j++;
        if (text.charCodeAt(j) !== CLOSE_PAREN) break;
        digit = true;
        i = j + 1;
      } else if ((isHyphen(c) || (c === EN_DASH && isDigit(text.charCodeAt(i + 1)))) && isAlnum(text.charCodeAt(i + 1)) && !isRootAt(text, i + 1)) {
        // "ES‑10", "SR.1–28" (a range of summary records); a hyphen before a series root joins two symbols.
        i++;
      } else {
        break;
      }
    }
    QUALIFIER.lastIndex = i;
    if (QUALIFIER.exec(text)) i = QUALIFIER.lastIndex;
    if (text.charCodeAt(i) === SLASH && isAlnum(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    break;
  }
  while (text.charCodeAt(i - 1) === 46) i--;
  return digit ? i : -1;
}

/** Whether a series root and its slash start at `at` ("S/" in "-S/2012/721"). */
function isRootAt(text: string, at: number): boolean {
  let i = at;
  while (isUpper(text.charCodeAt(i)) && i - at < 8) i++;
  return i > at && text.charCodeAt(i) === SLASH && SYMBOL_ROOTS.has(text.slice(at, i));
}

const EN_DASH = 0x2013;

function isJointHyphen(c: number): boolean {
  return isHyphen(c) || c === EN_DASH;
}

/**
 * The symbol without spaces and with plain hyphens: how undocs.org and the UN's links write it. Parts are
 * named "(Parts I and II)" in the symbol, however the text writes the range.
 */
function compact(written: string): string {
  if (!NEEDS_TIDYING.test(written)) return written;
  return written
    .replace(/\(Parts[ \u00a0]?([IVXL\d]+)[ \u00a0]?[-–][ \u00a0]?([IVXL\d]+)\)/, '(Parts $1 and $2)')
    .replace(/[ \t\u00a0\u202f]+/g, '')
    .replace(/[\u2011\u2013]/g, '-');
}

/** What compact() and tidy() change: most symbols have none of it. */
const NEEDS_TIDYING = /[ \t\u00a0\u202f\u2011\u2013]/;

/** The symbol as written, with single spaces and plain hyphens, for messages and hovers. */
function tidy(written: string): string {
  if (!NEEDS_TIDYING.test(written)) return written;
  return written.replace(/[ \t\u00a0\u202f]+/g, ' ').replace(/[\u2011\u2013]/g, '-');
}

/** What a document symbol says, from its family: kind, organ, and the numbers the rules can check. */
function symbolFields(text: string, start: number, firstEnd: number, end: number): Fields {
  const first = compact(text.slice(start, firstEnd));
  const upper = first.toUpperCase();
  const family = familyOf(upper);
  const parts = partsOf({ start, end });
  const facts = family ? numbersOf(family, upper.slice(family.series.length)) : NO_NUMBERS;
  let year = facts.year;
  if (year === undefined && end > firstEnd) {
    // A joint symbol: the year of issue may be in its second part ("A/48/486-S/26560" has none).
    const secondUpper = compact(text.slice(firstEnd + 1, end)).toUpperCase();
    const second = familyOf(secondUpper);
    if (second) year = numbersOf(second, secondUpper.slice(second.series.length)).year;
  }
  const kind = family?.kind ?? 'document';
  // Resolutions, decisions and statements are written in capitals: their series is checked for it.
  if (kind !== 'document' && family) parts.prefix = { start, end: start + family.series.length };
  const symbol = kind === 'document' ? first : upper;
  return {
    kind,
    body: family?.body ?? 'unknown',
    form: 'symbol',
    number: facts.number,
    year,
    session: facts.session,
    part: undefined,
    symbol,
    standard: kind === 'document' ? tidy(text.slice(start, end)) : upper,
    parts,
  };
}

interface SymbolNumbers {
  readonly number?: number;
  readonly year?: number;
  readonly session?: GaSession;
}

const NO_NUMBERS: SymbolNumbers = {};

const SESSION_NUMBER = /^(?:(ES|S)-)?([1-9]\d{0,2})\/([1-9]\d{0,3})/;
const YEAR_NUMBER = /^(\d{4})\/([1-9]\d{0,3})/;
const SESSION = /^(?:(ES|S)-)?([1-9]\d{0,2})\//;
/** A year of issue: a component of four digits (1946 on) followed by another component. */
const DATED = /(?:^|\/)((?:19[4-9]|20\d)\d)\/[A-Z0-9]/;

/** The numbers after the series, read the way the family numbers its documents. */
function numbersOf(family: SymbolFamily, rest: string): SymbolNumbers {
  switch (family.numbering) {
    case 'session/number': {
      const m = SESSION_NUMBER.exec(rest);
      return m ? { number: Number(m[3]), session: sessionOf(m[1], m[2]!) } : NO_NUMBERS;
    }
    case 'hrc-session/number': {
      const m = SESSION_NUMBER.exec(rest);
      return m && m[1] !== 'ES' ? { number: Number(m[3]) } : NO_NUMBERS;
    }
    case 'year/number': {
      const m = YEAR_NUMBER.exec(rest);
      return m && Number(m[1]) >= 1946 ? { year: Number(m[1]), number: Number(m[2]) } : NO_NUMBERS;
    }
    case 'session': {
      const m = SESSION.exec(rest);
      return m ? { session: sessionOf(m[1], m[2]!) } : NO_NUMBERS;
    }
    case 'dated': {
      const m = DATED.exec(rest);
      return m ? { year: digitsValue(m[1]!, 0, 4) } : NO_NUMBERS;
    }
    default:
      return NO_NUMBERS;
  }
}

function sessionOf(special: string | undefined, digits: string): GaSession {
  const kind: SessionKind = special === 'ES' ? 'emergency' : special === 'S' ? 'special' : 'regular';
  return { kind, number: Number(digits) };
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAlnum(c: number): boolean {
  return isLetter(c) || isDigit(c);
}
