import type { Language } from '../lexicon';

/**
 * Where a reference says its target is: "above" (an earlier paragraph), "below" (a later one), or
 * "present" ("of the present resolution", no direction).
 */
export type ReferenceScope = 'above' | 'below' | 'present';

/**
 * The words with which a resolution refers to its own paragraphs, per language (UN Editorial Manual
 * usage, see the drafting notes §4): "paragraphs 4 to 8 above", "paragraphe 6 ci-dessus", "párrafo 3 supra".
 */
export interface ReferenceWords {
  /** Finds the word "paragraph(s)"; global, so one scan of the text finds every candidate. */
  readonly keyword: RegExp;
  /** Words joining two items of a list: "2 and 3", "2, 3". */
  readonly listWords: readonly string[];
  /** Words joining the ends of a range: "4 to 8". */
  readonly rangeWords: readonly string[];
  /** Qualifiers that make a reference internal, tried right after the numbers (sticky, case-insensitive). */
  readonly qualifiers: readonly (readonly [RegExp, ReferenceScope])[];
}

// A qualifier may sit in italics in converted texts ("*supra*"); the markers are skipped, not required.
const q = (source: string): RegExp => new RegExp(`[*_]?(?:${source})(?![\\p{L}\\p{N}])`, 'iuy');

const WORDS: Record<Language, ReferenceWords> = {
  en: {
    // No `u` flag on the ASCII keywords: with `iu`, V8 matches \b with Unicode case folding and this one
    // scan of the whole text took ~9 ms per MB; with `i` alone it takes ~0.4 ms (measured, npm run bench).
    keyword: /\bparagraphs?\b/gi,
    listWords: ['and', 'or'],
    rangeWords: ['to', 'through'],
    qualifiers: [
      [q('above'), 'above'],
      [q('below|hereunder'), 'below'],
      [q('of\\s+(?:the\\s+present|this)\\s+resolution'), 'present'],
    ],
  },
  fr: {
    keyword: /\bparagraphes?\b/gi,
    listWords: ['et', 'ou'],
    rangeWords: ['à', 'au'],
    qualifiers: [
      [q('ci[-\u2011]dessus|plus\\s+haut|supra'), 'above'],
      [q('ci[-\u2011]apr[èe]s|ci[-\u2011]dessous|plus\\s+bas|infra'), 'below'],
      [q('de\\s+la\\s+pr[ée]sente\\s+r[ée]solution'), 'present'],
    ],
  },
  es: {
    // \b is ASCII-only, hence explicit Latin letter ranges around "párrafo"; no `u` flag, for the same
    // reason as above (about 50 ms per MB with `iu`, 0.5 ms without).
    keyword: /(?<![A-Za-z\u00C0-\u024F0-9])p[áaÁA]rrafos?(?![A-Za-z\u00C0-\u024F0-9])/gi,
    listWords: ['y', 'e', 'o', 'u'],
    rangeWords: ['a', 'al'],
    qualifiers: [
      [q('supra|anteriores|anterior'), 'above'],
      [q('infra'), 'below'],
      [q('de\\s+(?:la\\s+presente|esta)\\s+resoluci[óo]n'), 'present'],
    ],
  },
};

export function referenceWords(language: Language): ReferenceWords {
  return WORDS[language];
}

/** "bis", "ter"…: inserted paragraphs of negotiation drafts, as in the operative number labels. */
export const SUFFIXES: readonly string[] = ['bis', 'ter', 'quater', 'quinquies', 'sexies'];
