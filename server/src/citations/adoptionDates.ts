import { type CalendarDate, fromDayNumber } from '../lexicon/dates';
import { PACKED_ADOPTION_DATES } from './adoptionDates.data';

/**
 * Adoption dates of resolutions, as facts (number → date, nothing else): every Security Council resolution
 * 1–2798, the General Assembly resolutions adopted by recorded vote, and the dates the UN's own adopted texts
 * give with their citations. Built by `scripts/build-adoption-dates.mjs`; packed because the server bundle has
 * a size budget (see that script for the format). Unpacked on first use, once.
 */

/** The 64 characters of the packing: the first 32 end a number, the last 32 carry 5 more bits of it. */
export const PACK_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+.';

let table: Map<string, number> | undefined;

function unpack(packed: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const series of packed.split('|')) {
    const equals = series.indexOf('=');
    const name = series.slice(0, equals);
    const values = readNumbers(series, equals + 1);
    // Per entry: twice the days since the previous date, plus one when a number step follows (else the
    // number is the previous one plus one); the step is the zigzag difference, less one.
    let number = 0;
    let day = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      day += Math.floor(v / 2);
      const z = v & 1 ? values[++i]! + 1 : 0;
      number += 1 + (z & 1 ? -(z + 1) / 2 : z / 2);
      map.set(`${name}${number}`, day);
    }
  }
  return map;
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
 * The series prefix and number of a citation key: "sc:2282" → "sc:" 2282, "ga:67/123" → "ga:67/" 123,
 * "ga:2625" → "ga:" 2625, "ga:ES-11/1" → "ga:ES-11/" 1.
 */
export function splitKey(key: string): { series: string; number: number } | undefined {
  const m = /^(.*[:/])(\d+)$/.exec(key);
  return m ? { series: m[1]!, number: Number(m[2]) } : undefined;
}

/** The adoption date of the resolution with this key (without part letter), when the facts know it. */
export function adoptionDate(key: string): CalendarDate | undefined {
  table ??= unpack(PACKED_ADOPTION_DATES);
  const day = table.get(key);
  return day === undefined ? undefined : fromDayNumber(day);
}

/** How many resolutions the facts date (for tests and the documentation). */
export function adoptionDateCount(): number {
  table ??= unpack(PACKED_ADOPTION_DATES);
  return table.size;
}
