import { type LeadMatch, type Lexicon, lexiconFor, normalizeWord, splitWords } from '../lexicon';
import type { LeadPhrase, Paragraph, ResolutionModel, Span } from '../model/types';

/** A leading phrase as read: its match and the span of its words (modifiers and complement included). */
export interface LeadReading {
  readonly match: LeadMatch;
  readonly headSpan: Span;
}

/** Readings by form, made once per lead: several rules and features ask for the same paragraph. */
const byForm = new WeakMap<LeadPhrase, LeadReading | null>();

function isListed(lead: LeadPhrase): lead is LeadPhrase & LeadReading {
  return lead.match !== undefined;
}

/**
 * The leading phrase of a paragraph as the phrase rules and the editor features read it: the parser's match
 * from the lists or, when no list holds the phrase, the phrase recognised by its form ("Honouring",
 * "Recalca", "Se réjouit"). The parser itself reads the lists only: its heading and line-joining decisions
 * need the strong evidence of a listed phrase, not an ending that a heading such as "REPORTING" also has.
 * Subparagraphs are read from the lists only: they open with the words of a sentence ("a) mieux faire
 * connaître"), not with a leading phrase, so an ending there says nothing.
 */
export function readLead(model: ResolutionModel, p: Paragraph): LeadReading | undefined {
  const lead = p.lead;
  if (!lead) return undefined;
  if (isListed(lead)) return lead;
  if (p.kind === 'subparagraph') return undefined;
  let reading = byForm.get(lead);
  if (reading === undefined) {
    reading = readByForm(model, lead) ?? null;
    byForm.set(lead, reading);
  }
  return reading ?? undefined;
}

/** How far into a paragraph to look for the main verb of a participial opening: its first sentence or so. */
const MAIN_VERB_WINDOW = 1500;
const CONJUNCTIONS = new Set(['and', 'et', 'y', 'e']);
/** A word in lower case after a comma or semicolon, with the words that may complete a phrase. */
const AFTER_COMMA = /[,;][ \t\u00a0]+[*_]*(\p{Ll}[\p{L}'\u2019-]*(?:[ \t\u00a0]+[\p{L}'\u2019-]+){0,3})/gu;

/**
 * Whether an operative paragraph that opens with a participle ("*Noting* the increase …, *decides* that …",
 * "*Poniendo de relieve* …, decide que …") has its main verb further on: italicised as a secondary verb, or
 * in roman type after a comma. Only a listed operative verb counts: the evidence has to be strong for a
 * participle to be accepted where a verb is expected.
 */
export function hasMainVerbLater(model: ResolutionModel, p: Paragraph, lexicon: Lexicon): boolean {
  for (const verb of p.secondaryVerbs) if (verb.match.entry.kind === 'operative' && !verb.match.entry.form) return true;
  const from = p.lead?.end ?? p.bodyStart;
  const block = p.blocks[0];
  const to = Math.min(block ? block.end : p.end, from + MAIN_VERB_WINDOW);
  if (to <= from) return false;
  const text = model.text.slice(from, to);
  AFTER_COMMA.lastIndex = 0;
  for (let m = AFTER_COMMA.exec(text); m; m = AFTER_COMMA.exec(text)) {
    const words = splitWords(m[1]!);
    // "…, and decides": the conjunction before the verb is no part of it.
    if (lexicon.match(CONJUNCTIONS.has(words[0] ?? '') ? words.slice(1) : words, 'operative')) return true;
  }
  return false;
}

function readByForm(model: ResolutionModel, lead: LeadPhrase): LeadReading | undefined {
  const lexicon = lexiconFor(model.language);
  const spans = lead.wordSpans;
  const words = spans.map((s) => normalizeWord(model.text.slice(s.start, s.end)));
  const match = lexicon.match(words, undefined, { forms: true });
  if (match) return reading(match, spans);
  if (!lead.italic) return undefined;
  // The italics may stop short of the phrase, in the middle of it ("*Further* recalling", "*Profundamente*
  // preocupada") or even of a word ("*Exprim*e", "*Rappelan*t"): the phrase is still there, read it
  // through the emphasis markers. Whether the italics are right is not a question about the phrase.
  const across = wordsAcrossMarkers(model.text, lead.start);
  const whole = lexicon.match(across.words, undefined, { forms: true });
  return whole && whole.wordCount > 0 ? reading(whole, across.spans) : undefined;
}

function reading(match: LeadMatch, spans: readonly Span[]): LeadReading | undefined {
  const first = spans[0];
  const last = spans[Math.min(spans.length, match.wordCount) - 1];
  return first && last ? { match, headSpan: { start: first.start, end: last.end } } : undefined;
}

/** At most this many words, within this many characters, are read past the italics. */
const ACROSS_WORDS = 10;
const ACROSS_CHARS = 160;

/** The words from `from` on, reading through emphasis markers inside and between words. */
function wordsAcrossMarkers(text: string, from: number): { words: string[]; spans: Span[] } {
  const words: string[] = [];
  const spans: Span[] = [];
  const end = Math.min(text.length, from + ACROSS_CHARS);
  let i = from;
  while (i < end && words.length < ACROSS_WORDS) {
    while (i < end && isGap(text[i]!)) i++;
    if (i >= end || !isLetter(text[i]!)) break;
    const start = i;
    let word = '';
    while (i < end) {
      const c = text[i]!;
      const next = text[i + 1] ?? '';
      if (isLetter(c)) word += c;
      else if (isMarker(c) && isLetter(next)) {
        // a marker inside a word ("Exprim*e"): skipped, the word goes on
      } else if ("'\u2019-".includes(c) && isLetter(next)) word += c;
      else break;
      i++;
    }
    words.push(normalizeWord(word));
    spans.push({ start, end: i });
  }
  return { words, spans };
}

function isMarker(c: string): boolean {
  return c === '*' || c === '_';
}

function isGap(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || isMarker(c);
}

function isLetter(c: string): boolean {
  return /[\p{L}\p{M}]/u.test(c);
}
