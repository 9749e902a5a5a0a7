/**
 * Dates as resolutions write them, in the three languages: "18 December 2012", "1er janvier 2016",
 * "18 de diciembre de 2012", and the month alone "December 2012" / "décembre 2012" / "diciembre de 2012".
 * One reader for every feature that compares or checks dates (the document's own date, dates given with
 * citations, dates compared across language versions), so that they agree on what a date is.
 */

/** A calendar date as far as the text gives it (structurally the citations' PartialDate). */
export interface CalendarDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** A date found in a text, with its offsets in that text. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly date: CalendarDate;
}

/** Month names in English, French and Spanish (with the unaccented spellings transcriptions use). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};

/** The month names as one alternation, for the expressions that look for a month. */
export const MONTH_NAMES = Object.keys(MONTHS).join('|');
/** Spaces between the parts of a date: ordinary, no-break and narrow no-break, and line breaks. */
const GAP = '[ \\u00a0\\u202f\\r\\n]+';

/**
 * Day (optional: "1er", "1st", "1.º" are read as 1), month name, year. The Spanish "de" may stand on both
 * sides of the month; a comma may follow the month ("December, 2012" is rare but seen in transcriptions).
 */
const DATE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(\\d{1,2})(?:\\^?(?:er|re|st|nd|rd|th|\\.?º|o))?${GAP}(?:de${GAP})?)?(${MONTH_NAMES}),?${GAP}(?:del?${GAP})?(\\d{4})(?![\\p{N}])`,
  'giu',
);

/** Whether a year is one a resolution may cite or carry: the UN's own history, with room for drafts. */
const plausibleYear = (year: number): boolean => year >= 1900 && year <= 2199;

/**
 * A year as a date ends with: four digits after a space. Dates are looked for only before one, since the
 * date expression tried at every character of a long text (its month alternation case-insensitive) was
 * most of what reading the dates of a 1 MB version cost.
 */
const YEAR_AFTER_GAP = /[ \u00a0\u202f\r\n]\d{4}(?!\p{N})/gu;
/**
 * How far before its year a date may start: "30 de septiembre de 2012" is 24 characters; this leaves room
 * for doubled spaces and line breaks. A date spread over more is not one a text writes.
 */
const LONGEST_BEFORE_YEAR = 64;

/** A letter or a digit: what the date expression's look-behind refuses before a date. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/**
 * Every date in `text` between `from` and `to` (offsets in `text`), in order. A month name alone without a
 * year ("mai" in a French sentence, "May" as a verb) is never a date.
 */
export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  const found: DateMention[] = [];
  // One expression for every call (the loop below calls nothing that searches for dates): a new one per
  // call was compiled again each time, and dateAt asks at every citation.
  const pattern = DATE_PATTERN;
  const years = YEAR_AFTER_GAP;
  // Where the next date may start: past the end of the last one read (found or refused), as a scan of the
  // whole text with the date expression would go on.
  let next = from;
  years.lastIndex = from;
  for (let y = years.exec(text); y && y.index < to; y = years.exec(text)) {
    const yearEnd = y.index + y[0].length;
    if (yearEnd > to) break;
    // The window the date may lie in, widened to the start of the word it would cut: the expression reads
    // only the window (a search of the rest of the text for each year would make the scan quadratic), and
    // what stands before the window's start is checked below as the expression's look-behind would.
    let start = Math.max(next, y.index - LONGEST_BEFORE_YEAR);
    while (start > next && isWordChar(text.charCodeAt(start - 1))) start--;
    const window = text.slice(start, yearEnd);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
      if (m.index === 0 && start > 0 && isWordChar(text.charCodeAt(start - 1))) {
        pattern.lastIndex = 1;
        continue;
      }
      const end = start + m.index + m[0].length;
      next = end;
      const year = Number(m[3]);
      const month = MONTHS[m[2]!.toLowerCase()]!;
      const day = m[1] === undefined ? undefined : Number(m[1]);
      if (!plausibleYear(year) || (day !== undefined && (day < 1 || day > daysIn(year, month)))) continue;
      found.push({ start: start + m.index, end, date: day === undefined ? { year, month } : { year, month, day } });
    }
  }
  return found;
}

/**
 * The date that starts exactly at `offset`, if one does ("18 December 2012" right after "of "). Reads at
 * most one date's length, so a caller may ask at every citation of a large text and stay linear.
 */
export function dateAt(text: string, offset: number): DateMention | undefined {
  // The longest date ("30 de septiembre de 2012", with odd spacing) is well under 48 characters.
  const found = findDates(text.slice(offset, offset + 48))[0];
  return found && found.start === 0 ? { start: offset, end: offset + found.end, date: found.date } : undefined;
}

/** Days since 1 January 1900, the packed form of adoption dates. */
export function dayNumber(date: { year: number; month: number; day: number }): number {
  return Math.round((Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(1900, 0, 1)) / 86_400_000);
}

export function fromDayNumber(days: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(1900, 0, 1) + days * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Compares two dates on the precision both have: a year-only date equals any date in that year. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month === undefined || b.month === undefined) return 0;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day === undefined || b.day === undefined) return 0;
  return a.day - b.day;
}

/** Whether two dates are the same day, month or year at the precision both give (see compareDates). */
export const sameDate = (a: CalendarDate, b: CalendarDate): boolean => compareDates(a, b) === 0;

/** "2012-12-18", "2012-12", "2012": the date at the precision known, for messages and data files. */
export function isoDate(date: CalendarDate): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function parseIsoDate(iso: string): CalendarDate {
  const [year, month, day] = iso.split('-').map(Number);
  if (month === undefined || Number.isNaN(month)) return { year: year! };
  if (day === undefined || Number.isNaN(day)) return { year: year!, month };
  return { year: year!, month, day };
}
