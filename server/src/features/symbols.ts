import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import { defineMessages, format } from '../messages';
import { positionOf } from '../model/lines';
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
  const range = (span: Span) => ({ start: positionOf(model.lineStarts, span.start), end: positionOf(model.lineStarts, span.end) });

  const symbolOf = (p: Paragraph): DocumentSymbol => {
    const { name, detail, selection } = describe(p);
    const symbol: DocumentSymbol = {
      name,
      kind: p.kind === 'operative' ? SymbolKind.Function : p.kind === 'preamble' ? SymbolKind.Field : SymbolKind.EnumMember,
      range: range({ start: p.start, end: extentEnd(p) }),
      selectionRange: range(selection),
      children: p.subparagraphs.map(symbolOf),
    };
    if (detail) symbol.detail = detail;
    return symbol;
  };

  /** Name parts: the label as written, then the recognised phrase or the first words of the text. */
  const describe = (p: Paragraph): { name: string; detail: string; selection: Span } => {
    const labels: string[] = [];
    if (p.negotiationLabel) labels.push(model.text.slice(p.negotiationLabel.start, p.negotiationLabel.end));
    if (p.number) labels.push(p.number.raw);
    if (p.label) labels.push(plainSlice(model, p.label, 20));
    let phraseSpan: Span;
    if (p.lead?.match) phraseSpan = p.lead.headSpan;
    else phraseSpan = { start: p.bodyStart, end: Math.min(p.blocks[0]!.end, p.bodyStart + NAME_MAX + 10) };
    const phrase = shorten(plainSlice(model, phraseSpan), NAME_MAX);
    const after = p.lead?.match ? plainSlice(model, { start: p.lead.outer.end, end: p.end }, DETAIL_MAX + 10) : '';
    const rest = shorten(after.replace(/^[\s,;:]+/, ''), DETAIL_MAX);
    const name = [...labels, phrase].filter((s) => s.length > 0).join(' ') || '…';
    // Selecting the symbol selects its label and phrase, which is what the drafter reads as its name.
    const nameEnd = p.lead ? (p.lead.match ? p.lead.outer.end : p.lead.firstWordSpan.end) : p.bodyStart;
    const selectionEnd = Math.max(p.start, Math.min(p.end, nameEnd));
    return { name, detail: rest, selection: { start: p.start, end: selectionEnd } };
  };

  const section = (name: string, paragraphs: readonly Paragraph[]): DocumentSymbol | undefined => {
    const first = paragraphs[0];
    const last = paragraphs[paragraphs.length - 1];
    if (!first || !last) return undefined;
    const children = paragraphs.map(symbolOf);
    return {
      name,
      kind: SymbolKind.Namespace,
      range: range({ start: first.start, end: Math.max(extentEnd(last), extentEnd(first)) }),
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
