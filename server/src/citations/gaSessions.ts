/**
 * General Assembly session facts. Regular session N opens in September of 1945 + N (the 70th in September
 * 2015); sessions 1–30 (1946–1975) number their resolutions consecutively with the session in Roman
 * numerals ("2625 (XXV)"), later ones as "session/number" ("70/1"). Special and emergency special
 * sessions have their own numbering ("S-26/2", "ES-11/1"); the tables give the year each one opened.
 */
export type SessionKind = 'regular' | 'special' | 'emergency';

/** The last regular session the built-in facts cover (opened September 2025). */
export const GA_LAST_KNOWN_SESSION = 80;
/** Month in which a regular session opens. */
export const GA_SESSION_OPENING_MONTH = 9;

/** Year in which special session S-N opened, by N (index 0 is unused). */
const SPECIAL_SESSION_YEARS: readonly number[] = [
  0, 1947, 1948, 1961, 1963, 1967, 1974, 1975, 1978, 1978, 1978, // S-1 … S-10
  1980, 1982, 1986, 1986, 1988, 1989, 1990, 1990, 1997, 1998, // S-11 … S-20
  1999, 1999, 2000, 2000, 2001, 2001, 2002, 2005, 2014, 2016, // S-21 … S-30
  2020, 2021, // S-31, S-32
];

/** Year in which emergency special session ES-N opened (it may resume in later years). */
const EMERGENCY_SESSION_YEARS: readonly number[] = [
  0, 1956, 1956, 1958, 1960, 1967, 1980, 1980, 1981, 1982, 1997, 2022, // ES-1 … ES-11
];

/**
 * The year a session opened, or undefined when the built-in facts do not cover it. A regular session
 * opens in September; `month` tells so callers can compare with a full date.
 */
export function sessionOpening(kind: SessionKind, session: number): { year: number; month: number | undefined } | undefined {
  if (!Number.isInteger(session) || session < 1) return undefined;
  if (kind === 'regular') {
    return session <= GA_LAST_KNOWN_SESSION ? { year: 1945 + session, month: GA_SESSION_OPENING_MONTH } : undefined;
  }
  const table = kind === 'special' ? SPECIAL_SESSION_YEARS : EMERGENCY_SESSION_YEARS;
  const year = table[session];
  return year === undefined ? undefined : { year, month: undefined };
}

/** The last special or emergency special session the tables know. */
export function lastKnownSession(kind: SessionKind): number {
  if (kind === 'regular') return GA_LAST_KNOWN_SESSION;
  return (kind === 'special' ? SPECIAL_SESSION_YEARS : EMERGENCY_SESSION_YEARS).length - 1;
}

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

/**
 * The value of an upper-case Roman numeral written in canonical form (I … XXX covers the sessions that
 * used them), or undefined for anything else: "IIII", "VX" and "xv" are not session numbers.
 */
export function parseRoman(roman: string): number | undefined {
  if (!/^(?:L|XL|X{0,3})(?:IX|IV|V?I{0,3})$/.test(roman) || roman === '') return undefined;
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_VALUES[roman[i]!]!;
    const next = i + 1 < roman.length ? ROMAN_VALUES[roman[i + 1]!]! : 0;
    total += value < next ? -value : value;
  }
  return total;
}

export function toRoman(value: number): string {
  const parts: [number, string][] = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = value;
  for (const [n, s] of parts) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

/** The last session that numbered its resolutions with a Roman session (the 30th, 1975). */
export const GA_LAST_ROMAN_SESSION = 30;
