import type { DocumentAnalysis } from '../analysis';
import type { Paragraph, ResolutionModel, Span } from '../model/types';
import { readLead } from '../rules/lead-reading';

/** Semantic token types the server emits; the client maps each to TextMate scopes (package.json). */
export const TOKEN_TYPES = ['operativeVerb', 'preambularPhrase', 'secondaryVerb', 'paragraphNumber', 'subparagraphLabel'] as const;
export const TOKEN_MODIFIERS = ['italic'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];

const TYPE_INDEX: Readonly<Record<TokenType, number>> = {
  operativeVerb: 0,
  preambularPhrase: 1,
  secondaryVerb: 2,
  paragraphNumber: 3,
  subparagraphLabel: 4,
};
/** Bit of the `italic` modifier in the modifier set. */
const ITALIC = 1 << TOKEN_MODIFIERS.indexOf('italic');

/** One token before encoding, in document offsets. */
export interface SemanticSpan extends Span {
  readonly type: TokenType;
  readonly italic: boolean;
}

/**
 * The spans to colour, in document order: paragraph numbers and negotiation labels, subparagraph labels,
 * the leading phrase the lexicon recognises, by its lists or its form (its kind decides verb or preambular
 * phrase), and the italic secondary verbs inside paragraphs. An unknown leading word gets no token: the
 * diagnostics speak for it.
 */
export function semanticSpans(model: ResolutionModel): SemanticSpan[] {
  const spans: SemanticSpan[] = [];
  const visit = (p: Paragraph): void => {
    if (p.negotiationLabel) spans.push({ start: p.negotiationLabel.start, end: p.negotiationLabel.end, type: 'paragraphNumber', italic: false });
    if (p.number) spans.push({ start: p.number.start, end: p.number.end, type: 'paragraphNumber', italic: false });
    if (p.label) spans.push({ start: p.label.start, end: p.label.end, type: 'subparagraphLabel', italic: false });
    const lead = p.lead;
    const reading = readLead(model, p);
    if (lead && reading) {
      const type = reading.match.entry.kind === 'operative' ? 'operativeVerb' : 'preambularPhrase';
      spans.push({ start: reading.headSpan.start, end: reading.headSpan.end, type, italic: lead.italic });
    }
    for (const verb of p.secondaryVerbs) spans.push({ start: verb.start, end: verb.end, type: 'secondaryVerb', italic: true });
    for (const sub of p.subparagraphs) visit(sub);
  };
  for (const p of model.paragraphs) visit(p);
  // A page-break continuation block can put a paragraph's secondary verbs after its subparagraphs' labels;
  // the encoding needs document order, and the list is nearly sorted, so this sort is cheap.
  if (!isSorted(spans)) spans.sort((a, b) => a.start - b.start);
  return spans;
}

function isSorted(spans: readonly SemanticSpan[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.start) return false;
  return true;
}

/** LSP semantic tokens data (relative encoding) for the document's leading phrases and labels. */
export function computeSemanticTokens(analysis: DocumentAnalysis): number[] {
  const { model } = analysis;
  // The spans as four numbers each (start, end, type, modifiers) rather than objects: a large document has
  // tens of thousands. They come in document order but for rare page-break continuations (see
  // semanticSpans), which take the object path and its sort.
  const flat = flatSpans(model);
  if (flat) return encodeFlat(model.text, model.lineStarts, flat);
  return encodeSemanticTokens(model.text, model.lineStarts, semanticSpans(model));
}

/** semanticSpans as [start, end, type index, modifiers] runs, or undefined when they are out of order. */
function flatSpans(model: ResolutionModel): number[] | undefined {
  const flat: number[] = [];
  let sorted = true;
  let lastStart = -Infinity;
  const add = (start: number, end: number, type: number, modifiers: number): void => {
    if (start < lastStart) sorted = false;
    lastStart = start;
    flat.push(start, end, type, modifiers);
  };
  const visit = (p: Paragraph): void => {
    if (p.negotiationLabel) add(p.negotiationLabel.start, p.negotiationLabel.end, TYPE_INDEX.paragraphNumber, 0);
    if (p.number) add(p.number.start, p.number.end, TYPE_INDEX.paragraphNumber, 0);
    if (p.label) add(p.label.start, p.label.end, TYPE_INDEX.subparagraphLabel, 0);
    const lead = p.lead;
    const reading = readLead(model, p);
    if (lead && reading) {
      const type = reading.match.entry.kind === 'operative' ? TYPE_INDEX.operativeVerb : TYPE_INDEX.preambularPhrase;
      add(reading.headSpan.start, reading.headSpan.end, type, lead.italic ? ITALIC : 0);
    }
    for (const verb of p.secondaryVerbs) add(verb.start, verb.end, TYPE_INDEX.secondaryVerb, ITALIC);
    for (const sub of p.subparagraphs) visit(sub);
  };
  for (const p of model.paragraphs) visit(p);
  return sorted ? flat : undefined;
}

/**
 * Encodes sorted spans as LSP relative tokens: five integers per token (delta line, delta start character
 * in UTF-16 units, length, type, modifiers). A token may not cross a line, so a span that wraps (a phrase
 * broken over two lines) becomes one token per line. Overlapping spans are clipped to keep positions
 * increasing, which the protocol requires. Runs in one pass over the spans and the line table.
 */
export function encodeSemanticTokens(text: string, lineStarts: readonly number[], spans: readonly SemanticSpan[]): number[] {
  const flat: number[] = [];
  for (const span of spans) flat.push(span.start, span.end, TYPE_INDEX[span.type], span.italic ? ITALIC : 0);
  return encodeFlat(text, lineStarts, flat);
}

/** encodeSemanticTokens over spans given as [start, end, type index, modifiers] runs. */
function encodeFlat(text: string, lineStarts: readonly number[], spans: readonly number[]): number[] {
  const data: number[] = [];
  let line = 0;
  let prevLine = 0;
  let prevChar = 0;
  let covered = 0;
  for (let k = 0; k < spans.length; k += 4) {
    let start = Math.max(spans[k]!, covered);
    const end = Math.min(spans[k + 1]!, text.length);
    const type = spans[k + 2]!;
    const modifiers = spans[k + 3]!;
    while (start < end) {
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= start) line++;
      const nextLineStart = line + 1 < lineStarts.length ? lineStarts[line + 1]! : Infinity;
      const pieceEnd = Math.min(end, lineContentEnd(text, nextLineStart));
      if (pieceEnd > start) {
        const char = start - lineStarts[line]!;
        data.push(line - prevLine, line === prevLine ? char - prevChar : char, pieceEnd - start, type, modifiers);
        prevLine = line;
        prevChar = char;
      }
      // Skip the line break: the rest of the span, if any, starts the next line.
      start = Math.max(pieceEnd, Math.min(end, nextLineStart));
    }
    covered = Math.max(covered, end);
  }
  return data;
}

/** The offset where the line's text ends, before the line break that precedes `nextLineStart`. */
function lineContentEnd(text: string, nextLineStart: number): number {
  if (nextLineStart === Infinity) return text.length;
  let e = nextLineStart;
  if (e > 0 && text.charCodeAt(e - 1) === 10) e--;
  if (e > 0 && text.charCodeAt(e - 1) === 13) e--;
  return e;
}
