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
    keyword: /\bparagraphs?\b/giu,
    listWords: ['and', 'or'],
    rangeWords: ['to', 'through'],
    qualifiers: [
      [q('above'), 'above'],
      [q('below|hereunder'), 'below'],
      [q('of\\s+(?:the\\s+present|this)\\s+resolution'), 'present'],
    ],
  },
  fr: {
    keyword: /\bparagraphes?\b/giu,
    listWords: ['et', 'ou'],
    rangeWords: ['à', 'au'],
    qualifiers: [
      [q('ci[-\u2011]dessus|plus\\s+haut|supra'), 'above'],
      [q('ci[-\u2011]apr[èe]s|ci[-\u2011]dessous|plus\\s+bas|infra'), 'below'],
      [q('de\\s+la\\s+pr[ée]sente\\s+r[ée]solution'), 'present'],
    ],
  },
  es: {
    // No \b after the word: JavaScript's \b is ASCII-only, and "párrafo" ends in ASCII anyway.
    keyword: /(?<![\p{L}\p{N}])p[áa]rrafos?(?![\p{L}\p{N}])/giu,
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
