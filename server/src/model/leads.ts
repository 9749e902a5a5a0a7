import { type LeadMatch, type Lexicon, normalizeWord, WORD_PATTERN } from '../lexicon';
import { italicAt, stripMarkers } from './inline';
import { trimmedEnd } from './lineText';
import type { LeadPhrase, Span } from './types';
import { PhraseWordReader, USE_PATTERN, WORD } from './words';

/**
 * Reading the phrase a paragraph opens with: the first words of a line, normalised, for matching against
 * the lexicons, and the leading phrase of a paragraph with its spans (italic or not, bold read through).
 */

const LEAD_WORDS = 10;
/** Words always read at the start of a paragraph, known or not ("Takin note of" suggests "Taking note"). */
const LEAD_MIN_WORDS = 4;

/** The first words of a line, normalised, skipping Markdown markers: enough to match a leading phrase. */
export function leadingWords(s: string): string[] {
  return leadingWordsAt(s, 0, s.length);
}

/** leadingWords of text[start, end), without slicing it out. */
export function leadingWordsAt(text: string, start: number, end: number): string[] {
  const to = Math.min(end, start + 80);
  let i = start;
  // What leadingWordsByPattern's /^[ \t\u00a0]*[*_[]*/ removes.
  while (i < to && isLeadingSpace(text.charCodeAt(i))) i++;
  while (i < to && isOpeningMarker(text.charCodeAt(i))) i++;
  const words: string[] = [];
  const reader = LEADING_WORDS_READER.reset(i, to, true);
  while (words.length < LEAD_WORDS) {
    const read = reader.next(text);
    if (read === USE_PATTERN) return leadingWordsByPattern(text.slice(start, end));
    if (read !== WORD) break;
    words.push(normalizeWord(text.slice(reader.start, reader.end)));
  }
  return words;
}

const LEADING_WORDS_READER = new PhraseWordReader();

/**
 * A block that opens with a title set in italics, such as the header of a table the text sets as a line
 * ("*Mesure Titre ou fonction Catégorie Nombre* Création …", "*Action Title of post Category Number* …"):
 * at least four italic words, three or more of them after the first opening with a capital. A leading
 * phrase is a verb with its adverbs ("*Demande de nouveau instamment*"), never a row of capitalised words,
 * so a block like this is not a paragraph of its own even when its first word is a verb ("Mesure").
 */
export function opensWithItalicTitle(s: string): boolean {
  const open = ITALIC_OPENING.exec(s);
  if (!open) return false;
  const close = s.indexOf(open[1]!, open[0].length);
  if (close === -1) return false;
  const words = s.slice(open[0].length, close).match(TITLE_WORD) ?? [];
  if (words.length < 4) return false;
  let capitalised = 0;
  for (let i = 1; i < words.length; i++) if (CAPITAL_FIRST.test(words[i]!)) capitalised++;
  return capitalised >= 3;
}

// Made once: a literal in a function body is a new object at each call.
const ITALIC_OPENING = /^[ \t\u00a0]*([*_])/;
const TITLE_WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const CAPITAL_FIRST = /^\p{Lu}/u;

function isLeadingSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** Emphasis markers and a link's opening bracket. */
function isOpeningMarker(c: number): boolean {
  return c === 42 || c === 95 || c === 91;
}

const OPENING = /^[ \t\u00a0]*[*_[]*/;

/** leadingWords with WORD_PATTERN: for the text PhraseWordReader leaves to it (a range that cuts a word). */
function leadingWordsByPattern(s: string): string[] {
  const head = s.slice(0, 80).replace(OPENING, '');
  const words: string[] = [];
  WORD_PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let expected = 0;
  while ((m = WORD_PATTERN.exec(head)) && words.length < LEAD_WORDS) {
    // Words of a phrase are separated by spaces only; punctuation or digits end the phrase.
    if (!onlySpaces(head, expected, m.index, true)) break;
    words.push(normalizeWord(m[0]));
    expected = m.index + m[0].length;
  }
  return words;
}

/** Whether s[from, to) holds only spaces (and, with `markers`, emphasis markers): a gap between words. */
function onlySpaces(s: string, from: number, to: number, markers = false): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f) continue;
    if (markers && (c === 42 || c === 95)) continue;
    return false;
  }
  return true;
}

/** The words of a lead, read and matched against the lexicon. */
interface LeadReading {
  count: number;
  /** The words' offsets from the start of the text read, in pairs: [start, end, start, end…]. */
  readonly bounds: number[];
  match: LeadMatch | undefined;
}

/**
 * Scratch storage shared by every call, for the lead being read: written by index and never shortened
 * (setting `length` gives the storage up, and the next word allocates it again), and copied out at the
 * length read. It holds on to the last lead's few words until the next one overwrites them.
 */
const SCRATCH: LeadReading = { count: 0, bounds: [], match: undefined };
const LEAD_WORD_LIST: string[] = [];
const LEAD_SPANS: Span[] = [];
const LEAD_READER = new PhraseWordReader();

/** The longest italic lead whose reading is kept (leads are a few words; "*Expressing its deep concern*" is 28). */
const KEPT_LEAD_LENGTH = 200;

/**
 * Reads the leads of one document. A document repeats a few dozen italic leads ("*Decides*", "*Requests*")
 * over hundreds of paragraphs, and reading one (its words, normalised and matched against the lexicon)
 * was the largest part of building a paragraph: the reading of an italic lead is kept by its text, for
 * this document only (a key sliced from the text holds on to the whole text).
 */
export class LeadReader {
  private readonly italicReadings = new Map<string, LeadReading>();

  constructor(
    private readonly text: string,
    private readonly lexicon: Lexicon,
  ) {}

  /** The lead that opens the text at `start`, on a line that ends at `lineEnd`. */
  read(start: number, lineEnd: number): LeadPhrase | undefined {
    const text = this.text;
    // A bold lead ("**Decides**", "**_Decides_**") is read through its bold markers: the phrase is still there.
    const pos = text.charCodeAt(start) === 42 && text.charCodeAt(start + 1) === 42 && text.charCodeAt(start + 2) !== 42 ? start + 2 : start;
    const italic = italicAt(text, pos, lineEnd);
    const from = italic ? italic.innerStart : pos;
    const reading = italic ? this.italicReading(from, italic.innerEnd) : readLead(text, from, Math.min(lineEnd, pos + 160), LEAD_WORDS, this.lexicon);
    const { count, bounds, match } = reading;
    if (count === 0) return undefined;
    for (let k = 0; k < count; k++) LEAD_SPANS[k] = { start: from + bounds[2 * k]!, end: from + bounds[2 * k + 1]! };
    const first = LEAD_SPANS[0]!;
    const headLast = LEAD_SPANS[Math.min(count, match?.wordCount ?? 1) - 1]!;
    // A head of one word ("*Decides*") is that word's span.
    const headSpan = headLast === first ? first : { start: first.start, end: headLast.end };
    const spanStart = italic ? italic.innerStart : headSpan.start;
    const spanEnd = italic ? trimmedEnd(text, italic.innerStart, italic.innerEnd) : headSpan.end;
    return {
      start: spanStart,
      end: spanEnd,
      text: stripMarkers(text.slice(spanStart, spanEnd)),
      italic: italic !== undefined,
      outer: italic ? { start: italic.outerStart, end: italic.outerEnd } : headSpan,
      match,
      firstWord: text.slice(first.start, first.end),
      firstWordSpan: first,
      headSpan,
      // A copy of exactly the right length, which the model keeps.
      wordSpans: LEAD_SPANS.slice(0, count),
    };
  }

  /** The reading of the italic lead text[from, to), kept: it depends on that text alone. */
  private italicReading(from: number, to: number): LeadReading {
    // A long italic span (a paragraph set in italics) is read, not kept: keys stay short to hash and to
    // compare (the engine hashes a very long string by its length alone).
    if (to - from > KEPT_LEAD_LENGTH) return readLead(this.text, from, to, 40, this.lexicon);
    const key = this.text.slice(from, to);
    let reading = this.italicReadings.get(key);
    if (!reading) {
      const read = readLead(this.text, from, to, 40, this.lexicon);
      reading = { count: read.count, bounds: read.bounds.slice(0, 2 * read.count), match: read.match };
      this.italicReadings.set(key, reading);
    }
    return reading;
  }
}

/** Reads and matches the words of a lead in text[from, to), at most `limit`, into SCRATCH. */
function readLead(text: string, from: number, to: number, limit: number, lexicon: Lexicon): LeadReading {
  const count = readLeadWords(text, from, to, limit, lexicon);
  SCRATCH.count = count;
  SCRATCH.match = count > 0 ? lexicon.match(LEAD_WORD_LIST.slice(0, count)) : undefined;
  return SCRATCH;
}

/** Reads the words of a lead in text[from, to) into SCRATCH.bounds and LEAD_WORD_LIST; returns how many. */
function readLeadWords(text: string, from: number, to: number, limit: number, lexicon: Lexicon): number {
  const reader = LEAD_READER.reset(from, to, false);
  let count = 0;
  for (;;) {
    const read = reader.next(text);
    if (read === USE_PATTERN) return leadWordsByPattern(text, from, to, limit, lexicon);
    if (read !== WORD) return count;
    if (!storeLeadWord(text, from, count++, reader.start, reader.end, limit, lexicon)) return count;
  }
}

/** Stores word `index` of a lead read from `from`, text[start, end); false when the lead needs no more words. */
function storeLeadWord(text: string, from: number, index: number, start: number, end: number, limit: number, lexicon: Lexicon): boolean {
  const word = normalizeWord(text.slice(start, end));
  SCRATCH.bounds[2 * index] = start - from;
  SCRATCH.bounds[2 * index + 1] = end - from;
  LEAD_WORD_LIST[index] = word;
  // Past a word no phrase contains, the match cannot grow; a few words are kept for suggestions.
  return index + 1 < limit && !(index + 1 >= LEAD_MIN_WORDS && !lexicon.knows(word));
}

/** readLeadWords with WORD_PATTERN, for the text PhraseWordReader leaves to it. */
function leadWordsByPattern(text: string, from: number, to: number, limit: number, lexicon: Lexicon): number {
  WORD_PATTERN.lastIndex = 0;
  const segment = text.slice(from, to);
  let m: RegExpExecArray | null;
  let expected = 0;
  let count = 0;
  while ((m = WORD_PATTERN.exec(segment))) {
    // Words of a phrase are separated by spaces only; punctuation or digits end the phrase.
    if (!onlySpaces(segment, expected, m.index)) break;
    expected = m.index + m[0].length;
    if (!storeLeadWord(text, from, count++, from + m.index, from + expected, limit, lexicon)) break;
  }
  return count;
}
