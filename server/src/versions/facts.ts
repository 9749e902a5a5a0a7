import type { DocumentAnalysis } from '../analysis';
import type { Citation } from '../citations';
import { extentEnd } from '../features/paragraphs';
import { type Language, lexiconFor } from '../lexicon';
import { type DateMention, findDates, MONTH_NAMES, MONTHS } from '../lexicon/dates';
import { lastAtOrBefore } from '../model/lines';
import type { Paragraph, ResolutionModel, Span } from '../model/types';
import { findReferences, operativeValue, type ReferenceItem } from '../references';
import { hasMainVerbLater, readLead } from '../rules/lead-reading';
import { numbersInWords } from './numberWords';

/** A number written in digits, with the values it may stand for ("1,000" is 1000 or, in French, 1). */
export interface NumberMention extends Span {
  readonly readings: readonly string[];
  readonly raw: string;
}

/** A reference of the paragraph to the draft's own paragraphs: "paragraph 5 (a) above". */
export interface ReferenceMention extends Span {
  readonly item: ReferenceItem;
}

/** One subparagraph as the structure comparison sees it: its level and label. */
export interface SubMark {
  readonly paragraph: Paragraph;
  readonly level: number;
  /** The label's value ("a", "ii", "1"), or "•" for a dash or bullet item. */
  readonly value: string;
}

/** What one top-level paragraph says that must be the same in every language version. */
export interface ParagraphFacts {
  readonly index: number;
  readonly paragraph: Paragraph;
  /** Where findings about the paragraph as a whole are shown: its number, or its leading phrase. */
  readonly head: Span;
  /** 1-based position among the preambular paragraphs, or the operative number as written. */
  readonly position: number;
  readonly numbers: readonly NumberMention[];
  /** Every number the paragraph contains, in digits or words, citations and dates included. */
  readonly allNumbers: ReadonlySet<string>;
  readonly dates: readonly DateMention[];
  /** The months the paragraph names, with or without a year ("from 2 to 4 May" names May). */
  readonly months: ReadonlySet<number>;
  /** The days it names with their month but no year ("the 17 September agreement"), as month × 100 + day. */
  readonly daysWithoutYear: ReadonlySet<number>;
  readonly citations: readonly Citation[];
  readonly references: readonly ReferenceMention[];
  readonly subs: readonly SubMark[];
  readonly leadKind: 'preamble' | 'operative' | undefined;
  /**
   * The kinds of the verbs that follow the leading phrase: the secondary verbs in italics and, in an operative
   * paragraph opening with a participle, its main verb in roman type ("3. *Poniendo de relieve* …, decide
   * que …"): a version that opens the paragraph with that verb ("3. *Souligne* …, et *décide* …") says the same.
   */
  readonly laterVerbKinds: ReadonlySet<'preamble' | 'operative'>;
  readonly concept: string | undefined;
  readonly lead: Span | undefined;
  readonly length: number;
  /**
   * The first five letters of the paragraph's long words, accents removed, as sorted hashes: English, French
   * and Spanish share most of them ("international", "coopération", "cooperación" all give "coope"), which
   * tells apart two neighbouring paragraphs with the same leading phrase when one of them is missing. Sorted
   * numbers, since the alignment scores a paragraph against dozens of neighbours.
   */
  readonly stemKeys: Uint32Array;
  /** The numbers in digits (citations and dates included) that tell paragraphs apart when aligning, sorted. */
  readonly anchorKeys: Float64Array;
}

/** A parsed version as the comparison reads it. */
export interface VersionFacts {
  readonly model: ResolutionModel;
  readonly language: Language;
  readonly paragraphs: readonly ParagraphFacts[];
}

/**
 * The facts of each analysis, read once: an analysis never changes (an edit makes a new one), and a version
 * is compared with each of its counterparts after every edit of any of them.
 */
const factsOf = new WeakMap<DocumentAnalysis, VersionFacts>();

/** Reads every paragraph's facts from the existing analysis (model, citations, references): no re-parse. */
export function versionFacts(analysis: DocumentAnalysis): VersionFacts {
  let facts = factsOf.get(analysis);
  if (!facts) factsOf.set(analysis, (facts = readVersionFacts(analysis)));
  return facts;
}

function readVersionFacts(analysis: DocumentAnalysis): VersionFacts {
  const { model } = analysis;
  const citations = analysis.citations.list.filter(isCitation);
  const references = findReferences(model);
  const paragraphs: ParagraphFacts[] = [];
  let preambular = 0;
  let r = 0;
  model.paragraphs.forEach((p, index) => {
    const end = extentEnd(p);
    const mine: ReferenceMention[] = [];
    while (r < references.length && references[r]!.paragraphIndex < index) r++;
    for (; r < references.length && references[r]!.paragraphIndex === index; r++) {
      for (const item of references[r]!.items) {
        if (item.digits) mine.push({ start: item.digits.start, end: item.digits.end, item });
      }
    }
    const position = p.kind === 'preamble' ? ++preambular : (operativeValue(p) ?? 0);
    paragraphs.push(paragraphFacts(model, p, index, end, position, within(citations, p.start, end), mine));
  });
  return { model, language: model.language, paragraphs };
}

/**
 * The citations compared as citations: not the heading's own symbol, and not a bare "50/50" or "2019/20"
 * without the word "resolution" (a ratio or a period as often as a citation): those are compared as the
 * numbers they are.
 */
function isCitation(c: Citation): boolean {
  if (c.inHeading) return false;
  return c.keyword !== undefined || (c.form !== 'session-number' && c.form !== 'year-number');
}

function within(citations: readonly Citation[], start: number, end: number): Citation[] {
  const out: Citation[] = [];
  for (let i = Math.max(0, lastAtOrBefore(citations, start, (c) => c.start)); i < citations.length; i++) {
    const c = citations[i]!;
    if (c.start >= end) break;
    if (c.start >= start) out.push(c);
  }
  return out;
}

/**
 * Link targets, bare addresses and footnote markers carry numbers that are not the text's. A link target may
 * hold parentheses of its own ("…Symbol=S/RES/2419%2520(2018)&…"): one level of them is part of it.
 */
const NOT_TEXT = /\]\((?:[^()\s]|\([^()\s]*\))*\)|https?:\/\/\S+|\[\^[^\]\s]*\]|<sup>[^<]*<\/sup>|COVID[-\u2010\u2011]19|coronavirus(?:[\s\u00a0]+(?:de|disease))?[\s\u00a0]+2019/giu;
/**
 * A number in digits: grouped by thousands ("1,000", "1 000", "1.000", with no-break spaces too) or plain,
 * with an optional decimal part ("1.5", "1,5"). A comma and a space before a group that opens with 0 ("15, 000")
 * still group it: no number of a list is written "000".
 */
const NUMBER = /(?<![\p{N}])(?:\d{1,3}(?:(?:[,.\u00a0\u202f ]|,[ \u00a0](?=0\d\d))\d{3})+(?!\d)(?:[.,]\d+(?!\d))?|\d+(?:[.,]\d+(?!\d))?)/gu;
/** Scales after a number: "1.5 million", "10 milliards", "2.000 millones", "mil millones". */
const SCALE = /^[\s\u00a0]*(?:de[\s\u00a0]+)?(million|millions|millones|millón|milliard|milliards|billion|billions|trillion|trillions|billones|billón|mil[\s\u00a0]+millones)\b/iu;
const AFTERNOON = /^(?:[\s\u00a0]*(?:to|and|-|\u2013)[\s\u00a0]*\d{1,2}(?:[.:]\d{2})?)?[\s\u00a0]*p\.[\s\u00a0]?m\./i;
const SCALES: Readonly<Record<string, number>> = { trillion: 1e12, trillions: 1e12, billones: 1e12, billón: 1e12, million: 1e6, millions: 1e6, millones: 1e6, millón: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e9, billions: 1e9 };

function paragraphFacts(
  model: ResolutionModel,
  p: Paragraph,
  index: number,
  end: number,
  position: number,
  citations: readonly Citation[],
  references: readonly ReferenceMention[],
): ParagraphFacts {
  const start = p.start;
  // The paragraph's text with its labels (number, subparagraph labels) blanked out, offsets kept.
  const labels: Span[] = [];
  const subs: SubMark[] = [];
  const walk = (q: Paragraph): void => {
    if (q.bodyStart > q.start) labels.push({ start: q.start, end: Math.min(q.bodyStart, end) });
    if (q !== p) subs.push({ paragraph: q, level: q.level, value: q.label && q.label.kind !== 'item' ? q.label.value.toLowerCase() : '•' });
    q.subparagraphs.forEach(walk);
  };
  walk(p);
  let body = '';
  let at = start;
  for (const l of labels) {
    if (l.start < at) continue;
    body += model.text.slice(at, l.start) + ' '.repeat(l.end - l.start);
    at = l.end;
  }
  body += model.text.slice(at, end);
  body = body.replace(NOT_TEXT, (s) => ' '.repeat(s.length));
  const dates = findDates(body)
    .filter((d) => monthWritten(model.language, body, d.start, d.end))
    .map((d) => ({ ...d, start: d.start + start, end: d.end + start }));
  const all = readNumbers(body, start);
  const anchors = new Set<string>();
  for (const n of all) anchors.add(n.readings[0]!);
  // Every number the paragraph holds, in digits or in words, and the months it names, are read only to
  // accept what a paragraph of the other version has and this one seems to lack: most paragraphs never
  // need them, so they are read on first use (about a third of the time the facts took otherwise).
  let allNumbers: Set<string> | undefined;
  let months: Set<number> | undefined;
  let daysWithoutYear: Set<number> | undefined;
  const language = model.language;
  // The numbers compared one by one are those outside citations, references and dates: those are compared
  // as what they are, so that one changed citation gives one finding, not one more for its number.
  const claimed: Span[] = [...citations, ...references, ...dates].sort((a, b) => a.start - b.start);
  const numbers = all.filter((n) => !claimed.some((c) => c.start <= n.start && n.end <= c.end));
  const reading = readLead(model, p);
  const lead = p.lead;
  const laterVerbKinds = new Set<'preamble' | 'operative'>(p.secondaryVerbs.map((v) => v.match.entry.kind));
  if (p.kind === 'operative' && reading?.match.entry.kind === 'preamble' && hasMainVerbLater(model, p, lexiconFor(model.language))) laterVerbKinds.add('operative');
  const head = p.number ?? (lead ? lead.outer : { start, end: Math.min(end, start + Math.max(1, firstWordLength(model.text, start))) });
  return {
    index,
    paragraph: p,
    head: { start: head.start, end: head.end },
    position,
    numbers,
    get allNumbers(): ReadonlySet<string> {
      if (!allNumbers) {
        allNumbers = new Set<string>();
        for (const n of all) for (const v of n.readings) allNumbers.add(v);
        numbersInWords(language, body, allNumbers);
        digitsInCodes(body, allNumbers);
        numbersInRanges(body, all, start, allNumbers);
      }
      return allNumbers;
    },
    dates,
    get months(): ReadonlySet<number> {
      return (months ??= monthsIn(language, body));
    },
    get daysWithoutYear(): ReadonlySet<number> {
      return (daysWithoutYear ??= daysWithoutYearIn(language, body));
    },
    citations,
    references,
    subs,
    leadKind: reading?.match.entry.kind,
    laterVerbKinds,
    concept: reading && !reading.match.entry.form ? reading.match.entry.concept : undefined,
    lead: lead ? lead.outer : undefined,
    length: end - start,
    stemKeys: stemKeysOf(body),
    anchorKeys: Float64Array.from(anchors, Number).sort(),
  };
}

function firstWordLength(text: string, start: number): number {
  const m = /^\S+/.exec(text.slice(start, start + 60));
  return m ? m[0].length : 1;
}

/** Every number in digits of `body` (offsets shifted by `base`), with its readings. */
export function readNumbers(body: string, base: number): NumberMention[] {
  const out: NumberMention[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(body); m; m = NUMBER.exec(body)) {
    const raw = m[0];
    // A letter right before the digits makes them part of a word or a code ("COVID-19" keeps 19, "A4" not).
    const before = body[m.index - 1];
    // …except a negotiation label: "OP4 of resolution 716 (1991)" is "le paragraphe 4 de la résolution".
    if (before && /\p{L}/u.test(before) && !/(?<!\p{L})[OP]P$/u.test(body.slice(Math.max(0, m.index - 3), m.index))) continue;
    const readings = readingsOf(raw);
    const after = body.slice(m.index + raw.length, m.index + raw.length + 24);
    const scale = SCALE.exec(after);
    if (scale) {
      const word = scale[1]!.toLowerCase().replace(/[\s\u00a0]+/g, ' ');
      const factor = word === 'mil millones' ? 1e9 : (SCALES[word] ?? 1);
      for (const r of [...readings]) readings.push(String(Number((Number(r) * factor).toPrecision(12))));
    }
    // "the 1990s" is "les années 90".
    if (raw.length === 2 && /ann[ée]es[\s\u00a0]+$/iu.test(body.slice(Math.max(0, m.index - 8), m.index))) readings.push(String(1900 + Number(raw)));
    // "1 p.m." is "13 heures", "13.00 horas": an afternoon hour is read on the 24-hour clock too.
    if (AFTERNOON.test(after)) for (const r of [...readings]) if (Number(r) < 12) readings.push(String(Number((Number(r) + 12).toPrecision(12))));
    out.push({ start: m.index + base, end: m.index + raw.length + base, readings, raw });
  }
  return out;
}

/**
 * The digits of a symbol or a name, which the numbers compared leave out ("G20", "G77"): another version
 * may spell them out ("the Group of 20", "el Grupo de los 77"), so they accept a number there.
 */
function digitsInCodes(body: string, into: Set<string>): void {
  CODE_DIGITS.lastIndex = 0;
  for (let m = CODE_DIGITS.exec(body); m; m = CODE_DIGITS.exec(body)) into.add(String(Number(m[0])));
}
const CODE_DIGITS = /(?<=\p{L})\d+/gu;

/**
 * The whole numbers a range spans: "phases 1 à 3", "stages 1 to 3", "los párrafos 4 a 7", "2020-2022" give the
 * numbers between their ends, which another version may list ("Stages 1, 2, and 3"). Short ranges only: a
 * list is never written out for more.
 */
function numbersInRanges(body: string, all: readonly NumberMention[], base: number, into: Set<string>): void {
  for (let i = 0; i + 1 < all.length; i++) {
    const from = Number(all[i]!.readings[0]);
    const to = Number(all[i + 1]!.readings[0]);
    if (!Number.isInteger(from) || !Number.isInteger(to) || to <= from + 1 || to - from > MAX_RANGE) continue;
    if (!RANGE_JOIN.test(body.slice(all[i]!.end - base, all[i + 1]!.start - base))) continue;
    for (let n = from + 1; n < to; n++) into.add(String(n));
  }
}
const MAX_RANGE = 30;
const RANGE_JOIN = /^(?:[\s\u00a0]*(?:to|through|à|au|a|al|-|\u2010|\u2011|\u2013)[\s\u00a0]*|[-\u2010\u2011\u2013])$/u;

/** "1,000" → 1000 and 1; "1 000" → 1000; "1,5" → 1.5; "05" → 5. */
function readingsOf(raw: string): string[] {
  const readings = new Set<string>();
  const grouped = /^\d{1,3}(?:(?:[,.\u00a0\u202f ]|,[ \u00a0])\d{3})+/.exec(raw);
  if (grouped) {
    const rest = raw.slice(grouped[0].length);
    const integer = grouped[0].replace(/[^\d]/g, '');
    readings.add(String(Number(integer + (rest ? `.${rest.slice(1)}` : ''))));
    // One group after a comma or a point may also be a decimal part ("1,000" in a French text is 1).
    const single = /^(\d{1,3})[,.](\d{3})$/.exec(raw);
    if (single) readings.add(String(Number(`${single[1]}.${single[2]}`)));
  } else {
    readings.add(String(Number(raw.replace(',', '.'))));
    // "2.5" may also be read without its decimal point (a paragraph "2.5" or a grouped "2.500" cut short).
    if (/[.,]/.test(raw)) for (const part of raw.split(/[.,]/)) readings.add(String(Number(part)));
  }
  return [...readings];
}

const MONTH_WORD = new RegExp(`(?<![\\p{L}])(${MONTH_NAMES})(?![\\p{L}])`, 'giu');

/**
 * Whether a month name is written as the language writes it: capitalised in English, in lower case in French
 * and Spanish. "Chiang Mai de 2019" in a Spanish text names a city, not the French month of May. A month of
 * the text's own language may be capitalised too, as in the title of an instrument or a body ("Convención …
 * de 10 de Diciembre de 1982", "Cometidos … desde Marzo de 2011"), when the word before it is a day or a
 * word in lower case ("desde"), not a name of which it would be the end ("Chiang Mai" in a French text), nor
 * a "de" with no day before it ("Plaza de Mayo").
 */
function monthCase(language: Language, word: string, body: string, at: number): boolean {
  const first = word[0]!;
  if (language === 'en') return first !== first.toLowerCase();
  if (first === first.toLowerCase()) return true;
  if (!OWN_MONTHS[language].has(word.toLowerCase())) return false;
  const before = WORD_BEFORE.exec(body.slice(Math.max(0, at - 24), at))?.[1];
  if (!before) return false;
  // "10 de Diciembre de 1982", "du 10 Décembre": a day before the month.
  if (/^\d/.test(before)) return true;
  if (before === 'de' || before === 'del') return /\d[\s\u00a0]+del?[\s\u00a0]+$/.test(body.slice(Math.max(0, at - 12), at));
  return before[0] === before[0]!.toLowerCase();
}
const WORD_BEFORE = /([\p{L}\p{N}]+)[\s\u00a0]+$/u;
const OWN_MONTHS: Readonly<Record<'fr' | 'es', ReadonlySet<string>>> = {
  fr: new Set(['janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre']),
  es: new Set(['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre']),
};

function monthWritten(language: Language, body: string, start: number, end: number): boolean {
  MONTH_WORD.lastIndex = start;
  const m = MONTH_WORD.exec(body);
  return !m || m.index >= end || monthCase(language, m[0], body, m.index);
}

function monthsIn(language: Language, body: string): Set<number> {
  const found = new Set<number>();
  MONTH_WORD.lastIndex = 0;
  for (let m = MONTH_WORD.exec(body); m; m = MONTH_WORD.exec(body)) if (monthCase(language, m[0], body, m.index)) found.add(MONTHS[m[0].toLowerCase()]!);
  return found;
}

/**
 * A day and its month with no year after them: "the 17 September agreement", "le 15 juillet". A version may
 * leave out the year of a date another gives in full; the day and month still have to agree.
 */
const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:er|re|st|nd|rd|th|\\.?º|o)?[ \\u00a0]+(?:de[ \\u00a0]+)?(${MONTH_NAMES})(?![\\p{L}])(?!,?[ \\u00a0]+(?:del?[ \\u00a0]+)?\\d{4})`,
  'giu',
);

function daysWithoutYearIn(language: Language, body: string): Set<number> {
  const found = new Set<number>();
  DAY_MONTH.lastIndex = 0;
  for (let m = DAY_MONTH.exec(body); m; m = DAY_MONTH.exec(body)) {
    if (monthCase(language, m[2]!, body, m.index + m[0].length - m[2]!.length)) found.add(MONTHS[m[2]!.toLowerCase()]! * 100 + Number(m[1]));
  }
  return found;
}

/** At most this many stems per paragraph, from its opening: enough to tell neighbours apart, cheap to compare. */
const MAX_STEMS = 40;
/** The words that give a stem: six letters or more ("the", "dans", "para" are in every paragraph). */
const LONG_WORD = /\p{L}{6,}/gu;
/** A stem is a word's first five letters. */
const STEM = 5;

/**
 * Each letter of Latin-1 and Latin Extended-A and B as a stem has it: in lower case, its accents taken off
 * ("É" is "e"); 0 where that is not one character. Built once, so that the stems of the usual words of the
 * three languages are hashed from their character codes, without a string per word or a normalisation
 * (which were most of the time the facts took).
 */
const FOLDED = ((): Uint16Array => {
  const table = new Uint16Array(0x250);
  for (let c = 0; c < table.length; c++) {
    const folded = unaccentedLower(String.fromCharCode(c));
    table[c] = folded.length === 1 ? folded.charCodeAt(0) : 0;
  }
  return table;
})();

/** Lower case, accents taken off: what a stem is made of ("Coopé" is "coope"). */
function unaccentedLower(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

const FNV_OFFSET = 0x811c9dc5;
const fnvStep = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);

/** The FNV-1a hashes of the paragraph's stems (the first five letters of its long words, accents removed). */
function stemsOf(body: string): Set<number> {
  const stems = new Set<number>();
  // The words are found by the expression (native code, which a short-lived process does not have to
  // compile); only their first letters are read here.
  LONG_WORD.lastIndex = 0;
  for (let m = LONG_WORD.exec(body); m && stems.size < MAX_STEMS; m = LONG_WORD.exec(body)) {
    let hash = FNV_OFFSET;
    let k = 0;
    for (; k < STEM; k++) {
      const c = body.charCodeAt(m.index + k);
      const f = c < FOLDED.length ? FOLDED[c]! : 0;
      if (f === 0) break;
      hash = fnvStep(hash, f);
    }
    // A letter the table does not fold (outside Latin, or folding to two characters): the word's stem as a string.
    stems.add(k === STEM ? hash >>> 0 : hashOf(unaccentedLower(m[0].slice(0, 6)).slice(0, STEM)));
  }
  return stems;
}

/**
 * The stems of recent paragraphs by their text. After an edit the server compares the edited version again,
 * and all its paragraphs but the edited one have the text they had: their stems (most of what reading a
 * version's facts costs) are taken from here. Stems depend on the text alone. Bounded by the characters held.
 */
const stemsByText = new Map<string, Uint32Array>();
const STEMS_HELD = 4_000_000;
let stemsHeld = 0;

function stemKeysOf(body: string): Uint32Array {
  let keys = stemsByText.get(body);
  if (!keys) {
    if (stemsHeld + body.length > STEMS_HELD) {
      stemsByText.clear();
      stemsHeld = 0;
    }
    keys = sortedHashes(stemsOf(body));
    stemsByText.set(body, keys);
    stemsHeld += body.length;
  }
  return keys;
}

function hashOf(stem: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < stem.length; i++) h = fnvStep(h, stem.charCodeAt(i));
  return h >>> 0;
}

/** The stems' hashes sorted: two paragraphs' shared stems are counted by one merge. */
function sortedHashes(stems: ReadonlySet<number>): Uint32Array {
  const out = new Uint32Array(stems.size);
  let k = 0;
  for (const h of stems) out[k++] = h;
  return out.sort();
}
