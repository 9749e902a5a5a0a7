import { ORGAN_NAMES, OTHER_BODY_NAMES, OTHER_BODY_WORDS, SHORT_NAME_QUALIFIERS, SHORT_NAMES } from './organs';
import { SP } from './scan';
import type { CitedBody } from './types';

/**
 * Where a text names an organ: "the Human Rights Council", "le Conseil de sécurité", "el Consejo", "the
 * Conference of the Parties". The expression is built from the tables in organs.ts; each alternative is a
 * group, and the group that matched says which organs the words may mean (`unknown` for another body).
 */
export interface Mention {
  readonly start: number;
  readonly end: number;
  /** The organs the words may name, in order of preference; ['unknown'] for another body. */
  readonly bodies: readonly CitedBody[];
}

const LOOSE_LETTERS: Readonly<Record<string, string>> = { é: '[ée]', è: '[èe]', ê: '[êe]', á: '[áa]', í: '[íi]', ó: '[óo]', ú: '[úu]', '’': "['’]" };

/** A name as a pattern: either case for the first letter of each word, accents and apostrophes loose, any spaces. */
function namePattern(name: string): string {
  return name
    .split(' ')
    .map((word) =>
      [...word]
        .map((ch, i) => {
          const loose = LOOSE_LETTERS[ch] ?? ch.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
          return i === 0 && ch.toLowerCase() !== ch.toUpperCase() ? `[${ch.toUpperCase()}${ch.toLowerCase()}]` : loose;
        })
        .join(''),
    )
    .join(`${SP}+`);
}

const QUALIFIERS = SHORT_NAME_QUALIFIERS.map((q) => q.replace('’', "['’]")).join('|');

/** A short name stands alone: not after a capitalised word, not before "of", "de" or a capitalised word. */
function shortPattern(words: readonly string[]): string {
  return `(?<!\\p{Lu}[\\p{L}'’.-]*${SP}+)(?:${words.join('|')})(?!${SP}*(?:${QUALIFIERS})(?![\\p{L}]))(?!${SP}*d['’])(?!${SP}+\\p{Lu})`;
}

const KINDS: (readonly CitedBody[])[] = [];
const ALTERNATIVES: string[] = [];
const add = (pattern: string, bodies: readonly CitedBody[]): void => {
  ALTERNATIVES.push(`(${pattern})`);
  KINDS.push(bodies);
};
// Longer names of other bodies first, then ours, then the short names, then any other body's word.
for (const name of OTHER_BODY_NAMES) add(namePattern(name), ['unknown']);
for (const { organ, names } of ORGAN_NAMES) add(names.map(namePattern).join('|'), [organ]);
for (const { words, organs } of SHORT_NAMES) add(shortPattern(words), organs);
add(OTHER_BODY_WORDS.join('|'), ['unknown']);

const SOURCE = `(?<![\\p{L}\\p{N}])(?:${ALTERNATIVES.join('|')})(?![\\p{L}])`;
const MENTION = new RegExp(SOURCE, 'gu');
const MENTION_AT = new RegExp(SOURCE, 'yu');

function kindOf(m: RegExpExecArray): readonly CitedBody[] {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return KINDS[i - 1]!;
  return ['unknown'];
}

/** The longest organ name is under 32 characters: a mention ending at `end` starts after end − LONGEST_NAME. */
export const LONGEST_NAME = 32;
/** Characters around a window the expression's look-behind and look-ahead read. */
const MARGIN = LONGEST_NAME + 8;

/**
 * The mentions that start in [from, to), in order. The expression runs on the window and its margins only:
 * run on the whole text, a search that finds nothing would read on to its end.
 */
export function mentionsIn(text: string, from: number, to: number): Mention[] {
  const base = Math.max(0, from - MARGIN);
  const window = text.slice(base, to + MARGIN);
  const found: Mention[] = [];
  MENTION.lastIndex = from - base;
  for (let m = MENTION.exec(window); m && m.index < to - base; m = MENTION.exec(window)) {
    found.push({ start: base + m.index, end: base + m.index + m[0].length, bodies: kindOf(m) });
  }
  return found;
}

/** The mention that ends exactly at `end`, when there is one. */
export function mentionEndingAt(text: string, end: number, lineStart: number): Mention | undefined {
  const found = mentionsIn(text, Math.max(lineStart, end - MARGIN), end);
  for (let i = found.length - 1; i >= 0; i--) if (found[i]!.end === end) return found[i];
  return undefined;
}

/** The mention that starts exactly at `start`. */
export function mentionStartingAt(text: string, start: number): Mention | undefined {
  MENTION_AT.lastIndex = start;
  const m = MENTION_AT.exec(text);
  return m ? { start, end: start + m[0].length, bodies: kindOf(m) } : undefined;
}
