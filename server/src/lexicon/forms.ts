import { editDistance } from './distance';
import { FORM_KINDS, type FormData, type FormName, type Gender, type Language, type PhraseEntry, type PhraseKind } from './types';

/** What an ending says about a word: its form (none for "-" and "?" rows) and, for adjectives, its gender. */
interface Ending {
  readonly form: FormName | undefined;
  readonly gender?: Gender;
  /** The ending of the same word in the other gender ("é" for "ée"). */
  readonly other?: string;
}

/** A phrase recognised by its form: the entry made for it and the index after its last word. */
export interface FormReading {
  readonly entry: PhraseEntry;
  readonly end: number;
}

/**
 * Shorter words are never read by their form: they are mostly articles, pronouns and prepositions ("this",
 * "les", "una", "cada"), and the short verbs a resolution opens with ("Prie", "Pide", "Note") are listed.
 */
const MIN_LENGTH = 5;
/** Letters a word keeps before its ending ("t" of "tient"): the ending alone is no word. */
const MIN_STEM = 1;
/** Adverbs read by their ending are at least this long ("vivement", "firmly" are listed anyway). */
const MIN_ADVERB = 6;
/** The reader caches one reading per word; arbitrary text (fuzzing, huge documents) must not grow it forever. */
const CACHE_LIMIT = 20_000;

/**
 * Reads a leading phrase no list holds by its grammatical form ("Honouring", "Recalca", "Préconise",
 * "Se réjouit", "Habiendo determinado"), from the per-language tables of `FormData`. It is the fallback
 * after the lists, so it must be cheap: a word is read once (then cached) by looking up its endings from
 * the longest down, a handful of map lookups.
 *
 * A word one letter away from a listed word is not read by its form: "Requets" and "Recordado" are typing
 * slips of "Requests" and "Recordando", which the phrase rules report with the listed word as suggestion,
 * not new verbs that happen to end well.
 */
export class FormReader {
  private readonly endings = new Map<string, Ending>();
  private readonly longest: number;
  private readonly plain: ReadonlySet<string>;
  private readonly auxiliaries: ReadonlySet<string>;
  private readonly reflexives: ReadonlySet<string>;
  /** Elided reflexive pronouns written onto the verb ("s'" of "s'inquiète"). */
  private readonly elided: readonly string[];
  private readonly adverbs: readonly string[];
  /** Listed words by length, for the typing-slip test. */
  private readonly listedByLength = new Map<number, string[]>();
  private readonly listed: ReadonlySet<string>;
  private readonly cache = new Map<string, PhraseEntry | null>();

  constructor(
    private readonly language: Language,
    data: FormData | undefined,
    listedWords: Iterable<string>,
  ) {
    for (const row of data?.endings ?? []) {
      const parsed = parseEnding(row);
      if (parsed) this.endings.set(parsed[0], parsed[1]);
    }
    this.longest = Math.max(0, ...[...this.endings.keys()].map((e) => e.length));
    this.plain = new Set(data?.plain ?? []);
    this.auxiliaries = new Set(data?.auxiliaries ?? []);
    const reflexives = data?.reflexives ?? [];
    this.reflexives = new Set(reflexives.filter((r) => !r.endsWith("'")));
    this.elided = reflexives.filter((r) => r.endsWith("'"));
    this.adverbs = data?.adverbs ?? [];
    const listed = new Set<string>();
    for (const word of listedWords) {
      // A slip of a shorter word would take a short word for a typo: "Opone" is no slip of "Pone".
      if (word.length < MIN_LENGTH || listed.has(word)) continue;
      listed.add(word);
      const bucket = this.listedByLength.get(word.length) ?? [];
      bucket.push(word);
      this.listedByLength.set(word.length, bucket);
    }
    this.listed = listed;
  }

  /**
   * The phrase that starts at `words[i]`, read by its form: a reflexive verb ("se réjouit", "s'inquiète"),
   * a perfect participle ("having determined", with modifiers between, which `skip` measures), or one word
   * with a telling ending. Of `kind` only, when given.
   */
  read(words: readonly string[], i: number, kind: PhraseKind | undefined, skip: (at: number) => number): FormReading | undefined {
    const word = words[i];
    if (word === undefined) return undefined;
    const reading = this.reflexive(words, i) ?? this.perfect(words, i, skip) ?? this.single(word, i);
    return reading && (!kind || reading.entry.kind === kind) ? reading : undefined;
  }

  /** Whether a word is an adverb by its ending ("sumamente", "unanimement", "categorically"). */
  isAdverb(word: string): boolean {
    // Asked for nearly every word of every lead: the cheap tests first, the set last.
    if (word.length < MIN_ADVERB) return false;
    const adverbs = this.adverbs;
    for (let k = 0; k < adverbs.length; k++) if (word.endsWith(adverbs[k]!)) return !this.plain.has(word);
    return false;
  }

  private single(word: string, i: number): FormReading | undefined {
    let entry = this.cache.get(word);
    if (entry === undefined) {
      entry = this.readWord(word) ?? null;
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(word, entry);
    }
    return entry ? { entry, end: i + 1 } : undefined;
  }

  private readWord(word: string): PhraseEntry | undefined {
    // An apostrophe inside a word is a possessive or an elision ("council's", "l'accent"), never a form.
    if (word.length < MIN_LENGTH || this.plain.has(word) || word.includes("'")) return undefined;
    const found = this.ending(word);
    const form = found?.ending.form;
    if (!found || !form) return undefined;
    const { ending, length } = found;
    const other = ending.gender && ending.other !== undefined ? word.slice(0, word.length - length) + ending.other : undefined;
    // "Reconnaissante" is one letter from the listed "Reconnaissant", but as its other gender, not as a slip.
    if (this.isSlip(word) && !(other !== undefined && this.listed.has(other))) return undefined;
    return this.entry([word], form, ending.gender, other === undefined ? undefined : capitalise(other));
  }

  /** "Se réjouit", "Se disant", "S'inquiète": after a reflexive pronoun, a participle or a present verb. */
  private reflexive(words: readonly string[], i: number): FormReading | undefined {
    const word = words[i]!;
    if (this.reflexives.has(word)) {
      const form = this.verbForm(words[i + 1]);
      return form ? { entry: this.entry([word, words[i + 1]!], form), end: i + 2 } : undefined;
    }
    for (const prefix of this.elided) {
      if (!word.startsWith(prefix)) continue;
      const form = this.verbForm(word.slice(prefix.length));
      return form ? { entry: this.entry([word], form), end: i + 1 } : undefined;
    }
    return undefined;
  }

  /** "Having determined", "Ayant également examiné", "Habiendo determinado": the auxiliary and its participle. */
  private perfect(words: readonly string[], i: number, skip: (at: number) => number): FormReading | undefined {
    const word = words[i]!;
    if (!this.auxiliaries.has(word)) return undefined;
    let j = i + 1;
    for (let guard = 0; guard < 2; guard++) {
      const m = skip(j);
      if (m === 0) break;
      j += m;
    }
    const participle = words[j];
    if (participle === undefined || this.plain.has(participle) || this.isSlip(participle)) return undefined;
    if (this.ending(participle)?.ending.form !== 'past-participle') return undefined;
    return { entry: this.entry([word, participle], 'perfect'), end: j + 1 };
  }

  /** The form of the verb after a reflexive pronoun: whatever is not a participle is a present. */
  private verbForm(verb: string | undefined): FormName | undefined {
    if (verb === undefined || verb.length < 3 || this.plain.has(verb) || this.isSlip(verb)) return undefined;
    return this.ending(verb)?.ending.form === 'participle' ? 'participle' : 'present';
  }

  /** The longest ending of `word` in the table (leaving it a stem of at least two letters). */
  private ending(word: string): { ending: Ending; length: number } | undefined {
    for (let n = Math.min(this.longest, word.length - MIN_STEM); n > 0; n--) {
      const ending = this.endings.get(word.slice(word.length - n));
      if (ending) return { ending, length: n };
    }
    return undefined;
  }

  /** Whether `word` is one letter away from a listed word (and is not one itself): a typing slip. */
  private isSlip(word: string): boolean {
    if (this.listed.has(word) || word.length < MIN_LENGTH) return false;
    for (let length = word.length - 1; length <= word.length + 1; length++) {
      for (const listed of this.listedByLength.get(length) ?? []) if (editDistance(word, listed, 1) <= 1) return true;
    }
    return false;
  }

  private entry(words: readonly string[], form: FormName, gender?: Gender, otherGender?: string): PhraseEntry {
    return {
      text: capitalise(words.join(' ')),
      key: words.join(' '),
      words,
      kind: FORM_KINDS[form],
      language: this.language,
      concept: '',
      form,
      ...(gender ? { gender } : {}),
      ...(otherGender ? { otherGender } : {}),
    };
  }
}

/** "ée = past-participle f é" → ["ée", {form, gender: "f", other: "é"}]; "-" and "?" rows have no form. */
function parseEnding(row: string): [string, Ending] | undefined {
  const [ending = '', description = ''] = row.split('=').map((s) => s.trim());
  const [form = '', gender, other] = description.split(/\s+/);
  if (!ending) return undefined;
  if (form === '-' || form === '?') return [ending, { form: undefined }];
  if (!(form in FORM_KINDS)) throw new Error(`unknown form "${form}" in the ending row "${row}"`);
  const g = gender === 'm' || gender === 'f' ? gender : undefined;
  return [ending, { form: form as FormName, ...(g ? { gender: g } : {}), ...(g && other !== undefined ? { other } : {}) }];
}

function capitalise(text: string): string {
  return text.length > 0 ? text[0]!.toUpperCase() + text.slice(1) : text;
}
