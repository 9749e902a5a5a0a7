import type { Gender, Language, LeadMatch } from '../lexicon';

/**
 * The document model: what a careful reader sees in a resolution, with exact offsets into the text.
 * Offsets are UTF-16 code unit indexes into the document text (as in JavaScript strings and LSP).
 * `end` is always exclusive.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Body = 'security-council' | 'general-assembly' | 'ecosoc' | 'human-rights-council';

export interface OrganLine extends Span {
  /** The organ line without italics markers or the trailing comma, e.g. "Le Conseil de sécurité". */
  readonly text: string;
  readonly body: Body;
  readonly language: Language;
  /** Grammatical gender of the organ in French and Spanish (Conseil m., Assemblée f.). */
  readonly gender: Gender;
  /** Offset of the trailing comma, or undefined when the organ line does not end with one. */
  readonly commaOffset: number | undefined;
  readonly italic: boolean;
}

/** A leading phrase: "*Condamne à nouveau*", "Rappelant", "*Decides also*". */
export interface LeadPhrase extends Span {
  /** The phrase as written, without Markdown markers. */
  readonly text: string;
  /** Whether the phrase is wrapped in `*…*` or `_…_`. */
  readonly italic: boolean;
  /** The span including the italic markers (equal to the span when not italic). */
  readonly outer: Span;
  /** Lexicon match of the phrase, when it starts with a known preambular phrase or operative verb. */
  readonly match: LeadMatch | undefined;
  /** The first word, as written (for messages and suggestions). */
  readonly firstWord: string;
  readonly firstWordSpan: Span;
  /**
   * The span of the matched phrase words (modifiers, head and the adjective completing it), or of the
   * first word when unknown.
   */
  readonly headSpan: Span;
  /**
   * The words read at the start of the paragraph, in order (the indexes of `match` refer to them): lets a
   * rule point at, or replace, one word of the phrase ("Consciente" in "Profondément consciente").
   */
  readonly wordSpans: readonly Span[];
}

/** An italic verb inside a paragraph, after its lead: "*rappelant également*", "*souligne*". */
export interface SecondaryVerb extends Span {
  readonly text: string;
  readonly match: LeadMatch;
}

/**
 * `item` is a point that is not lettered or numbered: a dash or bullet item ("– to ensure…", "• …") or an
 * unlabelled block under a subparagraph heading. Items are part of the structure but have no sequence.
 */
export type LabelKind = 'letter' | 'roman' | 'number' | 'item';
/** "(a)" is paren, "a)" is close, "a." is dot; "–" and "•" are mark; an unlabelled point is none. */
export type LabelStyle = 'paren' | 'close' | 'dot' | 'mark' | 'none';

export interface SubparagraphLabel extends Span {
  /** The label as written, e.g. "(a)", "a)", "*b*)", "–" ("" for an unlabelled point). */
  readonly raw: string;
  /** The label value without punctuation or markers: "a", "ii", "1". */
  readonly value: string;
  readonly kind: LabelKind;
  readonly style: LabelStyle;
  /** Ordinal of the label in its series: a=1, b=2, ii=2, aa=27. */
  readonly ordinal: number;
  /** The span of the value only ("a" in "(a)"), the part a relettering edit replaces. */
  readonly valueSpan: Span;
}

export interface OperativeNumber extends Span {
  /** The whole label as written: "5.", "5 bis.", "OP5". */
  readonly raw: string;
  readonly value: number;
  /** "bis", "ter", … when the paragraph is an inserted one. */
  readonly suffix: string | undefined;
  /** The span of the digits only, the part a renumbering edit replaces. */
  readonly digits: Span;
}

/** A negotiation label such as "PP3" or "OP12". */
export interface NegotiationLabel extends Span {
  readonly kind: 'PP' | 'OP';
  readonly value: number;
}

export type ParagraphKind = 'preamble' | 'operative' | 'subparagraph';

/** Where the paragraph's text ends, and the punctuation it ends with. */
export interface Ending {
  /** The last meaningful character (after skipping closing italics/bold markers), or '' if empty. */
  readonly char: string;
  /** Offset of that character; for an empty paragraph, the paragraph start. */
  readonly offset: number;
}

export interface Paragraph extends Span {
  readonly kind: ParagraphKind;
  /** Zero-based line of the paragraph's first line. */
  readonly line: number;
  /** Start of the text after any label (number, subparagraph label, PP/OP label). */
  readonly bodyStart: number;
  /** The blocks this paragraph is made of: more than one when a page break split it. */
  readonly blocks: readonly Span[];
  readonly lead: LeadPhrase | undefined;
  readonly secondaryVerbs: readonly SecondaryVerb[];
  readonly ending: Ending;
  /**
   * Where the text before the subparagraphs ends ("…shall:"): the ending itself, unless wrap-up text follows
   * the subparagraphs ("(c) …; / and its request that…;"), when `ending` is the wrap-up's; for a paragraph
   * that introduces text of its own ("*Décide* ce qui suit :" and its blocks), where that introduction ends.
   */
  readonly introEnding: Ending;
  /** Operative paragraphs (and numbered preambular ones, which are a fault): the number label. */
  readonly number: OperativeNumber | undefined;
  readonly negotiationLabel: NegotiationLabel | undefined;
  /** Subparagraphs: the label and nesting level (1 for the first level under a paragraph). */
  readonly label: SubparagraphLabel | undefined;
  readonly level: number;
  readonly subparagraphs: readonly Paragraph[];
  /**
   * The section the paragraph is in: it grows at each section heading ("### I", "A. Sanctions measures")
   * and where a new preamble leads to a new paragraph 1. Omnibus resolutions put a preamble and operative
   * paragraphs numbered from 1 in each section.
   */
  readonly section: number;
}

export type OtherBlockKind = 'section-heading' | 'annex' | 'closing' | 'footnote' | 'furniture' | 'table';

/** Text that is not a paragraph: section headings, annex, adoption line, page furniture. */
export interface OtherBlock extends Span {
  readonly kind: OtherBlockKind;
  readonly line: number;
}

export interface ResolutionModel {
  readonly text: string;
  readonly language: Language;
  /** How the language was decided. */
  readonly languageSource: 'forced' | 'organ' | 'phrases' | 'default';
  /** Everything before the organ line (body name, symbol, date, title). */
  readonly heading: Span | undefined;
  readonly organ: OrganLine | undefined;
  /** Paragraphs in document order, top level only (subparagraphs are nested). */
  readonly paragraphs: readonly Paragraph[];
  readonly preamble: readonly Paragraph[];
  readonly operative: readonly Paragraph[];
  readonly others: readonly OtherBlock[];
  /** Offsets at which each line starts; lineStarts[0] is 0. */
  readonly lineStarts: readonly number[];
}
