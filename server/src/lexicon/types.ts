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
}
