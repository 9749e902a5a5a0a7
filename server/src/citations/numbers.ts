import { type ContextReader, NO_STATEMENT } from './context';
import { partsOf } from './fields';
import { parseRoman, type SessionKind } from './gaSessions';
import type { NumberFacts } from './organs';
import { type Pending, pendingOf } from './pending';
import type { CitationParts } from './types';
import { digitsValue, DOT, HYPHENS, isAsciiWord, isDigit, isHyphen, matchNumberParen, SLASH, SP, sticky } from './scan';

/**
 * The readers of numbered citations: "2331 (2016)", "2625 (XXV)", "377 A (V)", "1874 (S-IV)"; "70/1", "7/34",
 * "2019/20"; "S-26/2", "ES‑11/1"; and the bare numbers of Council texts, "resolution 2250". Each reads what
 * the number says about itself and the words before it; which organ it belongs to is decided once its list
 * has been read (resolve.ts).
 */

/** S-26/2, ES-11/1, S‑30/1 */
const SPECIAL_SESSION = sticky(`(ES|S)${HYPHENS}([1-9]\\d?)/([1-9]\\d{0,3})(?![\\w/])`);
/** 70/1, 31/16 A, 7/34, 12/07 (another body's numbering), 2019/20 */
const SLASH_NUMBER = sticky(`(\\d{1,4})/(\\d{1,4})(?:(${SP}?)([A-Z])(?!\\w))?(?![\\w/])`);
/** What joins the bare numbers of one list: "2250 and 2419", "2250, 2419 and 2535", "[2391](…) and". */
const BARE_NEXT = sticky(`(?:\\]\\([^)\\s]*(?:\\([^)\\s]*\\)[^)\\s]*)*\\))?(?:${SP}*,${SP}*(?:(?:and|et|y)${SP}+)?|${SP}+(?:and|et|y)${SP}+)`);

/** "2331 (2016)", "2625 (XXV)", "377 A (V)", "1874 (S-IV)"; "70/1", "7/34", "2019/20". */
export function readNumber(text: string, start: number, context: ContextReader): Pending | number | undefined {
  return readParenthesised(text, start, context) ?? readSlashed(text, start, context);
}

/** A number with a year or a session in parentheses; the position to scan on when it is no citation. */
function readParenthesised(text: string, start: number, context: ContextReader): Pending | number | undefined {
  const paren = matchNumberParen(text, start);
  if (paren) {
    const statement = context.before(start);
    // "resolution" before the number settles it; only other words are checked against the exclusions.
    if (!statement.keyword && context.excluded(start)) return paren.numberEnd;
    const { numberEnd, gapStart, gapEnd, innerStart, innerEnd, end } = paren;
    const partStart = paren.partStart;
    const part = partStart === -1 ? undefined : text[partStart]!;
    // Every property of partsOf, in its order (one object shape), built at once.
    const parts: CitationParts = {
      number: { start, end: numberEnd },
      part: part === undefined ? undefined : { start: partStart, end: partStart + 1 },
      partGap: part === undefined ? undefined : { start: numberEnd, end: partStart },
      gap: { start: gapStart, end: gapEnd },
      inner: { start: innerStart, end: innerEnd },
      open: { start: gapEnd, end: innerStart },
      close: { start: innerEnd, end },
      prefix: undefined,
    };
    const number = digitsValue(text, start, numberEnd);
    const kind = statement.kind;
    if (isDigit(text.charCodeAt(innerStart))) {
      const facts: NumberFacts = { form: 'number-year', kind, number, year: digitsValue(text, innerStart, innerEnd) };
      return pendingOf(context, start, end, undefined, facts, parts, part, '', statement);
    }
    const written = text.slice(innerStart, innerEnd).replace('\u2011', '-');
    const session = sessionInParentheses(written);
    if (!session) return numberEnd;
    const facts: NumberFacts = { form: 'number-session', kind, number, session: session.number, sessionKind: session.kind, roman: written };
    return pendingOf(context, start, end, undefined, facts, parts, part, written, statement);
  }
  return undefined;
}

/** A session or a year and a number: "70/1", "31/16 A", "7/34", "2019/20". */
function readSlashed(text: string, start: number, context: ContextReader): Pending | number | undefined {
  SLASH_NUMBER.lastIndex = start;
  const m = SLASH_NUMBER.exec(text);
  if (!m) return undefined;
  const left = m[1]!;
  const right = m[2]!;
  if (left.charCodeAt(0) === 48 || right.length === 4 || (left.length === 4 && left[0] !== '1' && left[0] !== '2')) return start + left.length + 1;
  // "CL 144/9", "C 2013/20": another body's document code.
  if (context.afterCode(start)) return start + m[0].length;
  const statement = context.before(start);
  if (!statement.keyword && context.excluded(start)) return start + left.length + 1;
  const numberEnd = start + left.length + 1 + right.length;
  const end = start + m[0].length;
  const parts = partsOf({ start, end: numberEnd });
  const part = m[4];
  if (part !== undefined) {
    const partStart = numberEnd + (m[3]?.length ?? 0);
    parts.part = { start: partStart, end: partStart + 1 };
    parts.partGap = { start: numberEnd, end: partStart };
  }
  // A leading zero ("12/07") is no numbering of ours: the citation can only be another body's.
  const leadingZero = right.charCodeAt(0) === 48;
  const number = leadingZero ? 0 : Number(right);
  const facts: NumberFacts =
    left.length === 4
      ? { form: 'year-number', kind: statement.kind, number, year: Number(left) }
      : { form: 'session-number', kind: statement.kind, number, session: Number(left), sessionKind: 'regular' };
  return pendingOf(context, start, end, undefined, facts, parts, part, leadingZero ? `${left}/${right}` : '', statement);
}

/** "S-26/2", "ES-11/1", "S‑30/1": a special or emergency special session of the Assembly (or a special session of the Human Rights Council). */
export function readSpecialSession(text: string, start: number, context: ContextReader): Pending | undefined {
  SPECIAL_SESSION.lastIndex = start;
  const m = SPECIAL_SESSION.exec(text);
  if (!m) return undefined;
  const end = start + m[0].length;
  const kind: SessionKind = m[1] === 'ES' ? 'emergency' : 'special';
  const statement = context.before(start);
  const facts: NumberFacts = { form: 'session-number', kind: statement.kind, number: Number(m[3]), session: Number(m[2]), sessionKind: kind };
  return pendingOf(context, start, end, undefined, facts, partsOf({ start, end }), undefined, `${m[1]}-${m[2]}`, statement);
}

/**
 * "resolution 2250", "resolutions 2250 and 2419", "resolution [2391](…)": Council texts cite a resolution by
 * its number alone once they have cited it in full. Only the word "resolution" introduces such a number.
 * All but the last of a list go to `add`; the last is returned, as every reader's citation.
 */
export function readBareNumbers(text: string, hit: number, context: ContextReader, add: (p: Pending) => void): Pending | number {
  LETTERS.lastIndex = hit + 4;
  LETTERS.test(text);
  const wordEnd = LETTERS.lastIndex;
  let last: Pending | undefined;
  let at = wordEnd;
  for (;;) {
    BARE_GAP.lastIndex = at;
    BARE_GAP.test(text);
    const start = BARE_GAP.lastIndex;
    DIGITS.lastIndex = start;
    const end = DIGITS.test(text) ? DIGITS.lastIndex : start;
    // A number alone: not "2331 (2016)" (read at its parenthesis), "70/1", "2250.5" or "12th".
    if (end === start || text.charCodeAt(start) === 48 || matchNumberParen(text, start) || !endsBare(text, end)) break;
    const statement = last === undefined ? context.before(start) : NO_STATEMENT;
    if (last === undefined && (!statement.keyword || statement.kind !== 'resolution' || statement.keyword.end !== wordEnd)) break;
    const facts: NumberFacts = { form: 'number', kind: 'resolution', number: digitsValue(text, start, end) };
    if (last) add(last);
    last = pendingOf(context, start, end, undefined, facts, partsOf({ start, end }), undefined, '', statement);
    BARE_NEXT.lastIndex = end;
    if (!BARE_NEXT.exec(text)) break;
    at = BARE_NEXT.lastIndex;
  }
  return last ?? wordEnd;
}

/** How the citation should be written: "2331 (2016)", "377 A (V)", "31/16 A", "S-26/2", "2019/20", "2250". */
export function standardOf(facts: NumberFacts, part: string | undefined, written: string): string {
  const partText = part !== undefined ? ` ${part}` : '';
  switch (facts.form) {
    case 'number-year':
      return `${facts.number}${partText} (${facts.year})`;
    case 'number-session':
      return `${facts.number}${partText} (${written})`;
    case 'year-number':
      return `${facts.year}/${facts.number}${partText}`;
    case 'session-number':
      if (facts.sessionKind !== 'regular') return `${written}/${facts.number}`;
      return (written || `${facts.session}/${facts.number}`) + partText;
    default:
      return String(facts.number);
  }
}

/** The session in parentheses: "XXV", or a special session "S-IV", "ES-I". */
function sessionInParentheses(written: string): { kind: SessionKind; number: number } | undefined {
  const special = written.startsWith('ES-') ? 'emergency' : written.startsWith('S-') ? 'special' : 'regular';
  const roman = parseRoman(special === 'regular' ? written : written.slice(written.indexOf('-') + 1));
  return roman === undefined ? undefined : { kind: special, number: roman };
}

/**
 * The rest of the word "resolution" (isLetter), the spaces, emphasis markers and link's bracket between it
 * and its number, and the number's digits (at most four): each read by one native test, which costs less
 * than a loop over its characters in the baseline tier.
 */
const LETTERS = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff]*/y;
const BARE_GAP = /[ \t\u00a0\u202f*_[]*/y;
const DIGITS = /\d{1,4}/y;

/** Whether a bare number ends at `end`: no letter, digit, slash, parenthesis or hyphen after it, nor a decimal. */
function endsBare(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (isAsciiWord(c) || c === SLASH || c === 40 || isHyphen(c)) return false;
  return !((c === DOT || c === 44) && isDigit(text.charCodeAt(end + 1)));
}

