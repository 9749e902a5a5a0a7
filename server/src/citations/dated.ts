import { type DateMention, dateAt } from '../lexicon/dates';
import type { Span } from '../model/types';
import { catalogueKey } from './index';
import type { Citation } from './types';

/** A citation with the date the text gives it: "67/123 of 18 December 2012", "2282 (2016) du 27 avril 2016". */
export interface DatedCitation {
  readonly citation: Citation;
  /**
   * The series key of the cited resolution without its part letter ("ga:67/123", "sc:2282"). A resolution
   * adopted in parts ("75/253 A") may have parts of different dates: its key stands for all of them.
   */
  readonly key: string;
  readonly date: DateMention;
  /** The words between the citation and the date (", de ", " of "), which say the date is the citation's. */
  readonly link: Span;
}

/**
 * The words that tie a date to the citation right before it: EN "of", "adopted on"; FR "du", "en date du",
 * "adoptée le"; ES ", de", ", aprobada el". Only a date right after these words is the citation's: "resolution
 * 2282 (2016) of the Security Council of 27 April 2016" is left alone (the date may be the Council's).
 */
const LINK = /^,?[ \u00a0\u202f\n]+(?:of|du|de|del|en date du|dated|adopted on|adopt[ée]+ le|aprobada el|de fecha)[ \u00a0\u202f]+/iu;

/**
 * "1645 (2005), 1947 (2010) et 2413 (2018) en date du 20 décembre 2005, du 29 octobre 2010 et du 26 avril
 * 2018": dates given respectively. The first date is not the last citation's, so none is read.
 */
const RESPECTIVE = /^(?:,|[ \u00a0]+(?:and|et|y))[ \u00a0]+(?:of|du|de|on|le|el)[ \u00a0]+\d/u;

/** Dated citations of resolutions, in document order. Each citation reads at most 80 characters after it. */
export function datedCitations(text: string, citations: readonly Citation[]): DatedCitation[] {
  const found: DatedCitation[] = [];
  for (const c of citations) {
    if (c.kind !== 'resolution' || c.inHeading) continue;
    const key = catalogueKey(c);
    if (!key) continue;
    // A closing Markdown link "](…)" may stand between the citation and its date.
    let from = c.end;
    const link = /^\]\([^)\s]{0,200}\)/.exec(text.slice(from, from + 210));
    if (link) from += link[0].length;
    const words = LINK.exec(text.slice(from, from + 24));
    if (!words) continue;
    const date = dateAt(text, from + words[0].length);
    if (!date || date.date.day === undefined || RESPECTIVE.test(text.slice(date.end, date.end + 12))) continue;
    found.push({ citation: c, key: c.part ? key.slice(0, -c.part.length) : key, date, link: { start: from, end: from + words[0].length } });
  }
  return found;
}

/**
 * Whether a date can be the adoption date of the citation as written: a regular session was held in its
 * year or the next (session I in 1946–1947, XXX in 1975–1976, 72 in 2017–2018), and the year of a Council citation is the
 * year of the date. "Resolution 574 (XXVII) of 16 May 1998" is another body's (a regional commission's).
 */
export function fitsCitation(c: Citation, date: { year: number }): boolean {
  // A regular session opens in September and may resume up to the next September: "72/183" is 2017–2018.
  if ((c.form === 'number-session' || c.form === 'session-number') && c.session?.kind === 'regular') return date.year === 1945 + c.session.number || date.year === 1946 + c.session.number;
  if (c.body === 'security-council' && c.year !== undefined) return date.year === c.year;
  return true;
}
