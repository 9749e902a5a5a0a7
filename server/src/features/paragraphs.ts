import type { Paragraph, ResolutionModel, Span } from '../model/types';
import { lastAtOrBefore } from '../model/lines';

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
  const found = lastAtOrBefore(list, offset, (p) => p.start);
  const candidate = found >= 0 ? list[found] : undefined;
  return candidate && offset <= extentEnd(candidate) ? candidate : undefined;
}

/** Whether a text has anything for `plainText` to remove: most paragraph text has not. */
const NEEDS_CLEANING = /[\\*_\t\n\r\u00a0]| {2}/;

/**
 * Markdown emphasis markers and escapes removed, whitespace (including line breaks) collapsed to one space,
 * trimmed. The outline calls it for every paragraph of large documents, so plain text takes a fast path.
 */
export function plainText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text.trim();
  return text
    .replace(/\\([()[\]*_])/g, '$1')
    .replace(/[*_]+/g, '')
    .replace(/[ \t\n\r\u00a0]+/g, ' ')
    .trim();
}

/** At most `max` characters of plain text, cut at a word boundary with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  let kept = space > max / 2 ? cut.slice(0, space) : cut;
  // Drop the punctuation the cut left dangling ("the Council,…" reads badly); a loop, not an end-anchored
  // regex, which V8 would try at every position.
  let end = kept.length;
  while (end > 0 && ' ,;:.'.includes(kept[end - 1]!)) end--;
  kept = kept.slice(0, end);
  return `${kept}…`;
}

/**
 * The text of a span, made plain. Reads at most `limit` characters so that huge paragraphs stay cheap, and
 * ends with an ellipsis when it stopped there.
 */
export function plainSlice(model: ResolutionModel, span: Span, limit = 200): string {
  const truncated = span.end > span.start + limit;
  const text = plainText(model.text.slice(span.start, truncated ? span.start + limit : span.end));
  return truncated ? `${text}…` : text;
}
