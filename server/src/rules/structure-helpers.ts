import { type Gender, type LeadMatch, normalizeWord, type PhraseEntry } from '../lexicon';
import type { Locale, Message } from '../messages';
import type { Ending, LeadPhrase, Paragraph, ResolutionModel, Span } from '../model/types';
import { lineOf } from '../model/lines';
import type { OffsetEdit, RuleContext } from './types';

/**
 * Small helpers shared by the structural rules (phrases, punctuation, labels). They compute spans and
 * edits from the model; they never re-parse the text.
 */

/** Gives `replacement` the capitalisation of `source`: "recalls" written where "Recalling" stood → "Recalls". */
export function matchCase(source: string, replacement: string): string {
  if (replacement.length === 0 || source.length === 0) return replacement;
  const first = source[0]!;
  const isUpper = first !== first.toLowerCase() && first === first.toUpperCase();
  if (isUpper && source.length > 1 && source === source.toUpperCase() && source !== source.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const head = isUpper ? replacement[0]!.toUpperCase() : replacement[0]!.toLowerCase();
  return head + replacement.slice(1);
}

/** The end of the line that holds `offset` (diagnostics stay on one line). */
export function lineEndAt(model: ResolutionModel, offset: number): number {
  const starts = model.lineStarts;
  const line = lineOf(starts, offset);
  const next = line + 1 < starts.length ? starts[line + 1]! : model.text.length;
  let end = next;
  while (end > offset && (model.text.charCodeAt(end - 1) === 10 || model.text.charCodeAt(end - 1) === 13)) end--;
  return end;
}

/**
 * Where to point at a paragraph as a whole: its leading phrase, else its first word, else its first
 * character. Never the whole paragraph: a squiggle under ten lines hides the text it is about.
 */
export function paragraphAnchor(model: ResolutionModel, p: Paragraph): Span {
  if (p.lead) return p.lead.headSpan;
  const start = p.bodyStart < p.end ? p.bodyStart : p.start;
  return { start, end: Math.min(lineEndAt(model, start), start + 1) };
}

/** The span of the words [from, to) of a leading phrase, or undefined when the words were not all read. */
export function wordRange(lead: LeadPhrase, from: number, to: number): Span | undefined {
  const first = lead.wordSpans[from];
  const last = lead.wordSpans[to - 1];
  return first && last && to > from ? { start: first.start, end: last.end } : undefined;
}

/**
 * The phrase words of a match without the modifiers around it: "Recalling" in "Recalling also", "Prend
 * également note" in "Prend également note avec satisfaction" (a modifier inside a phrase stays in it).
 */
export function entryRange(lead: LeadPhrase, match: LeadMatch): Span | undefined {
  return wordRange(lead, match.start, match.headEnd);
}

/**
 * The edit that replaces a phrase as written by another phrase, keeping the writer's capitals. When the
 * written words after the first already continue the suggested phrase ("Takin note" → "Taking note"), only
 * the first word changes; otherwise the whole suggestion replaces the first word.
 */
export function replaceFirstWordEdit(text: string, lead: LeadPhrase, suggestion: PhraseEntry): OffsetEdit {
  const first = lead.firstWordSpan;
  const written = text.slice(first.start, first.end);
  const rest = suggestion.words.slice(1);
  const continues = rest.every((w, k) => {
    const span = lead.wordSpans[k + 1];
    return span !== undefined && normalizeWord(text.slice(span.start, span.end)) === w;
  });
  const replacement = continues ? suggestion.text.split(/\s+/)[0]! : suggestion.text;
  return { start: first.start, end: first.end, newText: matchCase(written, replacement) };
}

/** The phrase to suggest in a gender: the entry itself, or its other-gender form. */
export function inGender(entry: PhraseEntry, gender: Gender | undefined): string {
  if (!gender || !entry.gender || entry.gender === gender || !entry.otherGender) return entry.text;
  return entry.otherGender;
}

/** Punctuation marks a paragraph may end with; anything else is "no punctuation". */
const PUNCTUATION = new Set([',', ';', ':', '.', '!', '?']);

export function isPunctuation(char: string): boolean {
  return PUNCTUATION.has(char);
}

/**
 * The edit that gives a paragraph the expected final mark: replace the wrong mark, or insert the missing
 * one after the last character (after closing emphasis markers, so "…*Report*" becomes "…*Report*;").
 */
export function endingEdit(text: string, ending: Ending, expected: string, french = false): OffsetEdit {
  if (isPunctuation(ending.char)) {
    if (!french || !HIGH_MARKS.has(expected)) return { start: ending.offset, end: ending.offset + 1, newText: expected };
    // French writes a no-break space before ";" and ":" (french-spacing): the mark comes with it.
    const before = text[ending.offset - 1];
    if (before === '\u00a0' || before === '\u202f') return { start: ending.offset, end: ending.offset + 1, newText: expected };
    if (before === ' ') return { start: ending.offset - 1, end: ending.offset + 1, newText: `\u00a0${expected}` };
    return { start: ending.offset, end: ending.offset + 1, newText: `\u00a0${expected}` };
  }
  let at = ending.offset + ending.char.length;
  while (text.charCodeAt(at) === 42 || text.charCodeAt(at) === 95) at++;
  return { start: at, end: at, newText: french && HIGH_MARKS.has(expected) ? `\u00a0${expected}` : expected };
}

/** The marks French typography spaces off from the word before them. */
const HIGH_MARKS = new Set([';', ':', '?', '!']);

/** The span a punctuation finding covers: the wrong mark itself, or the last character when none. */
export function endingSpan(ending: Ending): Span {
  return { start: ending.offset, end: ending.offset + Math.max(1, ending.char.length) };
}

const QUOTES: Record<Locale, [string, string]> = { en: ['"', '"'], fr: ['« ', ' »'], es: ['«', '»'] };
const NOTHING: Message = { en: 'no punctuation', fr: 'aucune ponctuation', es: 'ningún signo de puntuación' };

/** How a message names the mark a paragraph ends with: "";"", « ; », or "no punctuation". */
export function describeEnding(locale: Locale, ending: Ending): string {
  if (!isPunctuation(ending.char)) return NOTHING[locale];
  const [open, close] = QUOTES[locale];
  return `${open}${ending.char}${close}`;
}

/**
 * Whether a subparagraph ends with ";" or "," followed by a conjunction ("…; and", "…, ou"): the English
 * and French way of joining the last two items of a list.
 */
export function endsWithConjunction(text: string, ending: Ending): boolean {
  const tail = text.slice(Math.max(0, ending.offset - 12), ending.offset + 1);
  return /[;,][ \t\u00a0]+(?:and|or|and\/or|et|ou|y|o|e|u)$/i.test(tail);
}

/** Every paragraph and subparagraph, depth first, with the list it belongs to. */
export function forEachSubparagraphList(paragraphs: readonly Paragraph[], visit: (parent: Paragraph, list: readonly Paragraph[]) => void): void {
  for (const p of paragraphs) {
    if (p.subparagraphs.length > 0) {
      visit(p, p.subparagraphs);
      forEachSubparagraphList(p.subparagraphs, visit);
    }
  }
}

/** The messages a punctuation rule gives: for a paragraph introducing a list, an item, the last item, the fix. */
export interface EndingMessages {
  readonly colon: Message;
  readonly item: Message;
  readonly lastItem: Message;
  readonly fix: Message;
}

/** Reports a paragraph that does not end with one of `accepted`, with the safe fix to `expected`. */
export function expectEnding(ctx: RuleContext, p: Paragraph, expected: string, accepted: readonly string[], message: Message, fix: Message): void {
  const { ending } = p;
  if (ending.char === '' || accepted.includes(ending.char)) return;
  ctx.report({
    ...endingSpan(ending),
    message: ctx.t(message, { expected, found: describeEnding(ctx.locale, ending) }),
    fixes: [{ title: ctx.t(fix, { expected }), safe: true, edits: [endingEdit(ctx.model.text, ending, expected, ctx.model.language === 'fr')] }],
  });
}

/**
 * A paragraph that introduces subparagraphs ends with ":". Without any mark it is a heading ("(a) *Support
 * to the peace process*") or a sentence that runs on into its items ("…shall / (a) prioritize…"), both of
 * which adopted texts print; only another mark (",", ";", ".") is reported.
 */
function expectIntroduction(ctx: RuleContext, p: Paragraph, messages: Pick<EndingMessages, 'colon' | 'fix'>): void {
  if (!PARAGRAPH_END_MARKS.includes(p.introEnding.char)) return;
  expectEnding(ctx, { ...p, ending: p.introEnding }, ':', [':'], messages.colon, messages.fix);
}

/** An unlabelled point that ends with ":" or with no mark: a heading inside a list, not one of its items. */
function isListHeading(p: Paragraph): boolean {
  return p.label?.style === 'none' && !p.subparagraphs.length && !ITEM_END_MARKS.includes(p.ending.char);
}

/** Whether wrap-up text follows the subparagraphs: then it, not the last subparagraph, closes the paragraph. */
export function hasWrapUp(p: Paragraph): boolean {
  return p.introEnding.offset !== p.ending.offset;
}

const PARAGRAPH_END_MARKS = [',', ';', '.', ':'];
/** The marks an item of a list ends with; a heading among the items has none of them. */
const ITEM_END_MARKS = [',', ';', '.'];

/**
 * Subparagraph items end with ";" (or "," in long enumerations, or "; and"); an item that introduces its own
 * list ends with ":"; the last item ends as its parent would have (`terminal`).
 */
function checkListEndings(ctx: RuleContext, items: readonly Paragraph[], terminal: string, messages: EndingMessages): void {
  // A heading among the items ("Urgent temporary measures:", "*Root causes of conflict*") is no item.
  const listed = items.filter((item) => !isListHeading(item));
  listed.forEach((item, index) => {
    const last = index === listed.length - 1;
    const own = last ? terminal : ';';
    if (item.subparagraphs.length > 0) checkIntroducedList(ctx, item, own, last ? messages.lastItem : messages.item, messages);
    else if (last) expectEnding(ctx, item, own, [own], messages.lastItem, messages.fix);
    else if (!endsWithConjunction(ctx.model.text, item.ending)) expectEnding(ctx, item, ';', [';', ','], messages.item, messages.fix);
  });
}

/**
 * A paragraph (or subparagraph) with subparagraphs: ":" before them, their endings, and, when wrap-up text
 * follows them, that text closing the paragraph with `own` (the last subparagraph is then an item like the
 * others).
 */
export function checkIntroducedList(ctx: RuleContext, p: Paragraph, own: string, closing: Message, messages: EndingMessages): void {
  expectIntroduction(ctx, p, messages);
  const wrapUp = hasWrapUp(p);
  checkListEndings(ctx, p.subparagraphs, wrapUp ? ';' : own, messages);
  if (wrapUp) expectEnding(ctx, p, own, [own], closing, messages.fix);
}

/**
 * The numbered paragraphs that an unnumbered operative paragraph introduces ("*Resolves* that: / 1. The
 * Working Capital Fund shall…", "*Adopts* the following declaration: / 1. Reaffirm…"): text it quotes,
 * which opens with the words of a sentence, not with an italic verb of the resolution's own.
 */
export function introducedText(model: ResolutionModel): ReadonlySet<Paragraph> {
  const [first, second] = model.operative;
  if (!first || !second || first.number || first.introEnding.char !== ':' || second.number?.value !== 1) return new Set();
  const quoted = new Set<Paragraph>();
  for (const p of model.operative.slice(1)) {
    if (!p.number || p.section !== second.section) break;
    quoted.add(p);
  }
  return quoted;
}
