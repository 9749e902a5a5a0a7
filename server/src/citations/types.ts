import type { Span } from '../model/types';
import type { SessionKind } from './gaSessions';

/** What a citation points at. */
export type CitationKind = 'resolution' | 'decision' | 'presidential-statement' | 'document';

/**
 * The organ whose text is cited; `unknown` for another body (a conference of parties, a commission, a
 * treaty body) or a document series that names no organ we model.
 */
export type CitedBody = 'security-council' | 'general-assembly' | 'human-rights-council' | 'ecosoc' | 'unknown';

/**
 * How the citation is written:
 * - `number-year`: "2331 (2016)" (Security Council), or a year on a General Assembly number;
 * - `number-session`: "2625 (XXV)", "377 A (V)" (General Assembly sessions I–XXX), or a Roman session
 *   wrongly put on a Security Council number;
 * - `session-number`: "70/1", "31/16 A", "S-26/2", "ES-11/1" (also a Human Rights Council "40/25");
 * - `year-number`: "2019/20", the Economic and Social Council's numbering;
 * - `number`: a bare number after the word "resolution": "resolution 2250", as Council texts write it in
 *   running text once the full citation has been given;
 * - `symbol`: a document symbol, "S/RES/2388 (2017)", "A/RES/70/1", "S/PRST/2015/25", "S/2017/939".
 */
export type CitationForm = 'number-year' | 'number-session' | 'session-number' | 'year-number' | 'number' | 'symbol';

export interface GaSession {
  readonly kind: SessionKind;
  readonly number: number;
}

/** Offsets of the pieces of a citation, for the format checks and their minimal fixes. */
export interface CitationParts {
  /** The resolution number (or the session/number pair, or the whole symbol). */
  readonly number: Span;
  /** A part letter: "A" in "377 A (V)" or "31/16 A". */
  readonly part?: Span;
  /** The text between the number and the part letter (should be one space). */
  readonly partGap?: Span;
  /** The text between the number (or part letter) and the opening parenthesis (should be one space). */
  readonly gap?: Span;
  /** The year or Roman session inside the parentheses. */
  readonly inner?: Span;
  /** From the opening parenthesis (with its Markdown escape) to the inner text, and from it to the close. */
  readonly open?: Span;
  readonly close?: Span;
  /** The symbol's series prefix ("S/RES/", "A/RES/", "S/PRST/") as written, to check its capitals. */
  readonly prefix?: Span;
}

export interface Citation extends Span {
  readonly kind: CitationKind;
  readonly body: CitedBody;
  readonly form: CitationForm;
  /** The source text of the span, Markdown escapes included. */
  readonly raw: string;
  /** Security Council number; General Assembly number (within its session from the 31st on). */
  readonly number?: number;
  /** Year written in the citation: "(2016)", "2019/20", or the year of "S/2017/939" and "S/PRST/2015/25". */
  readonly year?: number;
  /** General Assembly session of the cited text, when the citation shows it. */
  readonly session?: GaSession;
  /** Part letter of a resolution adopted in parts: "A" in "31/16 A". */
  readonly part?: string;
  /** The official symbol, as the link target uses it ("S/RES/2331(2016)"); undefined when unknown. */
  readonly symbol?: string;
  /** The standard way to write the citation: "2331 (2016)", "70/1", "2625 (XXV)", "S/PRST/2015/25". */
  readonly standard: string;
  /**
   * Whether the body was named in the text ("General Assembly resolution", "its resolution", "… of the
   * Human Rights Council") rather than taken from the form of the number.
   */
  readonly bodyStated: boolean;
  /** The word "resolution" / "résolution" / "resolución" (or "decision") before the citation, when there is one. */
  readonly keyword?: Span;
  /** "paragraph 2 of" before "resolution 660 (1990)": a reference into the cited text. */
  readonly paragraph?: { readonly text: string; readonly span: Span };
  /** Whether the citation is in the heading (the document's own symbol and number live there). */
  readonly inHeading: boolean;
  readonly parts: CitationParts;
}

/** A calendar date, or part of one, as the heading gives it. */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** What the heading says about the document itself. */
export interface DocumentFacts {
  readonly body?: CitedBody;
  /** The document's own Security Council number: "Résolution 2388 (2017)", "S/RES/827 (1993)". */
  readonly scNumber?: number;
  /** The document's own General Assembly session and number: "A/RES/68/262", "ES-11/1.". */
  readonly gaSession?: GaSession;
  readonly gaNumber?: number;
  /** Adoption date (or year) of the document. */
  readonly date?: PartialDate;
}
