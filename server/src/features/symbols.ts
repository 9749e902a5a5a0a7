import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import { defineMessages, format } from '../messages';
import { PositionCursor } from '../model/lines';
import type { Paragraph, Span } from '../model/types';
import { extentEnd, plainSlice, shorten } from './paragraphs';

const messages = defineMessages({
  preamble: { en: 'Preamble', fr: 'Préambule', es: 'Preámbulo' },
  operative: { en: 'Operative part', fr: 'Dispositif', es: 'Parte dispositiva' },
});

/** Longest paragraph name and detail shown in the outline, in characters. */
const NAME_MAX = 48;
const DETAIL_MAX = 60;

/**
 * The outline: "Preamble" and "Operative part" (in the user's language), each paragraph named by its
 * number or label and its leading phrase, with the words that follow as detail, subparagraphs nested.
 * A paragraph's range covers its subparagraphs, as the protocol wants children inside their parent.
 */
export function computeDocumentSymbols(analysis: DocumentAnalysis): DocumentSymbol[] {
  const { model } = analysis;
  const locale = analysis.settings.locale;
  // The model's line table is already built; the document's own would be computed again on a new version.
  // Symbols are made in document order (a paragraph's name, its subparagraphs, then the end of its extent),
  // so one walk over the line table converts every offset (see PositionCursor).
  const positions = new PositionCursor(model.text, model.lineStarts);

  const symbolOf = (p: Paragraph): DocumentSymbol => {
    const { name, detail, selectionEnd } = describe(p);
    const start = positions.lineAndCharacter(p.start);
    const selectionRange = { start, end: positions.lineAndCharacter(selectionEnd) };
    const children = p.subparagraphs.map(symbolOf);
    const symbol: DocumentSymbol = {
      name,
      kind: p.kind === 'operative' ? SymbolKind.Function : p.kind === 'preamble' ? SymbolKind.Field : SymbolKind.EnumMember,
      range: { start: { line: start.line, character: start.character }, end: positions.lineAndCharacter(extentEnd(p)) },
      selectionRange,
      children,
    };
    if (detail) symbol.detail = detail;
    return symbol;
  };

  /** Name parts: the label as written, then the recognised phrase or the first words of the text. */
  const describe = (p: Paragraph): { name: string; detail: string; selectionEnd: number } => {
    // Joined as `[labels…, phrase].filter(nonEmpty).join(' ')` would, without the arrays.
    let name = '';
    if (p.negotiationLabel) name = model.text.slice(p.negotiationLabel.start, p.negotiationLabel.end);
    if (p.number) name = joinWords(name, p.number.raw);
    if (p.label) name = joinWords(name, plainSlice(model, p.label, 20));
    let phraseSpan: Span;
    if (p.lead?.match) phraseSpan = p.lead.headSpan;
    else phraseSpan = { start: p.bodyStart, end: Math.min(p.blocks[0]!.end, p.bodyStart + NAME_MAX + 10) };
    const phrase = shorten(plainSlice(model, phraseSpan), NAME_MAX);
    const after = p.lead?.match ? plainSlice(model, { start: p.lead.outer.end, end: p.end }, DETAIL_MAX + 10) : '';
    const rest = shorten(withoutLeadingSeparators(after), DETAIL_MAX);
    name = joinWords(name, phrase) || '…';
    // Selecting the symbol selects its label and phrase, which is what the drafter reads as its name.
    const nameEnd = p.lead ? (p.lead.match ? p.lead.outer.end : p.lead.firstWordSpan.end) : p.bodyStart;
    const selectionEnd = Math.max(p.start, Math.min(p.end, nameEnd));
    return { name, detail: rest, selectionEnd };
  };

  const section = (name: string, paragraphs: readonly Paragraph[]): DocumentSymbol | undefined => {
    const first = paragraphs[0];
    const last = paragraphs[paragraphs.length - 1];
    if (!first || !last) return undefined;
    const start = positions.lineAndCharacter(first.start);
    const children = paragraphs.map(symbolOf);
    return {
      name,
      kind: SymbolKind.Namespace,
      range: { start, end: positions.lineAndCharacter(Math.max(extentEnd(last), extentEnd(first))) },
      selectionRange: children[0]!.selectionRange,
      children,
    };
  };

  const symbols: DocumentSymbol[] = [];
  const preamble = section(format(messages.preamble, locale), model.preamble);
  const operative = section(format(messages.operative, locale), model.operative);
  if (preamble) symbols.push(preamble);
  if (operative) symbols.push(operative);
  return symbols;
}

/** Two parts of a name separated by a space, either of which may be empty. */
function joinWords(a: string, b: string): string {
  if (b.length === 0) return a;
  return a.length === 0 ? b : `${a} ${b}`;
}

/** `s.replace(/^[\s,;:]+/, '')` by hand: the expression was a third of the outline's time. */
function withoutLeadingSeparators(s: string): string {
  let i = 0;
  while (i < s.length && isSeparator(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}

/** A character of `[\s,;:]`: JavaScript's white space and line terminators, a comma, semicolon or colon. */
function isSeparator(c: number): boolean {
  if (c === 44 || c === 59 || c === 58 || c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
