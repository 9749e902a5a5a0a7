/**
 * A set of words looked up straight in the text, without copying the word or changing its case: the
 * recogniser reads the words around every citation, and copies made a good part of its work.
 */
export class WordSet<T = true> {
  private readonly byLength = new Map<number, { word: string; value: T }[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) {
      const lower = word.toLowerCase();
      const list = this.byLength.get(lower.length) ?? [];
      list.push({ word: lower, value });
      this.byLength.set(lower.length, list);
    }
  }

  static of(words: Iterable<string>): WordSet {
    return new WordSet([...words].map((w) => [w, true] as const));
  }

  /** The value of the word text[start, end), compared in lower case; undefined when it is not in the set. */
  get(text: string, start: number, end: number): T | undefined {
    const list = this.byLength.get(end - start);
    if (!list) return undefined;
    next: for (const entry of list) {
      const word = entry.word;
      for (let i = 0; i < word.length; i++) if (lowerCode(text.charCodeAt(start + i)) !== word.charCodeAt(i)) continue next;
      return entry.value;
    }
    return undefined;
  }

  has(text: string, start: number, end: number): boolean {
    return this.get(text, start, end) !== undefined;
  }
}

/** The lower case of a letter of Latin-1 (the letters of English, French and Spanish words). */
function lowerCode(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}
