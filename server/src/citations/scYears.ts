/**
 * Security Council resolution numbers by year of adoption, 1946–2025. Resolutions are numbered
 * consecutively since 1946, so the first number adopted each year is enough: the year of number N is the
 * last year whose first number is ≤ N. Public facts (first and last number adopted each year), kept in the
 * project as a small table; a catalogue file can extend them past the last known resolution.
 */
export const SC_FIRST_YEAR = 1946;

/** FIRST_NUMBER_BY_YEAR[i] is the first resolution adopted in 1946 + i. */
const FIRST_NUMBER_BY_YEAR: readonly number[] = [
  1, 16, 38, 67, 79, 90, 97, 99, 104, 106, // 1946–1955
  111, 122, 127, 132, 133, 161, 171, 178, 186, 200, // 1956–1965
  220, 233, 245, 263, 276, 292, 308, 325, 345, 367, // 1966–1975
  385, 403, 423, 444, 462, 485, 500, 529, 546, 560, // 1976–1985
  581, 594, 607, 627, 647, 684, 726, 800, 893, 970, // 1986–1995
  1036, 1093, 1147, 1220, 1285, 1335, 1387, 1455, 1522, 1581, // 1996–2005
  1652, 1739, 1795, 1860, 1908, 1967, 2033, 2086, 2133, 2196, // 2006–2015
  2260, 2337, 2398, 2452, 2504, 2561, 2618, 2672, 2722, 2768, // 2016–2025
];

/** The last resolution the table knows, and its adoption date. */
export const SC_LAST_KNOWN = 2798;
export const SC_LAST_KNOWN_DATE = '2025-10-31';
export const SC_LAST_YEAR = SC_FIRST_YEAR + FIRST_NUMBER_BY_YEAR.length - 1;

/** The year resolution `number` was adopted, or undefined when the table does not know the number. */
export function scYearOf(number: number): number | undefined {
  if (!Number.isInteger(number) || number < 1 || number > SC_LAST_KNOWN) return undefined;
  let lo = 0;
  let hi = FIRST_NUMBER_BY_YEAR.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (FIRST_NUMBER_BY_YEAR[mid]! <= number) lo = mid;
    else hi = mid - 1;
  }
  return SC_FIRST_YEAR + lo;
}

/** First and last resolution adopted in `year` (the last one known, for the table's final year). */
export function scNumbersOfYear(year: number): { first: number; last: number } | undefined {
  const i = year - SC_FIRST_YEAR;
  if (i < 0 || i >= FIRST_NUMBER_BY_YEAR.length) return undefined;
  const first = FIRST_NUMBER_BY_YEAR[i]!;
  const last = i + 1 < FIRST_NUMBER_BY_YEAR.length ? FIRST_NUMBER_BY_YEAR[i + 1]! - 1 : SC_LAST_KNOWN;
  return { first, last };
}
