/**
 * Lexicon data: the leading phrases of resolutions, as plain data the rules read.
 *
 * Each phrase entry is written as one compact string so that the lists stay readable and easy to extend:
 *
 *   "Conscient|Consciente = aware"
 *
 * - the forms before "=" are the masculine form and, after "|", the feminine form (French and Spanish
 *   adjectives agree with the organ: the Council is masculine, the Assembly feminine);
 * - the word after "=" is a concept key shared across languages and across the preambular/operative
 *   lists, so that hover can show equivalents ("Rappelant" ↔ "Recalling" ↔ "Recordando") and a rule can
 *   offer the operative form of a preambular phrase ("Recalling" → "Recalls");
 * - the first entry of a concept is its main form, the one hover and suggestions show ("Conscient" before
 *   "Ayant conscience");
 * - a trailing "…" marks a verb that takes an adjective after it ("Se déclarant … préoccupé",
 *   "Remaining … concerned", "Demeure … préoccupé"): the adjective is part of the leading phrase, and in
 *   French and Spanish it agrees with the organ like any other adjective.
 */
export type Language = 'en' | 'fr' | 'es';
export const LANGUAGES: readonly Language[] = ['en', 'fr', 'es'];

export type PhraseKind = 'preamble' | 'operative';
export type Gender = 'm' | 'f';

export interface LexiconData {
  readonly language: Language;
  /** Preambular openings: participles, adjectives, perfect participles. */
  readonly preamble: readonly string[];
  /** Operative openings: verbs in the present indicative, third person. */
  readonly operative: readonly string[];
  /** Adverbs and adverbial phrases that may precede or follow a leading phrase. */
  readonly modifiers: readonly string[];
  /** Forms that are wrong as operative openings (past tense, participles) mapped to the right one. */
  readonly wrongOperative?: readonly string[];
  /** The standard closing operative paragraph, without its leading verb. */
  readonly closing: readonly string[];
  /** How the language marks a leading phrase by its grammatical form, for the phrases no list holds. */
  readonly forms?: FormData;
}

/**
 * The grammatical forms a leading phrase takes (section 2 of the drafting conventions): a preambular
 * paragraph opens with a present participle or gerund ("Recalling", "Rappelant", "Recordando"), a perfect
 * participle ("Having considered"), a past participle or an adjective ("Convinced", "Préoccupée"); an
 * operative paragraph with a verb in the third person of the present ("Decides", "Décide").
 */
export type FormName = 'participle' | 'perfect' | 'past-participle' | 'adjective' | 'present';

/** The part of the resolution each form opens. */
export const FORM_KINDS: Readonly<Record<FormName, PhraseKind>> = {
  participle: 'preamble',
  perfect: 'preamble',
  'past-participle': 'preamble',
  adjective: 'preamble',
  present: 'operative',
};

/**
 * The data that recognises a leading phrase by its form when no list holds it ("Honouring", "Recalca",
 * "Préconise"). Rows are compact strings, like the phrase lists:
 *
 *   "ing = participle"                  a word ending in "ing" is a present participle;
 *   "ée = past-participle f é"          feminine, and its masculine ends in "é" instead ("Persuadée");
 *   "ss = -"                            not a verb form at all ("Access"), though it ends in "s";
 *   "ue = ?"                            truly ambiguous: "Continue" is a verb, "Convaincue" an adjective.
 *
 * The longest ending a word has decides, so "ss = -" overrides "s = present". Neither "-" nor "?" is
 * recognised: an ambiguous form is better reported as unknown than accepted in the wrong part.
 */
export interface FormData {
  readonly endings: readonly string[];
  /** Words with such an ending that never open a leading phrase: articles, prepositions, common nouns. */
  readonly plain: readonly string[];
  /** Auxiliaries that make a perfect participle with the past participle after them ("Having", "Ayant"). */
  readonly auxiliaries?: readonly string[];
  /** Reflexive pronouns, alone ("se") or elided ("s'"): the word after them is a verb ("Se réjouit"). */
  readonly reflexives?: readonly string[];
  /** Endings of adverbs, read as modifiers of a phrase ("Particularmente preocupada", "Condamne fermement"). */
  readonly adverbs?: readonly string[];
  /**
   * How a participle or a past tense turns into the operative present, to suggest the right verb for a
   * wrong form no list names: "ing > es" reads "Urging" as "Urges", "é > e" reads "Décidé" as "Décide".
   */
  readonly present?: readonly string[];
}

export interface PhraseEntry {
  /** The form as written in the lexicon, e.g. "Consciente". */
  readonly text: string;
  /** Lower-cased form used for matching. */
  readonly key: string;
  readonly words: readonly string[];
  readonly kind: PhraseKind;
  readonly language: Language;
  readonly concept: string;
  /** Grammatical gender of this form, when the phrase agrees with the organ. */
  readonly gender?: Gender;
  /** The same phrase in the other gender, when it has one. */
  readonly otherGender?: string;
  /** Whether an adjective (a preambular phrase such as "préoccupé") completes this verb. */
  readonly takesComplement?: boolean;
  /**
   * Set when the phrase is in no list and was recognised by its grammatical form ("Honouring" as a
   * present participle). Such an entry has no concept (so no equivalents) and is made on the fly.
   */
  readonly form?: FormName;
}
