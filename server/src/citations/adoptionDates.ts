import { lazyBundle } from '../lazyBundle';
import { type CalendarDate, fromDayNumber } from '../lexicon/dates';

/** The packed dates, a room beside the bundle (adoption-dates/index.ts), read on the first lookup. */
const packedDates = lazyBundle<typeof import('../adoption-dates')>('adoption-dates');

/**
 * Adoption dates of resolutions, as facts (number → date, nothing else): every Security Council resolution
 * 1–2798, the General Assembly resolutions adopted by recorded vote, and the dates the UN's own adopted texts
 * give with their citations. Built by `scripts/build-adoption-dates.mjs`; packed because the server bundle has
 * a size budget (see that script for the format). A series is unpacked on its first lookup, once.
 */

/** The 64 characters of the packing: the first 32 end a number, the last 32 carry 5 more bits of it. */
export const PACK_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+.';

/** The packed entries of each series ("sc:", "ga:70/", "ga:ES-11/"), split out on first use. */
let packedSeries: Map<string, string> | undefined;
/** Each series' numbers → days, decoded on the first lookup in it: a draft cites a few series of the 62. */
const decoded = new Map<string, ReadonlyMap<number, number>>();

function allSeries(): Map<string, string> {
  if (!packedSeries) {
    packedSeries = new Map();
    for (const series of packedDates().PACKED_ADOPTION_DATES.split('|')) {
      const equals = series.indexOf('=');
      packedSeries.set(series.slice(0, equals), series.slice(equals + 1));
    }
  }
  return packedSeries;
}

function seriesDays(name: string): ReadonlyMap<number, number> | undefined {
  let days = decoded.get(name);
  if (days) return days;
  const packed = allSeries().get(name);
  if (packed === undefined) return undefined;
  days = unpack(packed);
  decoded.set(name, days);
  return days;
}

function unpack(packed: string): Map<number, number> {
  const days = new Map<number, number>();
  const values = readNumbers(packed, 0);
  // Per entry: twice the days since the previous date, plus one when a number step follows (else the
  // number is the previous one plus one); the step is the zigzag difference, less one.
  let number = 0;
  let day = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    day += Math.floor(v / 2);
    const z = v & 1 ? values[++i]! + 1 : 0;
    number += 1 + (z & 1 ? -(z + 1) / 2 : z / 2);
    days.set(number, day);
  }
  return days;
}

function readNumbers(text: string, from: number): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (let i = from; i < text.length; i++) {
    const digit = PACK_ALPHABET.indexOf(text[i]!);
    value += (digit & 31) * 2 ** shift;
    if (digit < 32) {
      out.push(value);
      value = 0;
      shift = 0;
    } else {
      shift += 5;
    }
  }
  return out;
}

/**
 * The adoption date of the resolution with this key (without part letter), when the facts know it. A key is
 * its series (every series name ends with ":" or "/") and the number as the build wrote it, in plain digits.
 */
export function adoptionDate(key: string): CalendarDate | undefined {
  const cut = Math.max(key.lastIndexOf(':'), key.lastIndexOf('/')) + 1;
  const digits = key.slice(cut);
  const number = Number(digits);
  if (cut === 0 || !Number.isInteger(number) || String(number) !== digits) return undefined;
  const day = seriesDays(key.slice(0, cut))?.get(number);
  return day === undefined ? undefined : fromDayNumber(day);
}

/** How many resolutions the facts date (for tests and the documentation). */
export function adoptionDateCount(): number {
  let count = 0;
  for (const name of allSeries().keys()) count += seriesDays(name)!.size;
  return count;
}
