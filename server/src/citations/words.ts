import type { Span } from '../model/types';

/**
 * A set of words looked up straight in the text, without copying the word or changing its case: the
 * recogniser reads the words around every citation, and copies made a good part of its work.
 */
export class WordSet<T = true> {
  /**
   * The words by length and first letter in lower case (keyOf): most lookups find no entry, or one word
   * to compare.
   */
  private readonly byKey = new Map<number, Entry<T>[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) {
      const lower = word.toLowerCase();
      const key = keyOf(lower.length, lower.charCodeAt(0));
      const list = this.byKey.get(key) ?? [];
      list.push({ word: lower, capitalised: String.fromCharCode(upperCode(lower.charCodeAt(0))) + lower.slice(1), value });
      this.byKey.set(key, list);
    }
  }

  static of(words: Iterable<string>): WordSet {
    return new WordSet([...words].map((w) => [w, true] as const));
  }

  /** The value of the word text[start, end), compared in lower case; undefined when it is not in the set. */
  get(text: string, start: number, end: number): T | undefined {
    const list = this.byKey.get((end - start) * KEY_LENGTH + lowerCode(text.charCodeAt(start)));
    if (list === undefined) return undefined;
    for (let k = 0; k < list.length; k++) {
      const entry = list[k]!;
      // A word in lower case or with a capital is compared natively (a letter at a time costs much more
      // in the baseline tier, which one-shot processes run in); other spellings ("RESOLUTION") letter by letter.
      if (text.startsWith(entry.word, start) || text.startsWith(entry.capitalised, start) || sameInLowerCase(text, start, entry.word)) return entry.value;
    }
    return undefined;
  }

  /** get() of a span of the text, undefined when there is no span. */
  at(text: string, span: Span | undefined): T | undefined {
    return span === undefined ? undefined : this.get(text, span.start, span.end);
  }

  has(text: string, start: number, end: number): boolean {
    return this.get(text, start, end) !== undefined;
  }
}

interface Entry<T> {
  /** In lower case. */
  readonly word: string;
  /** With its first letter in upper case, as lowerCode reads it back. */
  readonly capitalised: string;
  readonly value: T;
}

/** The key of a word: its length times KEY_LENGTH plus its first letter's code. */
const KEY_LENGTH = 0x10000;

function keyOf(length: number, first: number): number {
  return length * KEY_LENGTH + first;
}

/** Whether text[start, start + word.length) is `word` (in lower case) once lowered letter by letter. */
function sameInLowerCase(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (lowerCode(text.charCodeAt(start + i)) !== word.charCodeAt(i)) return false;
  return true;
}

/** The lower case of a letter of Latin-1 (the letters of English, French and Spanish words). */
function lowerCode(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

/** The letter lowerCode lowers to `c`, or `c` itself. */
function upperCode(c: number): number {
  return (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xfe && c !== 0xf7) ? c - 32 : c;
}
