import { en } from './en';
import { es } from './es';
import { editDistance } from './distance';
import { FormReader } from './forms';
import { fr } from './fr';
import type { Gender, Language, LexiconData, PhraseEntry, PhraseKind } from './types';

export { editDistance } from './distance';
export * from './types';

/** Lower-cases and folds typographic apostrophes so that "l’accent" matches "l'accent". */
export function normalizeWord(word: string): string {
  // Called for every word of every leading phrase: skip the replace when there is no apostrophe to fold.
  const lower = word.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

/** Words as the lexicon sees them: letters with inner apostrophes or hyphens ("l'accent", "co-operate"). */
export const WORD_PATTERN = /[\p{L}\p{M}]+(?:['\u2019-][\p{L}\p{M}]+)*/gu;

export function splitWords(text: string): string[] {
  return (text.match(WORD_PATTERN) ?? []).map(normalizeWord);
}

/**
 * A leading phrase found at the start of a paragraph. `entry.form` is set when the phrase is in no list and
 * was recognised by its grammatical form ("Honouring", "Recalca"): such a match is accepted as well formed,
 * but has no concept, so no equivalents and no counterpart in the other part of the resolution.
 */
export interface LeadMatch {
  readonly entry: PhraseEntry;
  /** Number of words consumed from the input: leading modifiers, the phrase, trailing modifiers. */
  readonly wordCount: number;
  /** Number of words of the phrase itself together with leading modifiers (without trailing ones). */
  readonly headEnd: number;
  /** Index of the phrase's first word in the input (after leading modifiers such as "Also"). */
  readonly start: number;
  /**
   * The adjective that completes a verb such as "Se déclarant" or "Remaining" ("Se déclarant à nouveau
   * profondément préoccupé"): its entry and the index of its first word. Counted in `wordCount`.
   */
  readonly complement?: { readonly entry: PhraseEntry; readonly start: number };
  /**
   * A second phrase of the same kind joined by "and"/"et"/"y" ("Recalling and reaffirming", "Welcomes and
   * urges"): the official texts italicise both. Counted in `wordCount`.
   */
  readonly coordinated?: { readonly entry: PhraseEntry; readonly start: number };
}

/** The conjunctions that join two leading phrases, by language. */
const CONJUNCTIONS: Readonly<Record<Language, readonly string[]>> = { en: ['and'], fr: ['et'], es: ['y', 'e'] };

export interface MatchOptions {
  /** Whether to recognise a phrase no list holds by its form (see `Lexicon.match`). */
  readonly forms?: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A phrase found at `start`, ending before `end` (modifiers inside it included: "Prend également note"). */
interface Head {
  readonly entry: PhraseEntry;
  readonly start: number;
  readonly end: number;
}

/** At most this many modifiers inside a listed phrase ("Calls once again upon" has one, of two words). */
const INNER_MODIFIERS = 2;

/** One language's lexicon, indexed for matching at the start of a paragraph. */
export class Lexicon {
  readonly language: Language;
  readonly entries: readonly PhraseEntry[];
  private readonly byFirstWord = new Map<string, PhraseEntry[]>();
  private readonly modifiers: readonly (readonly string[])[];
  /** Modifiers indexed by their first word: matching is called for every paragraph and italic span. */
  private readonly modifiersByFirstWord = new Map<string, (readonly string[])[]>();
  private readonly wrong = new Map<string, string>();
  readonly closing: readonly string[];
  /** Every word that can be part of a leading phrase: lets a reader stop reading words early. */
  private readonly vocabulary = new Set<string>();
  /** The fallback for phrases no list holds: their grammatical form. */
  private readonly forms: FormReader;
  /** How a wrong tense turns into the present: ["ing", "es"] reads "Urging" as "Urges". */
  private readonly present: readonly (readonly [string, string])[];

  constructor(data: LexiconData) {
    this.language = data.language;
    const entries: PhraseEntry[] = [];
    for (const kind of ['preamble', 'operative'] as const) {
      const lines = data[kind];
      for (let k = 0; k < lines.length; k++) parseEntry(lines[k]!, kind, data.language, entries);
    }
    this.entries = entries;
    for (const entry of entries) {
      const list = this.byFirstWord.get(entry.words[0]!) ?? [];
      list.push(entry);
      this.byFirstWord.set(entry.words[0]!, list);
    }
    // Longest phrase first, so that "Prend note" wins over "Prend" and "Taking into account" over "Taking".
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
    this.modifiers = [...new Set(data.modifiers)]
      .map((m) => splitWords(m))
      .filter((m) => m.length > 0)
      .sort((a, b) => b.length - a.length);
    for (const line of data.wrongOperative ?? []) {
      const [form, concept] = line.split('=').map((s) => s.trim());
      if (form && concept) this.wrong.set(splitWords(form).join(' '), concept);
    }
    this.closing = data.closing;
    for (const entry of entries) for (const w of entry.words) this.vocabulary.add(w);
    for (const m of this.modifiers) {
      for (const w of m) this.vocabulary.add(w);
      const list = this.modifiersByFirstWord.get(m[0]!) ?? [];
      list.push(m); // this.modifiers is sorted longest first, so each list is too
      this.modifiersByFirstWord.set(m[0]!, list);
    }
    for (const w of CONJUNCTIONS[this.language]) this.vocabulary.add(w);
    this.forms = new FormReader(data.language, data.forms, entries.flatMap((e) => e.words));
    this.present = (data.forms?.present ?? []).map((row) => {
      const [from = '', to = ''] = row.split('>').map((x) => x.trim());
      return [from, to] as const;
    });
  }

  /**
   * Whether a (normalised) word can be part of a leading phrase. A match is a run of such words from the
   * start of the paragraph, so the words after the first unknown one never change it.
   */
  knows(word: string): boolean {
    return this.vocabulary.has(word);
  }

  /**
   * Matches a leading phrase at the start of `words` (already normalised). Leading modifiers such as "Also"
   * or "Strongly" are skipped; trailing ones ("Decides also", "Demande en outre") are consumed.
   *
   * With `forms`, a phrase in no list is recognised by its grammatical form ("Honouring", "Recalca"), after
   * the lists and only then. It is an option because a form is weaker evidence than a list: a reader that
   * tells headings from paragraphs must not take "REPORTING" for a participle opening a paragraph.
   */
  match(words: readonly string[], kind?: PhraseKind, options?: MatchOptions): LeadMatch | undefined {
    return this.matchFrom(words, kind, options?.forms === true);
  }

  private matchFrom(words: readonly string[], kind: PhraseKind | undefined, forms: boolean): LeadMatch | undefined {
    let i = 0;
    for (let guard = 0; guard < 3; guard++) {
      const m = this.modifierAt(words, i);
      if (m === 0) break;
      i += m;
    }
    const head =
      this.headAt(words, i, kind) ??
      (i > 0 ? this.headAt(words, 0, kind) : undefined) ??
      (forms ? (this.formAt(words, i, kind) ?? (i > 0 ? this.formAt(words, 0, kind) : undefined)) : undefined);
    if (!head) return undefined;
    const start = head.start;
    const headEnd = head.end;
    let end = this.skipModifiers(words, headEnd);
    let complement: LeadMatch['complement'];
    if (head.entry.takesComplement) {
      // "Se déclarant à nouveau profondément préoccupé": the adjective after the modifiers belongs to the
      // phrase. Leading modifiers of the adjective itself ("gravement") were consumed just above.
      const adjective = this.headAt(words, end, 'preamble') ?? (forms ? this.formAt(words, end, 'preamble') : undefined);
      if (adjective && !adjective.entry.takesComplement) {
        complement = { entry: adjective.entry, start: end };
        end = this.skipModifiers(words, adjective.end);
      }
    }
    let coordinated: LeadMatch['coordinated'];
    if (!complement && CONJUNCTIONS[this.language].includes(words[end] ?? '')) {
      const kindOfHead = head.entry.kind;
      const second = this.headAt(words, end + 1, kindOfHead) ?? (forms ? this.formAt(words, end + 1, kindOfHead) : undefined);
      if (second && !second.entry.takesComplement) {
        coordinated = { entry: second.entry, start: end + 1 };
        end = this.skipModifiers(words, second.end);
      }
    }
    // The optional parts are set only when present (and in this order), without spreading a literal each.
    const found: Mutable<LeadMatch> = { entry: head.entry, wordCount: end, headEnd, start };
    if (complement) found.complement = complement;
    if (coordinated) found.coordinated = coordinated;
    return found;
  }

  private skipModifiers(words: readonly string[], from: number): number {
    let end = from;
    for (let guard = 0; guard < 3; guard++) {
      const m = this.modifierAt(words, end);
      if (m === 0) break;
      end += m;
    }
    return end;
  }

  /**
   * The listed phrase at `words[i]`, longest first. Modifiers may stand inside it, as the official texts
   * write them ("Prend également note", "Ayant également examiné", "Calls once again upon").
   */
  private headAt(words: readonly string[], i: number, kind?: PhraseKind): Head | undefined {
    const first = words[i];
    if (first === undefined) return undefined;
    const candidates = this.byFirstWord.get(first);
    if (!candidates) return undefined;
    for (let c = 0; c < candidates.length; c++) {
      const entry = candidates[c]!;
      if (kind && entry.kind !== kind) continue;
      const phrase = entry.words;
      let k = 1;
      let at = i + 1;
      let inner = 0;
      while (k < phrase.length) {
        if (words[at] === phrase[k]) {
          k++;
          at++;
          continue;
        }
        const m = inner < INNER_MODIFIERS ? this.modifierAt(words, at) : 0;
        if (m === 0) break;
        at += m;
        inner++;
      }
      if (k === phrase.length) return { entry, start: i, end: at };
    }
    return undefined;
  }

  /** The phrase at `words[i]` recognised by its form, when no list holds it. */
  private formAt(words: readonly string[], i: number, kind?: PhraseKind): Head | undefined {
    // A listed word was looked up just before, and was not of `kind`: its ending cannot overrule the list
    // ("Inquiète" is a preambular adjective, though "-e" marks a present).
    if (this.byFirstWord.get(words[i] ?? '')?.some((e) => e.words.length === 1)) return undefined;
    const reading = this.forms.read(words, i, kind, (at) => this.modifierAt(words, at));
    return reading ? { entry: reading.entry, start: i, end: reading.end } : undefined;
  }

  /** The number of words of the modifier at `words[i]` (0 when there is none): listed, or an adverb by form. */
  private modifierAt(words: readonly string[], i: number): number {
    const first = words[i];
    if (first === undefined) return 0;
    const candidates = this.modifiersByFirstWord.get(first);
    if (candidates) {
      // Candidates are longest first: "once again" before "once".
      for (let c = 0; c < candidates.length; c++) {
        const m = candidates[c]!;
        let k = 1;
        while (k < m.length && words[i + k] === m[k]) k++;
        if (k === m.length) return m.length;
      }
    }
    return this.forms.isAdverb(first) ? 1 : 0;
  }

  /** The concept of a known wrong operative form ("Decided", "Deciding"), if `words` starts with one. */
  wrongOperativeConcept(words: readonly string[]): string | undefined {
    return this.matchWrongOperative(words)?.concept;
  }

  /**
   * A wrong operative form at the start of `words`, with its length in words ("A décidé" is 2): one the
   * lexicon lists ("Decided", "Décidant"), or else a participle or past tense whose present is a listed
   * operative verb ("Urging" → "Urges", "Solicitado" → "Solicita"), which is `derived`: a likely reading,
   * not a certain one.
   */
  matchWrongOperative(
    words: readonly string[],
  ): { readonly concept: string; readonly wordCount: number; readonly derived?: true } | undefined {
    const two = words.length >= 2 ? this.wrong.get(words.slice(0, 2).join(' ')) : undefined;
    if (two) return { concept: two, wordCount: 2 };
    const one = this.wrong.get(words[0] ?? '');
    if (one) return { concept: one, wordCount: 1 };
    const present = this.presentOf(words[0] ?? '');
    return present ? { concept: present.concept, wordCount: 1, derived: true } : undefined;
  }

  /** The listed operative verb a participle or past tense stands for, by the language's `present` rows. */
  private presentOf(word: string): PhraseEntry | undefined {
    for (const [from, to] of this.present) {
      if (!word.endsWith(from) || word.length - from.length < 2) continue;
      const candidate = word.slice(0, word.length - from.length) + to;
      let best: PhraseEntry | undefined;
      for (const e of this.byFirstWord.get(candidate) ?? []) {
        if (e.kind === 'operative' && !e.takesComplement && (!best || e.words.length < best.words.length)) best = e;
      }
      if (best) return best;
    }
    return undefined;
  }

  /** The phrase of `kind` for a concept, in the given gender where the phrase has one. */
  byConcept(concept: string, kind: PhraseKind, gender?: Gender): PhraseEntry | undefined {
    let fallback: PhraseEntry | undefined;
    for (const e of this.entries) {
      if (e.concept !== concept || e.kind !== kind) continue;
      if (!gender || !e.gender || e.gender === gender) return e;
      fallback ??= e;
    }
    return fallback;
  }

  /**
   * The closest known phrase to an unknown leading word, for "did you mean" suggestions. `following` (the
   * normalised words after it, optional) settles between phrases that share a first word: "Takin note"
   * suggests "Taking note", not "Taking into account". With a gender, the form of that gender is preferred.
   */
  suggest(word: string, kind: PhraseKind, following: readonly string[] = [], gender?: Gender): PhraseEntry | undefined {
    const w = normalizeWord(word);
    let best: PhraseEntry | undefined;
    let bestScore = Infinity;
    let bestDistance = Infinity;
    for (const e of this.entries) {
      if (e.kind !== kind) continue;
      const d = editDistance(w, e.words[0]!, bestDistance + 1);
      if (d > bestDistance) continue;
      // Fewer points is better: the edit distance first, then the phrase words that do not follow, then gender.
      let rest = 0;
      for (let k = 1; k < e.words.length; k++) if (following[k - 1] !== e.words[k]) rest++;
      const score = d * 100 + rest * 2 + (gender && e.gender && e.gender !== gender ? 1 : 0);
      if (score < bestScore) {
        best = e;
        bestScore = score;
        bestDistance = d;
      }
    }
    const limit = Math.max(2, Math.floor(w.length / 3));
    return bestDistance <= limit ? best : undefined;
  }
}

/**
 * The entries of a listed phrase ("Consciente | Consciente = aware", "Se déclarant… = declare"), added to
 * `into`. Read by index, each form's words split once: this runs for every listed phrase when a lexicon is
 * first built, before the engine has compiled anything (destructuring goes through an iterator there).
 */
function parseEntry(line: string, kind: PhraseKind, language: Language, into: PhraseEntry[]): void {
  const sides = line.split('=');
  const rawForms = sides[0]!.trim();
  const concept = (sides[1] ?? '').trim();
  const takesComplement = rawForms.endsWith('…');
  const forms = takesComplement ? rawForms.slice(0, -1).trim() : rawForms;
  const genders = forms.split('|');
  const masculine = genders[0]!.trim();
  const feminine = genders[1]?.trim();
  if (!masculine) return;
  if (!feminine || feminine === masculine) into.push(makeEntry(masculine, kind, language, concept, takesComplement));
  else into.push(makeEntry(masculine, kind, language, concept, takesComplement, 'm', feminine), makeEntry(feminine, kind, language, concept, takesComplement, 'f', masculine));
}

function makeEntry(
  text: string,
  kind: PhraseKind,
  language: Language,
  concept: string,
  takesComplement: boolean,
  gender?: Gender,
  otherGender?: string,
): PhraseEntry {
  const words = splitWords(text);
  // The optional fields only when set, in this order.
  const entry: Mutable<PhraseEntry> = { text, key: words.join(' '), words, kind, language, concept };
  if (gender) entry.gender = gender;
  if (otherGender) entry.otherGender = otherGender;
  if (takesComplement) entry.takesComplement = takesComplement;
  return entry;
}

const lexicons = new Map<Language, Lexicon>();

/** The lexicon of a language, built once on first use. */
export function lexiconFor(language: Language): Lexicon {
  let lexicon = lexicons.get(language);
  if (!lexicon) {
    lexicon = new Lexicon(language === 'en' ? en : language === 'fr' ? fr : es);
    lexicons.set(language, lexicon);
  }
  return lexicon;
}
