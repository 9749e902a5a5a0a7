import type { Paragraph, ResolutionModel, Span } from '../model/types';

/**
 * Small read-only helpers over the model shared by the outline, folding, semantic tokens and hover.
 * A paragraph's own span stops where its subparagraphs begin; these helpers give the whole extent.
 */

/** The end of a paragraph including its subparagraphs (which follow it in the text). */
export function extentEnd(paragraph: Paragraph): number {
  let end = paragraph.end;
  let last = paragraph;
  // Subparagraphs are in document order, so only the last child of each level can end later.
  while (last.subparagraphs.length > 0) {
    last = last.subparagraphs[last.subparagraphs.length - 1]!;
    if (last.end > end) end = last.end;
  }
  return end;
}

/** The top-level paragraph whose extent contains `offset`, found by binary search over their starts. */
export function topParagraphAt(model: ResolutionModel, offset: number): Paragraph | undefined {
  const list = model.paragraphs;
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  const candidate = found >= 0 ? list[found] : undefined;
  return candidate && offset <= extentEnd(candidate) ? candidate : undefined;
}

/** Markdown emphasis markers and escapes removed, whitespace (including line breaks) collapsed. */
export function plainText(text: string): string {
  return text
    .replace(/\\([()[\]*_])/g, '$1')
    .replace(/[*_]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most `max` characters of plain text, cut at a word boundary with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The text of a span, made plain. Reads at most `limit` characters so that huge paragraphs stay cheap. */
export function plainSlice(model: ResolutionModel, span: Span, limit = 200): string {
  return plainText(model.text.slice(span.start, Math.min(span.end, span.start + limit)));
}
